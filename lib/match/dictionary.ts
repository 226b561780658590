import type { IndexTerm } from './index-format';

/** A dictionary term split into words; `prefix[k]` when word k ended in "*". */
export interface Term {
  text: string;
  words: string[];
  prefix: boolean[];
  refs: number[];
}

/** Word characters after folding: ASCII letters and digits, and any letter beyond Latin-1 punctuation. */
export function isWordChar(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90);
  return c >= 0xc0 && c !== 0xd7 && c !== 0xf7 && !(c >= 0x2000 && c <= 0x2bff) && !(c >= 0x3000 && c <= 0x303f) && c !== 0xfeff;
}

/**
 * Hash of a word's first four units plus its length class, so a lookup costs one
 * Map probe per word; terms sharing the key are then compared for real.
 */
export function wordKey(s: string, start: number, end: number): number {
  let h = 0;
  const stop = Math.min(end, start + 4);
  for (let i = start; i < stop; i++) h = (Math.imul(h, 131) + s.charCodeAt(i)) | 0;
  return (h << 3) | (stop - start);
}

/** Builds the per-page lookup table from the index's terms. */
export function buildDictionary(terms: readonly IndexTerm[]): Map<number, Term[]> {
  const dict = new Map<number, Term[]>();
  for (const { text, refs } of terms) {
    const parts = text.split(' ');
    const term: Term = { text, words: parts.map((w) => w.replace(/\*$/, '')), prefix: parts.map((w) => w.endsWith('*')), refs };
    const first = term.words[0]!;
    const key = wordKey(first, 0, first.length);
    const list = dict.get(key);
    if (list) list.push(term);
    else dict.set(key, [term]);
  }
  return dict;
}

/** Does the folded word match word k of the term? */
export function wordMatches(term: Term, k: number, word: string): boolean {
  const w = term.words[k]!;
  return term.prefix[k] ? word.startsWith(w) : word === w;
}
