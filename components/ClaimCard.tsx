import type { ClaimDetails } from '../lib/claims/details';
import type { Match } from '../lib/match/types';
import Citation from './Citation';
import FigureList from './FigureList';
import MatchReason from './MatchReason';
import { useT } from './I18nProvider';
import VerdictBadge from './VerdictBadge';

interface Props {
  claim: ClaimDetails;
  match: Match;
  /** Show the German summary where the entry has one. */
  onReadMore: (id: string) => void;
  /** When given, the card offers "This highlight is wrong" and "Suggest a better source". */
  onReport?: ((kind: 'false-positive' | 'better-source') => void) | undefined;
}

/** One claim inside the popover. */
export default function ClaimCard({ claim, match, onReadMore, onReport }: Props) {
  const t = useT();
  const headingId = `caveat-h-${claim.id}`;
  return (
    <section class="claim" aria-labelledby={headingId}>
      <header>
        <VerdictBadge verdict={claim.verdict} />
        <h2 id={headingId}>{claim.title}</h2>
      </header>
      <p class="summary">{(t.lang === 'de' && claim.summary_de) || claim.summary}</p>
      {claim.figures.length > 0 && (
        <>
          <h3>{t.whatHistoriansFound}</h3>
          <FigureList figures={claim.figures} />
        </>
      )}
      <h3>{t.sources}</h3>
      <ol class="sources">
        {claim.sources.map((s) => (
          <Citation key={s.title + (s.url ?? '')} source={s} />
        ))}
      </ol>
      <MatchReason match={match} />
      <button type="button" class="link" onClick={() => onReadMore(claim.id)}>
        {t.readMore}
      </button>
      {onReport && (
        // Described by the claim's title: with two claims in one popover, each button says which one it is about.
        <p class="report-actions">
          <button type="button" class="link" aria-describedby={headingId} onClick={() => onReport('false-positive')}>
            This highlight is wrong
          </button>{' '}
          <span aria-hidden="true">·</span>{' '}
          <button type="button" class="link" aria-describedby={headingId} onClick={() => onReport('better-source')}>
            Suggest a better source
          </button>
        </p>
      )}
    </section>
  );
}
