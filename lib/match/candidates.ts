import { PARTIAL_MAX, type Judge } from './judge';
import type { Paragraph } from './paragraph';
import type { PendingMatches } from './pending';
import type { ScanMemory } from './scan-memory';
import { drawsConsequence, figureLeadIn, inScareQuotes } from './sentence';
import type { SentenceState } from './sentence-state';
import { groupsStamped, slotsHold, termsStamped, termStampedIn, type Tables } from './tables';

/** Two sentences this short may carry one claim between them ("Stalin had them shot. Half a million of them."). */
export const SHORT_SENTENCE = 20;
/** A sentence this short pairs with the one before it however long that one is. */
const TAG_WORDS = 5;
/** A sentence this short after a claim without its figure may supply the figure. */
const FIGURE_TAIL = 8;

/**
 * What the end of a sentence decides about the entries the {@link Scan} woke: whether the sentence (with
 * the short one before it, or a topic named earlier in the paragraph) holds every idea of a claim, and if
 * so, what the {@link Judge} makes of it. Matches go to `pending`, which may still drop them.
 */
export class Candidates {
  /** Entries this sentence matches only with the paragraph's earlier topic (see {@link topicCarried}). */
  private readonly carried: { e: number; topic: number }[] = [];
  private readonly stamp: Int32Array;
  private readonly lastStart: Int32Array;
  private readonly lastEnd: Int32Array;
  private readonly woken: Int32Array;
  private readonly visited: Int32Array;
  private readonly matchedAt: Int32Array;
  /** The sentence that ended, and the one before it when it is kept to pair with. */
  private s!: SentenceState;
  private prev: SentenceState | undefined;

  constructor(
    private readonly t: Tables,
    private readonly judge: Judge,
    memory: ScanMemory,
    private readonly pending: PendingMatches,
    private readonly paragraph: Paragraph,
    private readonly text: string,
    private readonly f: string,
    private readonly threshold: number,
  ) {
    ({ stamp: this.stamp, lastStart: this.lastStart, lastEnd: this.lastEnd, woken: this.woken, visited: this.visited, matchedAt: this.matchedAt } = memory);
  }

  /** Sentence s ended at `end` (`prev`: the sentence before, when it may pair): checks the entries woken in them. */
  atEnd(s: SentenceState, prev: SentenceState | undefined, end: number): void {
    // A line break alone (no words) states nothing, and must not mark entries as checked.
    // An answer pairs with its question however long it runs ("How many …? At least 1.5 million, most of them …").
    // So does a sentence that draws the short one's consequence ("… hatte das Genfer Abkommen nicht unterschrieben.
    // Deshalb war Deutschland gar nicht verpflichtet, …").
    this.s = s;
    this.prev = prev;
    const { visited } = this;
    // So does a tag that names what the long one described ("… so our own guys wouldn't open fire. Human shields, plain and simple.").
    const pair = !!prev && s.words > 0 && (s.words <= TAG_WORDS || (prev.words <= SHORT_SENTENCE && (s.words <= SHORT_SENTENCE || prev.question || (s.touchedCount > 0 && drawsConsequence(this.f, s.start)))));
    const before = this.pending.size;
    for (let i = 0; i < s.touchedCount; i++) {
      const e = s.touched[i]!;
      visited[e] = s.no;
      this.check(e, pair, end);
    }
    if (pair) {
      for (let i = 0; i < prev!.touchedCount; i++) {
        const e = prev!.touched[i]!;
        if (visited[e] === s.no) continue;
        visited[e] = s.no;
        this.check(e, pair, end);
      }
    }
    // Entries woken earlier in the paragraph may find the rest of their claim here, pointing back to them
    // ("Order No. 270 was signed … Every man who fell into German hands was a traitor, and his family …").
    if (s.words) {
      const { paragraph } = this;
      for (let i = paragraph.wokenSince(this.topicFrom); i < paragraph.wokenCount; i++) {
        const e = paragraph.wokenEntries[i]!;
        if (paragraph.wokenIn[i]! >= s.no || visited[e] === s.no) continue;
        visited[e] = s.no;
        const topic = this.topicCarried(e, this.t.required[e]!);
        if (topic >= 0) this.carried.push({ e, topic });
      }
    }
    // A claim leaning on a topic named earlier is only a reading of last resort: not when the sentence
    // states a claim of its own, unless that claim gives way to it ("Stalingrad … Warum? Weil die Russen die
    // meisten nach der Kapitulation umgelegt haben": the shootings of 1945 give way to Stalingrad's).
    if (this.carried.length) {
      const own = this.pending.entriesSince(before);
      for (const { e, topic } of this.carried) {
        if (own.every((o) => this.judge.yieldsTo(o, e))) this.evaluate(e, this.t.required[e]!, s.no, undefined, end, topic);
      }
      this.carried.length = 0;
    }
  }

