import type { Dictionary } from './dictionary';
import { WordMemo } from './word-memo';

/**
 * What a scan writes per term and per entry, kept between scans. Sentence
 * numbers run on from one scan to the next, so nothing is cleared: a stamp
 * from an earlier text is simply older than any sentence of this one. That
 * matters when a page is read in thousands of small chunks against a large
 * database.
 */
export class ScanMemory {
  /** Per term: the sentence it was last seen in, and where in that text. */
  readonly stamp: Int32Array;
  readonly lastStart: Int32Array;
  readonly lastEnd: Int32Array;
  /** Per entry: the sentence its first (anchor) and second group last occurred in. */
  readonly woken: Int32Array;
  readonly woken2: Int32Array;
  /** Per entry: the sentence it was last put on a sentence's `touched` list, and last checked at. */
  readonly touchedAt: Int32Array;
  readonly visited: Int32Array;
  /** Per entry: the sentence at whose end it last matched. */
  readonly matchedAt: Int32Array;
  /** The first number no scan has used. Starts at 2, so 0 (never) and no-1 never collide. */
  private next = 2;

  /** What each distinct page word means (kept for the page's every text). */
  readonly words: WordMemo;

  constructor(dict: Dictionary, terms: number, entries: number) {
    this.words = new WordMemo(dict);
    this.stamp = new Int32Array(terms);
    this.lastStart = new Int32Array(terms);
    this.lastEnd = new Int32Array(terms);
    this.woken = new Int32Array(entries);
    this.woken2 = new Int32Array(entries);
    this.touchedAt = new Int32Array(entries);
    this.visited = new Int32Array(entries);
    this.matchedAt = new Int32Array(entries);
  }

  /**
   * Numbers for a new scan of `chars` characters: the first is returned, and as many as the text could
   * ever use (two per character) are set aside at once, so even a scan that failed half-way leaves no
   * stamps that a later one could mistake for its own.
   */
  begin(chars: number): number {
    const need = 2 * chars + 4;
    if (this.next + need > 2 ** 30) {
      for (const a of [this.stamp, this.woken, this.woken2, this.touchedAt, this.visited, this.matchedAt]) a.fill(0);
      this.next = 2;
    }
    const first = this.next;
    this.next += need;
    return first;
  }
}
