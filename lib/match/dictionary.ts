import type { MatcherIndex } from './index-format';

/**
 * The scan's word lookup: every word of the index's terms is keyed (the whole
 * word, or the first four letters of a "prefix*" word) in two open-addressing
 * hash tables over typed arrays, so a page word costs at most two probes and
 * the words found are then checked letter by letter. Each term is filed under
 * its last word: a phrase is read back from there over the words before it.
 */

/** Word characters after folding: ASCII letters and digits, and any letter beyond Latin-1 punctuation. */
export const isWordChar = (c: number): boolean => WORD_CHAR[c] === 1;

/**
 * The same test as a table over every UTF-16 unit, which the scan's loop reads directly: one load per
 * character costs the same in every tier of the JavaScript engine, which matters on a page's first scan.
 */
export const WORD_CHAR = wordCharTable();

function wordCharTable(): Uint8Array {
  const table = new Uint8Array(0x10000);
  const mark = (from: number, to: number, value: number) => table.fill(value, from, to + 1);
  mark(0x30, 0x39, 1); // digits
  mark(0x41, 0x5a, 1);
  mark(0x61, 0x7a, 1);
  // Any letter beyond Latin-1 punctuation, except × ÷, general punctuation and symbols, CJK punctuation, BOM.
  mark(0xc0, 0xffff, 1);
  for (const c of [0xd7, 0xf7, 0xfeff]) table[c] = 0;
  mark(0x2000, 0x2bff, 0);
  mark(0x3000, 0x303f, 0);
  return table;
}

/** The running hash the scan computes letter by letter: `h = h * 131 + c`. */
export const stepHash = (h: number, c: number) => (Math.imul(h, 131) + c) | 0;
/** A whole word's key: its running hash mixed with its length. */
export const exactKey = (h: number, length: number) => (Math.imul(h, 31) + length) | 0;

/** The hash of a folded word, or of `s[start, end)`. */
export function hashOf(s: string, end = s.length, start = 0): number {
  let h = 0;
  for (let i = start; i < end; i++) h = stepHash(h, s.charCodeAt(i));
  return h;
}

/** Integer keys to the head of a chain; linear probing. */
class KeyTable {
  /** Slot i is `cells[2i]` (the key) and `cells[2i + 1]` (head + 1; 0 is empty): one cache line per probe. */
  private readonly cells: Int32Array;
  private readonly shift: number;
  private readonly mask: number;

  constructor(count: number) {
    let bits = 4;
    while (1 << bits < count * 2) bits++;
    this.cells = new Int32Array(2 << bits);
    this.shift = 32 - bits;
    this.mask = (1 << bits) - 1;
  }

  private slot(key: number): number {
    const { cells, mask } = this;
    let i = Math.imul(key, 0x9e3779b1) >>> this.shift;
    while (cells[2 * i + 1] !== 0 && cells[2 * i] !== key) i = (i + 1) & mask;
    return i;
  }

  /** Makes `value` the head of `key`'s chain; returns the previous head (or -1). */
  push(key: number, value: number): number {
    const i = this.slot(key);
    const previous = this.cells[2 * i + 1]! - 1;
    this.cells[2 * i] = key;
    this.cells[2 * i + 1] = value + 1;
    return previous;
  }

  /** The head under `key`, or -1. */
  get(key: number): number {
    return this.cells[2 * this.slot(key) + 1]! - 1;
  }
}

/**
 * The index's words, ready for lookup. Terms are grouped by their last word, so
 * a page word is compared with each distinct index word once however many
 * terms end in it ("soldiers", "german soldiers"...). All words live in one
 * string: comparing against it is what every hit costs.
 */
export class Dictionary {
  /** Per word: the next word under the same key, or -1. */
  readonly next: Int32Array;
  /** Per word: the terms that end in it, `wordTerms[termStart[w] .. termStart[w+1]-1]`. */
  readonly termStart: Int32Array;
  readonly wordTerms: Int32Array;
  /** Per term: its words, `termWords[termWordStarts[t] .. termWordStarts[t+1]-1]`. */
  readonly termWordStarts: Int32Array;
  readonly termWords: Int32Array;
  /** Word w is `chars[wordStart[w], wordStart[w + 1])`, without "*". */
  private readonly chars: string;
  private readonly wordStart: Int32Array;
  private readonly isPrefix: Uint8Array;
  private readonly exact: KeyTable;
  private readonly prefix: KeyTable;

  constructor({ words, termWordStarts, termWords }: Pick<MatcherIndex, 'words' | 'termWordStarts' | 'termWords'>) {
    this.termWordStarts = Int32Array.from(termWordStarts);
    this.termWords = Int32Array.from(termWords);
    const termCount = termWordStarts.length - 1;
    const wordCount = words.length;
    this.isPrefix = new Uint8Array(wordCount);
    this.wordStart = new Int32Array(wordCount + 1);
    const plain = new Array<string>(wordCount);
    for (let w = 0; w < wordCount; w++) {
      const word = words[w]!;
      const prefix = word.endsWith('*');
      plain[w] = prefix ? word.slice(0, -1) : word;
      this.isPrefix[w] = +prefix;
      this.wordStart[w + 1] = this.wordStart[w]! + plain[w]!.length;
    }
    // A joined string is a rope until first read: flatten it now rather than on the first page word.
    this.chars = plain.join('');
    hashOf(this.chars);

    // Terms by last word, a counting sort that keeps term order.
    const keyOf = new Int32Array(termCount);
    this.termStart = new Int32Array(wordCount + 1);
    for (let t = 0; t < termCount; t++) {
      keyOf[t] = this.termWords[this.termWordStarts[t + 1]! - 1]!;
      this.termStart[keyOf[t]! + 1]!++;
    }
    for (let w = 0; w < wordCount; w++) this.termStart[w + 1]! += this.termStart[w]!;
    this.wordTerms = new Int32Array(termCount);
    const fill = this.termStart.slice(0, wordCount);
    for (let t = 0; t < termCount; t++) this.wordTerms[fill[keyOf[t]!]!++] = t;

    this.next = new Int32Array(wordCount).fill(-1);
    let prefixes = 0;
    for (let w = 0; w < wordCount; w++) prefixes += this.isPrefix[w]!;
    this.exact = new KeyTable(wordCount - prefixes);
    this.prefix = new KeyTable(prefixes);
    // Every word goes into the tables (a phrase is read back over its first words); pushed last to first,
    // so a chain lists its words in order.
    for (let w = wordCount - 1; w >= 0; w--) {
      const word = plain[w]!;
      this.next[w] = this.isPrefix[w] ? this.prefix.push(hashOf(word, 4), w) : this.exact.push(exactKey(hashOf(word), word.length), w);
    }
  }

  /** The first index word that is exactly the page word with this key, or -1; go on with `next`. */
  exactHead(key: number): number {
    return this.exact.get(key);
  }

  /** The first index prefix whose first four letters hash to `h4`, or -1; go on with `next`. */
  prefixHead(h4: number): number {
    return this.prefix.get(h4);
  }

  /** Does word w match `text[start, end)` (a whole page word, folded, ß spelled out)? */
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
