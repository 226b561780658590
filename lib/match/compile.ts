import type { Claim } from '../claims/schema';
import { CUES, type CueKind } from './cues';
import { CUE_BIT, MAX_GROUPS, MAX_TERM_WORDS, type MatcherIndex } from './index-format';

/** The subset of a claim the matcher needs; the CLI and the benchmarks build such entries too. */
export type MatchableClaim = Pick<Claim, 'id' | 'verdict' | 'title' | 'statement' | 'variants' | 'match'>;

/** Compiles claims into the matcher's index. Pure; runs at build time. */
export function compileIndex(claims: readonly MatchableClaim[]): MatcherIndex {
  const ids = new Map<string, number>();
  const termId = (term: string) => {
    let id = ids.get(term);
    if (id === undefined) ids.set(term, (id = ids.size));
    return id;
  };
  const slots: number[][] = [];
  // A claim made in several shapes (`match.also`) is one entry per shape, all under the claim's id.
  const entries = claims.flatMap((claim) => {
    const { negated, contrasted, yields_to: yieldsTo, also = [] } = claim.match;
    return [claim.match, ...also].map(({ all, any, none, numbers }) => {
      if (all.length > MAX_GROUPS) throw new Error(`${claim.id}: match.all has more than ${MAX_GROUPS} groups`);
      for (const list of [...all, any, none]) slots.push([...new Set(list.map(termId))]);
      return {
        id: claim.id,
        verdict: claim.verdict,
        title: claim.title,
        groups: all.length,
        ...(numbers ? { numbers } : {}),
        negated,
        ...(contrasted ? { contrasted } : {}),
        ...(yieldsTo?.length ? { yieldsTo } : {}),
        variants: [claim.statement, ...claim.variants.en, ...claim.variants.de],
      };
    });
  });

  // Groups are stored rarest first (the fewest entries share their words). An entry is woken by its
  // two rarest groups meeting in a sentence (or two short ones), so a common word like "soldiers"
  // costs one dictionary hit however many claims mention soldiers, and the few entries woken are then
  // checked group by group.
  const sharedBy = new Map<number, number>();
  let slot = 0;
  for (const entry of entries) {
    const own = new Set(slots.slice(slot, slot + entry.groups + 2).flat());
    for (const t of own) sharedBy.set(t, (sharedBy.get(t) ?? 0) + 1);
    slot += entry.groups + 2;
  }
  const wakes: number[][] = [];
  slot = 0;
  entries.forEach((entry, e) => {
    // A group fires as often as its most common word: "men" makes a group common whatever rare synonyms it has.
    const cost = (g: number[]) => g.reduce((most, t) => Math.max(most, sharedBy.get(t)!), 0);
    const groups = slots.slice(slot, slot + entry.groups).sort((a, b) => cost(a) - cost(b));
    slots.splice(slot, entry.groups, ...groups);
    groups.slice(0, 2).forEach((group, g) => {
      for (const t of group) (wakes[t] ??= []).push(e * 2 + g);
    });
    slot += entry.groups + 2;
  });

  const cues: number[] = [];
  for (const [kind, words] of Object.entries(CUES) as [CueKind, readonly string[]][]) {
    for (const word of words) {
      const t = termId(word);
      cues[t] = (cues[t] ?? 0) | CUE_BIT[kind];
    }
  }
  const terms = [...ids.keys()];
  return {
    version: 3,
    entries,
    terms,
    ...termWordLists(terms),
    cues: terms.map((_, t) => cues[t] ?? 0),
    ...flatten(slots, 'slotStarts', 'slotTerms'),
    ...flatten(terms.map((_, t) => wakes[t] ?? []), 'wakeStarts', 'wakes'),
  };
}

/** The terms' distinct words ("execut*" keeps its star), and each term's words as indices into them. */
function termWordLists(terms: readonly string[]) {
  const split = terms.map((t) => t.split(' '));
  const long = split.find((parts) => parts.length > MAX_TERM_WORDS);
  if (long) throw new Error(`the term "${long.join(' ')}" has more than ${MAX_TERM_WORDS} words`);
  const ids = new Map<string, number>();
  for (const parts of split) for (const w of parts) if (!ids.has(w)) ids.set(w, ids.size);
  return { words: [...ids.keys()], ...flatten(split.map((parts) => parts.map((w) => ids.get(w)!)), 'termWordStarts', 'termWords') };
}

/** Lists of lists as one list and where each starts (with a closing value). */
function flatten<S extends string, L extends string>(lists: readonly number[][], starts: S, list: L): Record<S | L, number[]> {
  const at = [0];
  for (const l of lists) at.push(at[at.length - 1]! + l.length);
  return { [starts]: at, [list]: lists.flat() } as Record<S | L, number[]>;
}
