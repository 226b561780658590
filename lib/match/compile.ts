import type { Claim } from '../claims/schema';
import { CUES, type CueKind } from './cues';
import { MAX_GROUPS, SLOT_ANY, SLOT_NONE, type MatcherIndex } from './index-format';

/** Cue kinds are stored as negative refs so one dictionary serves claims and cues. */
export const CUE_REF: Record<CueKind, number> = { debunk: -1, negation: -2, attribution: -3, contrast: -4 };

/** The subset of a claim the matcher needs; the CLI and the benchmarks build such entries too. */
export type MatchableClaim = Pick<Claim, 'id' | 'verdict' | 'title' | 'statement' | 'variants' | 'match'>;

/** Compiles claims into the matcher's index. Pure; runs at build time. */
export function compileIndex(claims: readonly MatchableClaim[]): MatcherIndex {
  const terms = new Map<string, number[]>();
  const listen = (term: string, ref: number) => {
    const refs = terms.get(term) ?? [];
    if (!refs.includes(ref)) refs.push(ref);
    terms.set(term, refs);
  };
  const entries = claims.map((claim, e) => {
    const { all, any, none, numbers, negated } = claim.match;
    if (all.length > MAX_GROUPS) throw new Error(`${claim.id}: match.all has more than ${MAX_GROUPS} groups`);
    all.forEach((group, slot) => group.forEach((term) => listen(term, e * 64 + slot)));
    any.forEach((term) => listen(term, e * 64 + SLOT_ANY));
    none.forEach((term) => listen(term, e * 64 + SLOT_NONE));
    return {
      id: claim.id,
      verdict: claim.verdict,
      title: claim.title,
      groups: all.length,
      anchor: 0,
      ...(numbers ? { numbers } : {}),
      negated,
      variants: [claim.statement, ...claim.variants.en, ...claim.variants.de],
    };
  });
  // Each entry is woken only by its rarest group (the fewest entries share its words), so a common
  // word like "soldiers" costs one dictionary hit however many claims mention soldiers.
  const sharedBy = (term: string) => new Set((terms.get(term) ?? []).map((r) => Math.floor(r / 64))).size;
  claims.forEach((claim, e) => {
    const cost = claim.match.all.map((group) => group.reduce((sum, t) => sum + sharedBy(t), 0) / group.length);
    entries[e]!.anchor = cost.indexOf(Math.min(...cost));
  });
  for (const [kind, words] of Object.entries(CUES) as [CueKind, readonly string[]][]) {
    for (const word of words) listen(word, CUE_REF[kind]);
  }
  return { version: 1, entries, terms: [...terms].map(([text, refs]) => ({ text, refs })) };
}
