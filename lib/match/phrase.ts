import { isWordChar, type Dictionary } from './dictionary';

/** Is this a separator inside a phrase (space, hyphen, quote), rather than punctuation that breaks it? */
const joins = (c: number) => c === 32 || c === 45 || c === 39 || c === 34 || c === 9;

/**
 * Reads multi-word terms ("human shield*", "in the ranks") around the word a
 * phrase is looked up by. Words are compared in place in the folded text; the
 * neighbour last read is kept, since phrases sharing a lookup word ask for the
 * same one.
 */
export class PhraseReader {
  /** Where the last phrase found starts and ends. */
  start = 0;
  end = 0;
  /** The last neighbour: [na, nb), whether it holds ß, and what it was asked for. */
  private na = 0;
  private nb = 0;
  private nSharp = false;
  private nFrom = -1;
  private nBack = false;
  private nFound = false;

  constructor(
    private readonly dict: Dictionary,
    private readonly f: string,
  ) {}

  /**
   * Phrase term t's lookup word matched at [ws, we): do its other words follow and precede it, joined by
   * spaces, hyphens or quotes, and not before `minStart`? On success the phrase is [start, end).
   */
  at(t: number, ws: number, we: number, minStart: number): boolean {
    const { termWordStarts, termWords, lookup } = this.dict;
    const first = termWordStarts[t]!;
    const anchor = lookup[t]!;
    let end = we;
    for (let k = first + anchor + 1; k < termWordStarts[t + 1]!; k++) {
      if (!this.neighbour(end, false) || !this.neighbourIs(termWords[k]!)) return false;
      end = this.nb;
    }
    let start = ws;
    for (let k = first + anchor - 1; k >= first; k--) {
      if (!this.neighbour(start, true) || this.na < minStart || !this.neighbourIs(termWords[k]!)) return false;
      start = this.na;
    }
    this.start = start;
    this.end = end;
    return true;
  }

  /** Finds the word right after (or before, with `back`) `pos`, if only joining characters lie between. */
  private neighbour(pos: number, back: boolean): boolean {
    if (pos === this.nFrom && back === this.nBack) return this.nFound;
    const { f } = this;
    const n = f.length;
    this.nFrom = pos;
    this.nBack = back;
    this.nFound = false;
    let a = pos;
    let b = pos;
    if (back) {
      while (b > 0 && !isWordChar(f.charCodeAt(b - 1))) if (!joins(f.charCodeAt(--b))) return false;
      a = b;
      while (a > 0 && isWordChar(f.charCodeAt(a - 1))) a--;
    } else {
      while (a < n && !isWordChar(f.charCodeAt(a))) if (!joins(f.charCodeAt(a++))) return false;
      b = a;
      while (b < n && isWordChar(f.charCodeAt(b))) b++;
    }
    if (a === b) return false;
    let sharp = false;
    for (let j = a; j < b; j++) if (f.charCodeAt(j) === 0xdf) sharp = true;
    this.na = a;
    this.nb = b;
    this.nSharp = sharp;
    return (this.nFound = true);
  }

  /** Is the last neighbour the index's word w? Terms spell ß as "ss", so a neighbour with ß is spelled out first. */
  private neighbourIs(w: number): boolean {
    if (!this.nSharp) return this.dict.wordAt(w, this.f, this.na, this.nb);
    const spelled = this.f.slice(this.na, this.nb).replace(/ß/g, 'ss');
    return this.dict.wordAt(w, spelled, 0, spelled.length);
  }
}
