import { formatNumber } from '../lib/i18n';
import type { Match } from '../lib/match/types';
import { useT } from './I18nProvider';

/** "Why this was highlighted": the words and figure that matched, the topic named earlier, the wording it resembles, the score. */
export default function MatchReason({ match }: { match: Match }) {
  const t = useT();
  const { why } = match;
  const fmt = (n: number) => formatNumber(t, n);
  return (
    <details class="why">
      <summary>{t.whyHighlighted}</summary>
      <p>
        {why.exact ? t.exactWording : t.matchedWords}
        {why.terms.length > 0 && `: ${why.terms.map((term) => t.quote(term)).join(', ')}`}.
      </p>
      {why.topic && (
        <p>
          {t.topicNamedEarlier} {t.quote(why.topic)}
        </p>
      )}
      {why.figure && (
        <p>
          {t.pageFigure} <strong>{why.figure.text}</strong> ({why.figure.counts},{' '}
          {t.readAs(why.figure.low !== why.figure.high ? `${fmt(why.figure.low)}–${fmt(why.figure.high)}` : fmt(why.figure.high))}).
        </p>
      )}
      <p>
        {t.closestWording} {t.quote(why.variant)}
      </p>
      <p>
        {t.matchScore(Math.round(match.score * 100))}
        {why.partial ? ` (${t.partialMatch})` : ''}.
      </p>
    </details>
  );
}
