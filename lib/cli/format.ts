import type { MatcherIndex } from '../match/index-format';
import type { Match } from '../match/types';

/** One match as `scan --json` prints it: where, what, and why. */
export interface ScanMatch {
  claim: string;
  verdict: Match['verdict'];
  score: number;
  start: number;
  end: number;
  text: string;
  why: Match['why'];
}

export const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();

export function scanJson(label: string, kind: string, text: string, sensitivity: string, matches: readonly Match[]) {
  return {
    source: label,
    kind,
    chars: text.length,
    sensitivity,
    matches: matches.map((m): ScanMatch => ({ claim: m.claim, verdict: m.verdict, score: m.score, start: m.start, end: m.end, text: text.slice(m.start, m.end), why: m.why })),
  };
}

/** `scan`'s human output: a header line, then one line per match (score, verdict, claim id, matched text). */
export function formatScan(label: string, kind: string, text: string, sensitivity: string, threshold: number, matches: readonly Match[]): string {
  const head = `${label} (${kind}, ${text.length.toLocaleString('en-US')} characters): ${matches.length} match${matches.length === 1 ? '' : 'es'} at sensitivity ${sensitivity} (score ≥ ${threshold})`;
  if (!matches.length) return head;
  const idWidth = Math.max(...matches.map((m) => m.claim.length));
  const lines = matches.map((m) => `  ${m.score.toFixed(2)}  ${m.verdict.padEnd(13)}  ${m.claim.padEnd(idWidth)}  "${oneLine(text.slice(m.start, m.end))}"`);
  return [head, ...lines].join('\n');
}

/**
 * The compiled database with each entry's canonical statement and its match
 * rules spelled out as terms: what `claims --json` prints (a claim made in
 * several shapes, `match.also`, has one entry per shape). It is still a valid
 * index (the extra fields aside), so tools can load it into a Matcher.
 */
export function claimsJson(index: MatcherIndex, statements: ReadonlyMap<string, string>) {
  const slotTerms = (slot: number) => index.slotTerms.slice(index.slotStarts[slot], index.slotStarts[slot + 1]).map((t) => index.terms[t]!);
  let slot = 0;
  return {
    ...index,
    count: index.entries.length,
    entries: index.entries.map((e) => {
      const first = slot;
      slot += e.groups + 2;
      return {
        ...e,
        statement: statements.get(e.id) ?? e.variants[0] ?? '',
        match: {
          all: Array.from({ length: e.groups }, (_, g) => slotTerms(first + g)),
          any: slotTerms(first + e.groups),
          none: slotTerms(first + e.groups + 1),
        },
      };
    }),
  };
}

/** `claims`'s human output: one line per claim. */
export function formatClaims(index: MatcherIndex): string {
  const claims = [...new Map(index.entries.map((e) => [e.id, e])).values()];
  const idWidth = Math.max(0, ...claims.map((e) => e.id.length));
  const lines = claims.map((e) => `${e.id.padEnd(idWidth)}  ${e.verdict.padEnd(13)}  ${e.title}`);
  return [...lines, `${claims.length} claims, ${index.terms.length} dictionary terms`].join('\n');
}
