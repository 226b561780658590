import { grow } from './grow';
import { setAsideEnd, trimEnd } from './sentence';
import type { SentenceState } from './sentence-state';
import { isPostHeader } from './thread';

/** A paragraph of one line this short, without a full stop, is a title: its topic carries into the next. */
export const TITLE_WORDS = 12;
/** How many sentences back in the same paragraph a claim's topic may have been named ("Dresden was bombed. … 250,000 burned."). */
const TOPIC_REACH = 4;
/** How far before an exclusion a negation that sets it aside may stand (its clause, in a sentence of at most 80 words). */
const SET_ASIDE_REACH = 1_000;
/** The most negations and own-word debunkings a paragraph keeps; past that it forgets the oldest, or counts as debunked. */
const MAX_KEPT = 64;

/**
 * The paragraph the scan is in: where it started, whether it debunked
 * anything, and the entries woken in it so far. A line that asks ("How many
 * died?") does not end it (the answer on the next line goes on), and a title
 * line ("2. Dresden, February 1945") hands its topic to the paragraph under it.
 */
export class Paragraph {
  /** The number of its first sentence, and where it starts in the text. */
  first = 0;
  startAt = 0;
  /** Did the sentence before announce someone's account ("They all told the same story.")? The next one is reported. */
  storyNext = false;
  /** Did a sentence of it debunk with a word that is no claim's own? */
  debunked = false;
  /**
   * Debunking cues that are claims' own words ("Everyone goes on about the Soviet POWs, but the numbers are
   * inflated."): per cue, the claim words it lies inside. They debunk every claim but the ones that own them.
   */
  private ownDebunks: number[][] = [];
  /** Entries woken in it, in the order of the sentences that woke them. */
  wokenEntries = new Int32Array(64);
  wokenIn = new Int32Array(64);
  wokenCount = 0;
  private wokenFirst = 0;
  /** Worded sentences so far, whether all were quoted from another post, and whether the last one asked a question. */
  private worded = 0;
  private quoted = true;
  private lastQuestion = false;
  /** The paragraph that just ended was a title line: its topic carries into the paragraph under it. */
  titled = false;
  /** The line that just ended was a post's author line or action bar: a different person writes below it. */
  header = false;

  /**
   * The oldest sentence the paragraph's first sentence may take a claim's topic from when it points back across
   * the break ("… in Remagen, where the camp was. / Was viele nicht wissen: die Amis haben dort …"): the last few of
   * the paragraph before, unless that one debunked anything.
   */
  reachFrom = 0;

  /**
   * Where the negations of its sentences (and the paragraph before's) stand: what one sets aside is no exclusion
   * for a claim read later with a topic from its sentence ("… nicht bloß für Flugblätter, sondern …").
   */
  private negations: number[] = [];
  /** Where this paragraph's negations start in `negations` (the paragraph before's come first). */
  private negationsBefore = 0;

  /** Does a negation of an earlier sentence set f[at] aside? Worked out only when asked: exclusions across sentences are rare. */
  setsAside(f: string, at: number): boolean {
    for (let i = this.negations.length - 1; i >= 0; i--) {
      const p = this.negations[i]!;
      if (p < at - SET_ASIDE_REACH) break;
      if (p < at && at < setAsideEnd(f, p)) return true;
    }
    return false;
  }

  /** Did a sentence of it debunk a claim whose words `own()` accepts (asked for only when needed: it costs)? */
  debunks(own: () => (term: number) => boolean): boolean {
    if (this.debunked) return true;
    if (!this.ownDebunks.length) return false;
    const isOwn = own();
    return this.ownDebunks.some((terms) => !terms.some(isOwn));
  }

  /** The oldest sentence a claim's topic may come from, for sentence `no`. */
  topicFrom(no: number): number {
    return Math.max(this.first, no - TOPIC_REACH);
  }

  /** The oldest sentence whose words may wake a claim with sentence `no`'s: for the first, the paragraph before too. */
  wakeFrom(no: number): number {
    return no === this.first ? this.reachFrom : this.topicFrom(no);
  }

  woke(e: number, sentence: number): void {
    if (this.wokenCount === this.wokenEntries.length) {
      this.wokenEntries = grow(this.wokenEntries, this.wokenCount + 1);
      this.wokenIn = grow(this.wokenIn, this.wokenCount + 1);
    }
    this.wokenEntries[this.wokenCount] = e;
    this.wokenIn[this.wokenCount++] = sentence;
  }

  /** The first index woken in sentence `from` or later (older ones are never asked for again). */
  wokenSince(from: number): number {
    while (this.wokenFirst < this.wokenCount && this.wokenIn[this.wokenFirst]! < from) this.wokenFirst++;
    return this.wokenFirst;
  }

  /** Sentence s = f[s.start, end) ended, at a line break when `lineEnd`: does the paragraph end with it? */
  sentenceEnded(s: SentenceState, f: string, end: number, lineEnd: boolean): boolean {
    this.storyNext = s.leadsStory;
    for (let i = 0; i < s.negationCount; i++) this.negations.push(s.negations[i]!);
    // A wall of text that never breaks its paragraph keeps these lists short: old negations are out of reach.
    if (this.negations.length > 2 * MAX_KEPT) {
      this.negations.splice(0, MAX_KEPT);
      this.negationsBefore = Math.max(0, this.negationsBefore - MAX_KEPT);
    }
    for (let i = 0; i < s.debunkCount; i++) {
      const terms = s.termsAt(s.debunks[i]!);
      // …and a paragraph that keeps calling things inflated has debunked, whoever's words they are.
      if (terms.length && this.ownDebunks.length < MAX_KEPT) this.ownDebunks.push(terms);
      else this.debunked = true;
    }
    this.header = lineEnd && !this.worded && s.words > 0 && s.words <= TITLE_WORDS && isPostHeader(f, s.start, end);
    if (s.words && !s.labelOnly) {
      this.lastQuestion = s.question;
      this.worded++;
      this.quoted &&= s.quoted;
    }
    if (!lineEnd || this.lastQuestion) return false;
    // An empty line after a paragraph that already ended leaves a title above it the title of what follows.
    if ((!s.words || s.labelOnly) && !this.worded) return true;
    const stop = trimEnd(f, s.start, end);
    // A quoted post also hands its topic to the reply under it ("> only 5-6k of the 91,000 from Stalingrad came home" / "Because …").
    this.titled = (this.worded === 1 && s.words > 0 && s.words <= TITLE_WORDS && stop > s.start && !'.!:;'.includes(f[stop - 1]!)) || (this.worded > 0 && this.quoted);
    this.worded = 0;
    this.quoted = true;
    return true;
  }

  /** The next paragraph starts at sentence `no`; after a title its topic, debunkings and entries carry on. */
  restart(no: number, at: number): void {
    if (this.titled) return;
    // The sentence numbers skip one at a paragraph break; a second blank line restarts the same paragraph.
    if (no !== this.first) this.reachFrom = this.debunked || this.ownDebunks.length ? no : Math.max(this.first, no - 1 - TOPIC_REACH);
    this.first = no;
    this.startAt = at;
    this.debunked = false;
    this.ownDebunks = [];
    // The paragraph before stays in reach (a topic may come from it); the one before that does not.
    this.negations.splice(0, this.negationsBefore);
    this.negationsBefore = this.negations.length;
    this.wokenCount = this.wokenFirst = 0;
  }
}
