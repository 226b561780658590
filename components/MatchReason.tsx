import type { Match } from '../lib/match/types';

const fmt = (n: number) => n.toLocaleString('en-US');

/** "Why this was highlighted": the words and figure that matched, the wording it resembles, the score. */
export default function MatchReason({ match }: { match: Match }) {
  const { why } = match;
  return (
    <details class="why">
      <summary>Why this was highlighted</summary>
      <p>
        {why.exact ? 'The page repeats a known wording of this claim' : 'Matched words'}
        {why.terms.length > 0 && `: ${why.terms.map((t) => `“${t}”`).join(', ')}`}.
      </p>
      {why.figure && (
        <p>
          Page figure: <strong>{why.figure.text}</strong> ({why.figure.counts}
          {why.figure.low !== why.figure.high ? `, read as ${fmt(why.figure.low)}–${fmt(why.figure.high)}` : `, read as ${fmt(why.figure.high)}`}).
        </p>
      )}
      <p>Closest known wording: “{why.variant}”</p>
      <p>
        Match score {Math.round(match.score * 100)}%{why.partial ? ' (partial match, shown because sensitivity is high)' : ''}.
      </p>
    </details>
  );
}
