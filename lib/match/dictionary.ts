/**
 * The scan's word lookup: every term of the index is keyed by one of its words
 * (the whole word, or the first four letters of a "prefix*" word), in two
 * open-addressing hash tables over typed arrays. A page word therefore costs
 * at most two probes, and the terms found are almost always the right ones;
 * they are then checked letter by letter.
 */

/** Word characters after folding: ASCII letters and digits, and any letter beyond Latin-1 punctuation. */
export function isWordChar(c: number): boolean {
  if (c < 128) return ASCII_WORD[c] === 1;
  return c >= 0xc0 && c !== 0xd7 && c !== 0xf7 && !(c >= 0x2000 && c <= 0x2bff) && !(c >= 0x3000 && c <= 0x303f) && c !== 0xfeff;
}
const ASCII_WORD = Uint8Array.from({ length: 128 }, (_, c) => +((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90)));

/** The running hash the scan computes letter by letter: `h = h * 131 + c`. */
export const stepHash = (h: number, c: number) => (Math.imul(h, 131) + c) | 0;
/** A whole word's key: its running hash mixed with its length. */
export const exactKey = (h: number, length: number) => (Math.imul(h, 31) + length) | 0;

/** The key of a folded word (or of its first `end` letters). */
export function hashOf(s: string, end = s.length): number {
  let h = 0;
  for (let i = 0; i < end; i++) h = stepHash(h, s.charCodeAt(i));
  return h;
}

/** Frequent words: a phrase is never looked up by one of these if it has another word. */
const COMMON = new Set(
  ('the a an of in on at to and or but is was were be been are that which this these those it its as by for with from ' +
    'about into than then there their they he she we you not no all every some many most more still only also ' +
    'der die das den dem des ein eine einer einen und oder in im am an auf zu zum zur mit von vom fur bei aus ist war waren sind nicht kein keine alle')
    .split(' '),
);

/** A multi-word term: its words, which end in "*", and the word it is looked up by. */
export interface Phrase {
  words: string[];
  prefix: boolean[];
  anchor: number;
}

/** Integer keys to the head of a chain; linear probing. */
class KeyTable {
  private readonly keys: Int32Array;
  /** Head + 1; 0 is an empty slot. */
  private readonly heads: Int32Array;
  private readonly shift: number;

  constructor(count: number) {
    let bits = 4;
    while (1 << bits < count * 2) bits++;
    this.keys = new Int32Array(1 << bits);
    this.heads = new Int32Array(1 << bits);
    this.shift = 32 - bits;
  }

  private slot(key: number): number {
    const mask = this.keys.length - 1;
    let i = Math.imul(key, 0x9e3779b1) >>> this.shift;
    while (this.heads[i] !== 0 && this.keys[i] !== key) i = (i + 1) & mask;
    return i;
  }

  /** Makes `value` the head of `key`'s chain; returns the previous head (or -1). */
  push(key: number, value: number): number {
    const i = this.slot(key);
    const previous = this.heads[i]! - 1;
    this.keys[i] = key;
    this.heads[i] = value + 1;
    return previous;
  }

  /** The head under `key`, or -1. */
  get(key: number): number {
    return this.heads[this.slot(key)]! - 1;
  }
}

/**
 * Terms grouped by the word they are looked up by: a page word is compared
 * with each distinct lookup word once, however many terms share it ("soldiers"
 * alone, "german soldiers", "soldiers were shot"...).
 */
export class Dictionary {
  readonly terms: readonly string[];
  /** Multi-word terms only. */
  readonly phrases: (Phrase | undefined)[];
  /** Per lookup word: the next word under the same key, or -1. */
  readonly next: Int32Array;
  /** Per lookup word: the terms looked up by it, `wordTerms[termStart[w] .. termStart[w+1]-1]`. */
  readonly termStart: Int32Array;
  readonly wordTerms: Int32Array;
  /**
   * Lookup word w is `chars[wordStart[w], wordStart[w + 1])`, without "*". One string, not one per
   * word: comparing against it is what every hit costs.
   */
  private readonly chars: string;
  private readonly wordStart: Int32Array;
  private readonly isPrefix: Uint8Array;
  private readonly exact: KeyTable;
  private readonly prefix: KeyTable;

