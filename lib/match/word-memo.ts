import { exactKey, hashOf, type Dictionary } from './dictionary';
import { grow } from './grow';

/** The most distinct words remembered; past this (a page of random strings) the memo starts over. */
const MAX_WORDS = 1 << 16;

/** The scan's second, independent word hash (FNV-1a), computed letter by letter beside {@link stepHash}. */
export const FNV_START = 0x811c9dc5 | 0;
export const fnvStep = (h: number, c: number) => Math.imul(h ^ c, 0x01000193);

/**
 * What each distinct page word means to the scan, worked out the first time
 * it is read: the single-word terms it is, and the phrase terms it may be the
 * lookup word of (exact and "prefix*" words together, ß spelled out). A page
 * uses a few thousand distinct words over and over, so a word costs one probe
 * here instead of probes, letter comparisons and list walks in the dictionary.
 *
 * A word is known by two independent 32-bit hashes and its length, not by its
 * letters: two different words would have to agree on all three (odds about
 * 1 in 2^64 per pair) to be confused, which is far below any other error.
 */
export class WordMemo {
  /** Per slot: key, second hash, length, id + 1 (0: empty). */
  private cells = new Int32Array(4 << 12);
  private mask = (1 << 12) - 1;
  private count = 0;
  /** Per id: its single terms are `terms[singleStart[id] .. phraseStart[id])`, its phrases up to `termEnd[id]`. */
  singleStart = new Int32Array(256);
  phraseStart = new Int32Array(256);
  termEnd = new Int32Array(256);
  terms = new Int32Array(1024);
  /** Id 0 is every word without terms. */
  private ids = 1;
  private used = 0;

  constructor(private readonly dict: Dictionary) {}

  /** The id of the folded page word f[ws, we), whose hashes the scan computed. */
  id(f: string, ws: number, we: number, h: number, h2: number): number {
    const len = we - ws;
    const key = exactKey(h, len);
    const { cells, mask } = this;
    for (let i = Math.imul(key, 0x9e3779b1) & mask; ; i = (i + 1) & mask) {
      const id1 = cells[4 * i + 3]!;
      if (id1 === 0) break;
      if (cells[4 * i] === key && cells[4 * i + 1] === h2 && cells[4 * i + 2] === len) return id1 - 1;
    }
    if (this.count >= MAX_WORDS) this.clear();
    const id = this.resolve(f.slice(ws, we));
    if (++this.count * 2 > this.mask) this.grow();
    this.put(key, h2, len, id);
    return id;
  }

  private put(key: number, h2: number, len: number, id: number): void {
    const { cells, mask } = this;
    let i = Math.imul(key, 0x9e3779b1) & mask;
    while (cells[4 * i + 3] !== 0) i = (i + 1) & mask;
    cells[4 * i] = key;
    cells[4 * i + 1] = h2;
    cells[4 * i + 2] = len;
    cells[4 * i + 3] = id + 1;
  }

  private grow(): void {
    const old = this.cells;
    this.cells = new Int32Array(old.length * 2);
    this.mask = this.mask * 2 + 1;
    for (let i = 0; i < old.length; i += 4) if (old[i + 3] !== 0) this.put(old[i]!, old[i + 1]!, old[i + 2]!, old[i + 3]! - 1);
  }

  private clear(): void {
    this.cells.fill(0);
    this.count = 0;
    this.ids = 1;
    this.used = 0;
  }

  /** Looks the word up in the dictionary and keeps its terms; returns its id (0 when it has none). */
  private resolve(page: string): number {
    // Terms spell ß as "ss".
    const word = page.includes('ß') ? page.replace(/ß/g, 'ss') : page;
    const { dict } = this;
    const found: number[] = [];
    for (let w = dict.exactHead(exactKey(hashOf(word), word.length)); w >= 0; w = dict.next[w]!) if (dict.wordAt(w, word, 0, word.length)) found.push(w);
    if (word.length >= 4) for (let w = dict.prefixHead(hashOf(word, 4)); w >= 0; w = dict.next[w]!) if (dict.wordAt(w, word, 0, word.length)) found.push(w);
    if (!found.length) return 0;
    const { termStart, wordTerms, termWordStarts } = dict;
    const singles: number[] = [];
    const phrases: number[] = [];
    for (const w of found) {
      for (let k = termStart[w]!; k < termStart[w + 1]!; k++) {
        const t = wordTerms[k]!;
        (termWordStarts[t + 1]! - termWordStarts[t]! === 1 ? singles : phrases).push(t);
      }
    }
    const id = this.ids++;
    if (id >= this.termEnd.length) {
      this.singleStart = grow(this.singleStart, id + 1);
      this.phraseStart = grow(this.phraseStart, id + 1);
      this.termEnd = grow(this.termEnd, id + 1);
    }
    this.terms = grow(this.terms, this.used + singles.length + phrases.length);
    this.singleStart[id] = this.used;
    this.terms.set(singles, this.used);
    this.used += singles.length;
    this.phraseStart[id] = this.used;
    this.terms.set(phrases, this.used);
    this.used += phrases.length;
    this.termEnd[id] = this.used;
    return id;
  }
}
