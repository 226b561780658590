import type { SentenceState } from './sentence-state';
import type { Match } from './types';

/** A paragraph of one sentence this short, without a full stop, reads as a title. */
const TITLE_WORDS = 12;

interface Waiting {
  m: Match;
  /** The match's sentence attributed the claim ("Bacque claimed …"). */
  attributed: boolean;
  /** The paragraph it is in (its first sentence's number). */
  block: number;
  /** Its sentence was a title line. */
  title: boolean;
}

/**
 * Matches wait for the next sentence with words. It drops them when it debunks
 * ("… That figure is a myth.") in the same paragraph, or right after a title
 * line that named the claim ("The 'clean' Wehrmacht" / "The idea … is simply
 * false."); or, when the match's sentence attributed the claim, when it opens
 * with a contrast ("Bacque claimed X. But …").
 */
export class PendingMatches {
  private waiting: Waiting[] = [];

  get size(): number {
    return this.waiting.length;
  }

  add(m: Match, attributed: boolean, block: number): void {
    this.waiting.push({ m, attributed, block, title: false });
  }

  /**
   * Sentence s (of the paragraph starting at `block`; `blockEnd` when it ended the paragraph) is over:
   * the matches before it are settled into `out`, its own wait for the next one.
   */
  settle(s: SentenceState, block: number, blockEnd: boolean, out: Match[]): void {
    // Only a sentence with words is "the next sentence" (not the blank lines between a heading and its text).
    if (!this.waiting.length || !s.words) return;
    for (const w of this.waiting) {
      if (w.m.end > s.start) w.title = blockEnd && s.no === block && s.words <= TITLE_WORDS;
      else if (!(s.debunk && (w.block === block || w.title)) && !(w.attributed && s.contrastLead)) out.push(w.m);
    }
    this.waiting = this.waiting.filter(({ m }) => m.end > s.start);
  }

  /** The text ended: nothing follows to drop what still waits. */
  flush(out: Match[]): void {
    for (const { m } of this.waiting) out.push(m);
    this.waiting = [];
  }
}