  /** The oldest sentence of this paragraph a claim's topic may come from. */
  private get topicFrom(): number {
    return this.paragraph.topicFrom(this.s.no);
  }

  /** The oldest sentence a claim's topic may come from: across the paragraph break for a first sentence that points back. */
  private get carryFrom(): number {
    const { s, paragraph } = this;
    return s.reference && s.no === paragraph.first ? paragraph.reachFrom : this.topicFrom;
  }

  /** Entry e was woken in this sentence (or in the one before, when the two may pair): does it match? */
  private check(e: number, pair: boolean, end: number): void {
    const { s, threshold } = this;
    const req = this.t.required[e]!;
    const here = this.woken[e] === s.no;
    // Only a partial match (the "sensitive" setting, in the sentence that woke the entry) needs the mask of
    // a sentence that lacks a group; everything else is rejected at the first group the window lacks.
    const stopEarly = threshold > PARTIAL_MAX || !here;
    const span = this.groupsSeen(e, pair ? s.no - 1 : s.no, s.no, stopEarly);
    if (stopEarly && (span & req) !== req) {
      const topic = this.topicCarried(e, req);
      if (topic >= 0) this.carried.push({ e, topic });
      return;
    }
    let mask = span;
    let windowed: SentenceState | undefined;
    if (pair) {
      mask = this.groupsSeen(e, s.no, s.no, false);
      // Two sentences carry the claim when each has part of it and neither has all of it alone, or when
      // the second only adds the figure the first lacked ("Stalin had them shot. Half a million of them.").
      if ((mask & req) !== req && (span & req) === req && this.matchedAt[e] !== s.no - 1) {
        const split = mask !== 0 && (this.groupsSeen(e, s.no - 1, s.no - 1, false) & req) !== req;
        // …or answers the question before with it ("How many Soviet POWs did Germany take? At least 1.5 million.").
        const figureAfter = this.t.figure[e] === 1 && (s.words <= FIGURE_TAIL || this.prev!.question);
        if (split || figureAfter) {
          mask = span;
          windowed = this.prev;
        }
      }
    }
    if ((mask & req) !== req && stopEarly) {
      // The sentence before held the whole claim but no figure, and this one is too long to lend it one: it may
      // still state the claim about the topic named there ("Die Rheinwiesenlager waren Todeslager. Hunderttausende
      // deutsche Soldaten sind dort elend zugrunde gegangen, verhungert und erfroren, …").
      const topic = this.topicCarried(e, req);
      if (topic >= 0) this.carried.push({ e, topic });
      return;
    }
    this.evaluate(e, mask, windowed ? s.no - 1 : s.no, windowed, end, -1);
  }

  /**
   * A paragraph names its topic once and states the claim about it later: "Dresden was bombed on 13
   * February. … Some 250,000 people burned to death." / "People keep bringing up Katyn. … Those Polish
   * officers were shot by the Germans." The entry's anchor group (its rarest words, mostly the topic: a
   * place, a name) may then come from one of the last few sentences of the paragraph, when this sentence
   * holds every other group and nothing in the paragraph so far debunked anything; so may any one group, or
   * the two rarest together, when this sentence holds two groups of its own, and any groups when it points
   * back ("those", "of them", "dort") and holds one of its own. Returns the first carried group's term, or -1.
   */
  private topicCarried(e: number, req: number): number {
    const { s } = this;
    const from = this.carryFrom;
    if (this.paragraph.debunks(() => this.judge.markOwn(e)) || this.matchedAt[e]! >= from || this.t.groups[e]! < 2) return -1;
    const here = this.groupsSeen(e, s.no, s.no, false);
    const missing = req & ~here;
    // Only the anchor may be missing; or any one group, or the two rarest together, when the sentence holds two
    // of its own ("Befehl Nr. 270" / "… jeder Gefangene … Verräter"); or any groups when the sentence points back
    // ("those…", "of them") and holds one of its own. Not more: "Polish officers were shot at Katyn … The forest
    // was in the German zone by then" states no killing of its own.
    const carries = ((missing & (missing - 1)) === 0 || missing === 3) && (here & (here - 1)) !== 0;
    if (!missing || (missing !== 1 && !carries && (!s.reference || !here))) return -1;
    const topic = this.topicIn(e, missing, from);
    if (topic >= 0 || !s.reference || from <= this.paragraph.reachFrom || this.matchedAt[e]! >= this.paragraph.reachFrom) return topic;
    // A later sentence that points back may reach the paragraph before too ("…, Remagen, Sinzig … / Was viele
    // nicht wissen: Diese Lager waren Todeslager. Hunderttausende … sind auf diesen Wiesen zugrunde gegangen").
    return this.topicIn(e, missing, this.paragraph.reachFrom);
  }

