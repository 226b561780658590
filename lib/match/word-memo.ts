import { exactKey, hashOf, stepHash, type Dictionary } from './dictionary';
import { grow } from './grow';

/** The most distinct words remembered; past this (a page of random strings) the memo starts over. */
const MAX_WORDS = 1 << 16;
/** The most distinct word pairs remembered for phrases; past this the pairs start over. */
const MAX_PAIRS = 1 << 18;

/** Where a pair of word ids starts probing the pair table. */
const pairHash = (prev: number, id: number) => Math.imul(Math.imul(prev, 0x9e3779b1) ^ id, 0x85ebca6b);

/** The scan's second, independent word hash (FNV-1a: `h = (h ^ c) * 0x01000193` from this start), computed letter by letter beside {@link stepHash}. */
export const FNV_START = 0x811c9dc5 | 0;

/**
 * What each distinct page word means to the scan, worked out the first time
 * it is read: the index words it is (exact and "prefix*" words together, ß
 * spelled out), the single-word terms it is, and the phrases that end in it. A page
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
  /** Per id: the index words it is, `words[wordEnd[id - 1] .. wordEnd[id])`. */
  private wordEnd = new Int32Array(256);
  private words = new Int32Array(256);
  /** Id 0 is every word that is no index word. */
  private ids = 1;
  private used = 0;
  /** Dictionary words found for the word being resolved. */
  private found = new Int32Array(8);
  /**
   * Per pair of word ids read one after the other: previous id, id, and where its list starts in
   * `pairTerms` + 1 (0: empty slot). A list is its length, then the phrases ending in the word whose
   * word before can be the previous word. `pairTerms[0]` is the empty list.
   */
  private pairCells = new Int32Array(3 << 12);
  private pairMask = (1 << 12) - 1;
  private pairCount = 0;
  pairTerms = new Int32Array(1024);
  private pairUsed = 1;

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
    const id = this.resolve(f, ws, we, key);
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
    this.clearPairs();
  }

  /**
   * The phrases that may end at word `id` read right after word `prev` (both ids, not 0): where their list
   * starts in {@link pairTerms}. A common word ends many phrases ("of": "myth of", "most of" …), and this
   * compares their second-to-last words with the word before once per distinct pair, not on every reading.
   */
  phrasesAfter(prev: number, id: number): number {
    const { pairCells: cells, pairMask: mask } = this;
    let i = pairHash(prev, id) & mask;
    for (; cells[3 * i + 2] !== 0; i = (i + 1) & mask) if (cells[3 * i] === prev && cells[3 * i + 1] === id) return cells[3 * i + 2]! - 1;
    if (this.pairCount >= MAX_PAIRS) {
      this.clearPairs();
      return this.phrasesAfter(prev, id);
    }
    const { termWordStarts, termWords } = this.dict;
    const start = this.pairUsed;
    let count = 0;
    for (let k = this.phraseStart[id]!, stop = this.termEnd[id]!; k < stop; k++) {
      const t = this.terms[k]!;
      if (!this.is(prev, termWords[termWordStarts[t + 1]! - 2]!)) continue;
      this.pairTerms = grow(this.pairTerms, start + count + 2);
      this.pairTerms[start + ++count] = t;
    }
    const at = count ? start : 0;
    if (count) {
      this.pairTerms[start] = count;
      this.pairUsed = start + count + 1;
    }
    cells[3 * i] = prev;
    cells[3 * i + 1] = id;
    cells[3 * i + 2] = at + 1;
    if (++this.pairCount * 2 > this.pairMask) this.growPairs();
    return at;
  }

  private growPairs(): void {
    const old = this.pairCells;
    this.pairCells = new Int32Array(old.length * 2);
    this.pairMask = this.pairMask * 2 + 1;
    const { pairCells: cells, pairMask: mask } = this;
    for (let j = 0; j < old.length; j += 3) {
      if (old[j + 2] === 0) continue;
      let i = pairHash(old[j]!, old[j + 1]!) & mask;
      while (cells[3 * i + 2] !== 0) i = (i + 1) & mask;
      cells.set(old.subarray(j, j + 3), 3 * i);
    }
  }

  private clearPairs(): void {
    this.pairCells.fill(0);
    this.pairCount = 0;
    this.pairUsed = 1;
  }

  /**
   * Looks the page word f[ws, we) (its exact key: `key`) up in the dictionary and keeps its words and terms;
   * returns its id, 0 when it is no index word. Most distinct words are none, and cost two probes and no
   * allocation.
   */
  private resolve(f: string, ws: number, we: number, key: number): number {
    const { dict } = this;
    let word = f;
    let from = ws;
    let to = we;
    for (let i = ws; i < we; i++) {
      if (f.charCodeAt(i) !== 0xdf) continue;
      // Terms spell ß as "ss".
      word = f.slice(ws, we).replace(/ß/g, 'ss');
      from = 0;
      to = word.length;
      key = exactKey(hashOf(word), to);
      break;
    }
    let count = 0;
    for (let w = dict.exactHead(key); w >= 0; w = dict.next[w]!) if (dict.wordAt(w, word, from, to)) count = this.keep(w, count);
    if (to - from >= 4) {
      let h4 = 0;
      for (let i = from; i < from + 4; i++) h4 = stepHash(h4, word.charCodeAt(i));
      for (let w = dict.prefixHead(h4); w >= 0; w = dict.next[w]!) if (dict.wordAt(w, word, from, to)) count = this.keep(w, count);
    }
    if (!count) return 0;
    const id = this.ids++;
    if (id >= this.termEnd.length) {
      this.singleStart = grow(this.singleStart, id + 1);
      this.phraseStart = grow(this.phraseStart, id + 1);
      this.termEnd = grow(this.termEnd, id + 1);
      this.wordEnd = grow(this.wordEnd, id + 1);
    }
    const wordStart = this.wordEnd[id - 1]!;
    this.words = grow(this.words, wordStart + count);
    this.words.set(this.found.subarray(0, count), wordStart);
    this.wordEnd[id] = wordStart + count;
    this.singleStart[id] = this.used;
    this.keepTerms(count, true);
    this.phraseStart[id] = this.used;
    this.keepTerms(count, false);
    this.termEnd[id] = this.used;
    return id;
  }

  /** Is the page word with this id the index word w? */
  is(id: number, w: number): boolean {
    if (id === 0) return false;
    for (let k = this.wordEnd[id - 1]!, stop = this.wordEnd[id]!; k < stop; k++) if (this.words[k] === w) return true;
    return false;
  }

  /** Notes dictionary word w as the `count`th found; returns the new count. */
  private keep(w: number, count: number): number {
    this.found = grow(this.found, count + 1);
    this.found[count] = w;
    return count + 1;
  }

  /** Appends the found words' single-word terms (or their phrases) to `terms`. */
  private keepTerms(count: number, singles: boolean): void {
    const { termStart, wordTerms, termWordStarts } = this.dict;
    for (let i = 0; i < count; i++) {
      const w = this.found[i]!;
      for (let k = termStart[w]!; k < termStart[w + 1]!; k++) {
        const t = wordTerms[k]!;
        if ((termWordStarts[t + 1]! - termWordStarts[t]! === 1) !== singles) continue;
        this.terms = grow(this.terms, this.used + 1);
        this.terms[this.used++] = t;
      }
    }
  }
}
