import type { Match } from './types';

/**
 * The scan's matches in text order (then by claim id). A claim made in several shapes may match one
 * sentence in two: of overlapping matches of a claim, the best stays.
 */
export function inTextOrder(matches: Match[]): Match[] {
  const sorted = matches.sort((a, b) => a.start - b.start || a.end - b.end || (a.claim < b.claim ? -1 : a.claim > b.claim ? 1 : 0));
  const out: Match[] = [];
  const last = new Map<string, number>();
  for (const m of sorted) {
    const i = last.get(m.claim);
    const kept = i === undefined ? undefined : out[i]!;
    if (kept && m.start < kept.end) {
      if (m.score > kept.score) out[i!] = m;
      continue;
    }
    last.set(m.claim, out.length);
    out.push(m);
  }
  return out;
}

/**
 * Drops the matches whose claim gives way (`match.yields_to`) to another claim matched in overlapping text:
 * of two claims that both read a sentence, the one that says more about it stays.
 */
export function withoutYielded(matches: Match[], yieldsTo: ReadonlyMap<string, readonly string[]>): Match[] {
  if (!yieldsTo.size) return matches;
  return matches.filter((m) => {
    const others = yieldsTo.get(m.claim);
    return !others || !matches.some((o) => others.includes(o.claim) && o.start < m.end && m.start < o.end);
  });
}
