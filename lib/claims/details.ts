import type { Claim } from './schema';

/** What the popover shows of a claim: everything but the matcher's rules and the test sentences. */
export type ClaimDetails = Omit<Claim, 'match' | 'examples' | 'variants' | 'context'>;

export function toDetails({ match: _m, examples: _e, variants: _v, context: _c, ...details }: Claim): ClaimDetails {
  return details;
}
