import type { IndexTerm } from './index-format';

/** A dictionary term split into words; `prefix[k]` when word k ended in "*". */
export interface Term {
  text: string;
  words: string[];
  prefix: boolean[];
  refs: number[];
  /** The word a phrase is looked up by: its longest, so "in the ranks" costs nothing on every "in". */
  anchor: number;
  /** Position in the index's term list: the scan stamps it with the sentence it was last seen in. */
  index: number;
  /** Entries this term wakes up (it belongs to their anchor group). */
  wakes: number[];
  /** Does any entry listen for it (rather than only cues)? */
  listened: boolean;
  /** Cue kinds (negative refs) it signals. */
  cues: number[];
}

/** Word characters after folding: ASCII letters and digits, and any letter beyond Latin-1 punctuation. */
export function isWordChar(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90);
  return c >= 0xc0 && c !== 0xd7 && c !== 0xf7 && !(c >= 0x2000 && c <= 0x2bff) && !(c >= 0x3000 && c <= 0x303f) && c !== 0xfeff;
}

/**
 * Lookup keys. Terms with an exact anchor word are found by a hash of the whole
 * word; prefix terms ("execut*", at least four letters) by a hash of the first
 * four. So a word costs at most two Map probes, and the terms it then compares
 * are almost always the right ones.
 */
export function exactKey(s: string, start: number, end: number): number {
  let h = 0;
  for (let i = start; i < end; i++) h = (Math.imul(h, 131) + s.charCodeAt(i)) | 0;
  return (Math.imul(h, 31) + (end - start)) | 0;
}

export function prefixKey(s: string, start: number): number {
  let h = 0;
  for (let i = start; i < start + 4; i++) h = (Math.imul(h, 131) + s.charCodeAt(i)) | 0;
  return h;
}

export interface Dictionary {
  exact: Map<number, Term[]>;
  prefix: Map<number, Term[]>;
}

/** Frequent words: a phrase is never looked up by one of these if it has another word. */
const COMMON = new Set(
  ('the a an of in on at to and or but is was were be been are that which this these those it its as by for with from ' +
    'about into than then there their they he she we you not no all every some many most more still only also ' +
    'der die das den dem des ein eine einer einen und oder in im am an auf zu zum zur mit von vom fur bei aus ist war waren sind nicht kein keine alle')
    .split(' '),
);

/** Builds the per-page lookup table from the index's terms; `anchorOf(e)` is entry e's anchor slot. */
export function buildDictionary(terms: readonly IndexTerm[], anchorOf: (e: number) => number): { dict: Dictionary; list: Term[] } {
  const dict: Dictionary = { exact: new Map(), prefix: new Map() };
  const list: Term[] = [];
  terms.forEach(({ text, refs }, index) => {
    const parts = text.split(' ');
    const words = parts.map((w) => w.replace(/\*$/, ''));
    const rank = (w: string) => (COMMON.has(w) ? 0 : 100) + w.length;
    const anchor = words.reduce((best, w, i) => (rank(w) > rank(words[best]!) ? i : best), 0);
    const wakes = refs.filter((r) => r >= 0 && r % 64 === anchorOf(Math.floor(r / 64))).map((r) => Math.floor(r / 64));
    const term: Term = {
      text, words, prefix: parts.map((w) => w.endsWith('*')), refs, anchor, index, wakes,
      listened: refs.some((r) => r >= 0), cues: refs.filter((r) => r < 0),
    };
    list.push(term);
    const first = words[anchor]!;
    const [map, key] = term.prefix[anchor] ? [dict.prefix, prefixKey(first, 0)] : [dict.exact, exactKey(first, 0, first.length)];
    const bucket = map.get(key);
    if (bucket) bucket.push(term);
    else map.set(key, [term]);
  });
  return { dict, list };
}

/** Does the folded word match word k of the term? */
export function wordMatches(term: Term, k: number, word: string): boolean {
  const w = term.words[k]!;
  return term.prefix[k] ? word.startsWith(w) : word === w;
}

/** The same test on `text[start, end)` without allocating a string: this runs for every dictionary hit. */
export function wordMatchesAt(term: Term, k: number, text: string, start: number, end: number): boolean {
  const w = term.words[k]!;
  const len = end - start;
  if (term.prefix[k] ? len < w.length : len !== w.length) return false;
  for (let i = 0; i < w.length; i++) if (text.charCodeAt(start + i) !== w.charCodeAt(i)) return false;
  return true;
}
