import type { Dictionary } from './dictionary';
import { MAX_TERM_WORDS } from './index-format';
import { isDigit } from './sentence';
import type { WordMemo } from './word-memo';

/** MAX_TERM_WORDS is a power of two: positions in the ring wrap with a mask. */
const RING = MAX_TERM_WORDS - 1;

/** Is this a separator inside a phrase (space, hyphen, quote), rather than punctuation that breaks it? */
const joins = (c: number) => c === 32 || c === 45 || c === 39 || c === 34 || c === 9;

/** The full stop of a German ordinal ("6. Armee", "am 14. Februar") joins it to the next word. */
const ordinalDot = (f: string, i: number, wordEnd: number) => i === wordEnd && f.charCodeAt(i) === 46 && isDigit(f.charCodeAt(i - 1));

/**
 * The last {@link MAX_TERM_WORDS} words of a text (memo id, start, end), so a
 * phrase is read back from its last word: its other words are compared by
 * memo id, not letter by letter.
 */
export class RecentWords {
  private readonly id = new Int32Array(MAX_TERM_WORDS);
  private readonly start = new Int32Array(MAX_TERM_WORDS);
  private readonly end = new Int32Array(MAX_TERM_WORDS);
  private count = 0;

  constructor(
    private readonly f: string,
    private readonly dict: Dictionary,
    private readonly memo: WordMemo,
  ) {}

  /** The id of the word pushed last (0 before the first). */
  lastId(): number {
    return this.count ? this.id[(this.count - 1) & RING]! : 0;
  }

  push(id: number, start: number, end: number): void {
    const at = this.count++ & RING;
    this.id[at] = id;
    this.start[at] = start;
    this.end[at] = end;
  }

  /**
   * Phrase term t ends in the word pushed last: do its other words precede it, each joined to the next by
   * spaces, hyphens or quotes only (or an ordinal's full stop), and none before `minStart`? Returns where the phrase starts, or -1.
   */
  phraseStart(t: number, minStart: number): number {
    const { termWordStarts, termWords } = this.dict;
    const first = termWordStarts[t]!;
    const last = termWordStarts[t + 1]! - 1;
    if (last - first >= this.count) return -1;
    let start = this.start[(this.count - 1) & RING]!;
    for (let j = last - 1, back = 2; j >= first; j--, back++) {
      const r = (this.count - back) & RING;
      if (this.start[r]! < minStart || !this.memo.is(this.id[r]!, termWords[j]!)) return -1;
      for (let i = this.end[r]!; i < start; i++) if (!joins(this.f.charCodeAt(i)) && !ordinalDot(this.f, i, this.end[r]!)) return -1;
      start = this.start[r]!;
    }
    return start;
  }
}