  /** The first term of each group in `missing` named since sentence `from`, before this one: the first of them, or -1. */
  private topicIn(e: number, missing: number, from: number): number {
    let topic = -1;
    for (let g = 0; g < this.t.groups[e]!; g++) {
      if (!(missing & (1 << g))) continue;
      const term = termStampedIn(this.t, this.stamp, this.t.firstSlot[e]! + g, from, this.s.no - 1);
      if (term < 0) return -1;
      if (topic < 0) topic = term;
    }
    return topic;
  }

  /** `topic`: the term an earlier sentence named the claim's topic with (see {@link topicCarried}), or -1. */
  private evaluate(e: number, mask: number, from: number, windowed: SentenceState | undefined, end: number, topic: number): void {
    const { s, threshold } = this;
    const slot = this.t.firstSlot[e]! + this.t.groups[e]!;
    // The entry's exclusions hold over all the sentences it was read from, the topic's included.
    if (this.excluded(e, slot + 1, topic >= 0 ? Math.min(this.carryFrom, this.stamp[topic]!) : from, windowed)) return;
    const named = topic >= 0 ? { start: this.lastStart[topic]!, end: this.lastEnd[topic]! } : undefined;
    const figureFrom = s.figureRef ? this.paragraph.startAt : figureLeadIn(this.f, this.paragraph.startAt, s.start);
    const m = this.judge.evaluate(this.text, this.f, { e, mask, anyHits: this.countSeen(slot, from), s, windowed, end, topic: named, figureFrom }, threshold);
    if (!m) return;
    const attributed = this.paragraph.storyNext || this.judge.attributed(e, s, this.f) || (!!windowed && this.judge.attributed(e, windowed, this.f));
    // Reported after the paragraph (or the title above it) debunked: "Why historians threw it out / Bacque claimed …".
    if (attributed && this.paragraph.debunks(() => this.judge.markOwn(e))) return;
    s.asserts = true;
    this.matchedAt[e] = s.no;
    this.pending.add(m, e, { attributed, question: s.question && !s.endorsed, yesNo: s.question && s.asks && !s.endorsed, answers: !!windowed?.question, numbers: this.judge.numbersOf(e) }, this.paragraph.first);
  }

  /**
   * Which of entry e's groups occurred in sentences numbered lo..hi (this one: s.no; the one before:
   * s.no - 1), from group `fromGroup` on; see {@link groupsStamped}.
   */
  private groupsSeen(e: number, lo: number, hi: number, stopEarly: boolean, fromGroup = 0): number {
    // The anchor group (the first) woke the entry in this sentence: no need to look for it again.
    if (fromGroup === 0 && hi === this.s.no && this.woken[e] === this.s.no) return 1 | groupsStamped(this.t, this.stamp, e, lo, hi, stopEarly, 1);
    return groupsStamped(this.t, this.stamp, e, lo, hi, stopEarly, fromGroup);
  }

  /**
   * Did an exclusion of entry e (its `none` slot) occur since sentence `lo`? Not one in scare quotes, nor
   * one that this sentence or the windowed one excuses ({@link SentenceState.excuses}).
   */
  private excluded(e: number, slot: number, lo: number, windowed: SentenceState | undefined): boolean {
    const { slotStarts, slotTerms } = this.t;
    const first = this.t.firstSlot[e]!;
    for (let k = slotStarts[slot]!, stop = slotStarts[slot + 1]!; k < stop; k++) {
      const t = slotTerms[k]!;
      if (this.stamp[t]! < lo) continue;
      const at = this.lastStart[t]!;
      const end = this.lastEnd[t]!;
      if (inScareQuotes(this.f, at, end)) continue;
      const own = (term: number) => term !== t && slotsHold(this.t, term, first, slot);
      if (!this.s.excuses(this.f, at, end, own) && !windowed?.excuses(this.f, at, end, own) && !this.paragraph.setsAside(this.f, at)) return true;
    }
    return false;
  }

  private countSeen(slot: number, lo: number): number {
    return termsStamped(this.t, this.stamp, slot, lo);
  }
}
