import type { ClaimDetails } from '../lib/claims/details';
import type { Match } from '../lib/match/types';
import Citation from './Citation';
import FigureList from './FigureList';
import MatchReason from './MatchReason';
import VerdictBadge from './VerdictBadge';

interface Props {
  claim: ClaimDetails;
  match: Match;
  /** Show the German summary where the entry has one. */
  german: boolean;
  onReadMore: (id: string) => void;
  /** When given, the card offers "This highlight is wrong" and "Suggest a better source". */
  onReport?: ((kind: 'false-positive' | 'better-source') => void) | undefined;
}

/** One claim inside the popover. */
export default function ClaimCard({ claim, match, german, onReadMore, onReport }: Props) {
  const headingId = `caveat-h-${claim.id}`;
  return (
    <section class="claim" aria-labelledby={headingId}>
      <header>
        <VerdictBadge verdict={claim.verdict} />
        <h2 id={headingId}>{claim.title}</h2>
      </header>
      <p class="summary">{(german && claim.summary_de) || claim.summary}</p>
      {claim.figures.length > 0 && (
        <>
          <h3>What historians found</h3>
          <FigureList figures={claim.figures} />
        </>
      )}
      <h3>Sources</h3>
      <ol class="sources">
        {claim.sources.map((s) => (
          <Citation key={s.title + (s.url ?? '')} source={s} />
        ))}
      </ol>
      <MatchReason match={match} />
      <button type="button" class="link" onClick={() => onReadMore(claim.id)}>
        Read more in the claims library
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