  constructor(terms: readonly string[]) {
    this.terms = terms;
    this.phrases = new Array<Phrase | undefined>(terms.length);
    // Where each word occurs among the terms: a phrase is looked up by its least used word.
    const uses = new Map<string, number>();
    for (const text of terms) for (const w of text.split(' ')) uses.set(w, (uses.get(w) ?? 0) + 1);
    const rank = (w: string) => (COMMON.has(w.replace(/\*$/, '')) ? 1e9 : uses.get(w)! * 100 - w.length);
    const lookup = terms.map((text, t) => {
      if (!text.includes(' ')) return text;
      const parts = text.split(' ');
      const anchor = parts.reduce((best, w, i) => (rank(w) < rank(parts[best]!) ? i : best), 0);
      this.phrases[t] = { words: parts.map((w) => w.replace(/\*$/, '')), prefix: parts.map((w) => w.endsWith('*')), anchor };
      return parts[anchor]!;
    });
    const ids = new Map<string, number>();
    const byWord: number[][] = [];
    lookup.forEach((w, t) => {
      let id = ids.get(w);
      if (id === undefined) ids.set(w, (id = ids.size));
      (byWord[id] ??= []).push(t);
    });
    const words = [...ids.keys()];
    this.termStart = Int32Array.from([0, ...byWord.map((ts) => ts.length)]);
    for (let w = 0; w < words.length; w++) this.termStart[w + 1]! += this.termStart[w]!;
    this.wordTerms = Int32Array.from(byWord.flat());
    this.next = new Int32Array(words.length);
    this.isPrefix = new Uint8Array(words.length);
    this.wordStart = new Int32Array(words.length + 1);
    this.exact = new KeyTable(words.length);
    this.prefix = new KeyTable(words.length);
    const plain = words.map((w) => w.replace(/\*$/, ''));
    // Pushed last to first, so a chain lists its words in order.
    for (let w = words.length - 1; w >= 0; w--) {
      const word = plain[w]!;
      const prefix = word.length !== words[w]!.length;
      this.isPrefix[w] = +prefix;
      this.next[w] = prefix ? this.prefix.push(hashOf(word, 4), w) : this.exact.push(exactKey(hashOf(word), word.length), w);
    }
    for (let w = 0; w < words.length; w++) this.wordStart[w + 1] = this.wordStart[w]! + plain[w]!.length;
    // A joined string is a rope until first read: flatten it now rather than on the first page word.
    this.chars = plain.join('');
    hashOf(this.chars);
  }

  /** The first lookup word that is exactly the page word with this key, or -1; go on with `next`. */
  exactHead(key: number): number {
    return this.exact.get(key);
  }

  /** The first lookup prefix whose first four letters hash to `h4`, or -1; go on with `next`. */
  prefixHead(h4: number): number {
    return this.prefix.get(h4);
  }

  /** Does lookup word w match `text[start, end)` (a whole page word)? */
  wordAt(w: number, text: string, start: number, end: number): boolean {
    const from = this.wordStart[w]!;
    const length = this.wordStart[w + 1]! - from;
    const len = end - start;
    if (this.isPrefix[w] ? len < length : len !== length) return false;
    const chars = this.chars;
    for (let i = 0; i < length; i++) if (text.charCodeAt(start + i) !== chars.charCodeAt(from + i)) return false;
    return true;
  }
}

/** Does `word` (folded) match word k of a phrase? */
export function phraseWordMatches(p: Phrase, k: number, word: string): boolean {
  const w = p.words[k]!;
  return p.prefix[k] ? word.startsWith(w) : word === w;
}
