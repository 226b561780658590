import { WORD_CHAR } from './dictionary';
import { PARTIAL_MAX, type Judge } from './judge';
import { Paragraph } from './paragraph';
import { PendingMatches } from './pending';
import { RecentWords } from './recent-words';
import type { ScanMemory } from './scan-memory';
import { closesQuote, continuesOnNextLine, drawsConsequence, endsSentence, inScareQuotes, paragraphGoesOn } from './sentence';
import { SentenceState } from './sentence-state';
import { groupsStamped, slotsHold, termsStamped, termStampedIn, type Tables } from './tables';
import { inTextOrder } from './one-per-claim';
import type { Match } from './types';
import { FNV_START, type WordMemo } from './word-memo';

/** Two sentences this short may carry one claim between them ("Stalin had them shot. Half a million of them."). */
const SHORT_SENTENCE = 20;
/** A run of text without a full stop is cut here, so a list or a wall of text cannot pair far-apart words. */
const MAX_SENTENCE_WORDS = 80;
/** A sentence this short after a claim without its figure may supply the figure. */
const FIGURE_TAIL = 8;

/**
 * One pass over one folded text. Each word costs one probe of the word memo
 * (its terms were worked out the first time it was read); a term found stamps
 * itself with the sentence's number and notes itself for the entries whose
 * rarest or second rarest group it is in; an entry is woken when both have
 * occurred within the last few sentences of the paragraph. At the end of a
 * sentence only the woken entries are checked, group by group against the
 * stamps, and those whose every idea occurred go to the {@link Judge}. State
 * lives in fields and typed arrays, so the pass allocates nothing per word.
 */
export class Scan {
  private readonly n: number;
  private readonly words: WordMemo;
  private readonly recentWords: RecentWords;
  private readonly stamp: Int32Array;
  private readonly lastStart: Int32Array;
  private readonly lastEnd: Int32Array;
  private readonly woken: Int32Array;
  private readonly woken2: Int32Array;
  private readonly touchedAt: Int32Array;
  private readonly visited: Int32Array;
  private readonly matchedAt: Int32Array;
  /**
   * With a partial match allowed (the "sensitive" setting) an entry may lack its second group, so the
   * anchor alone wakes it; otherwise both must occur in the window.
   */
  private readonly anchorWakes: boolean;
  private readonly out: Match[] = [];
  /** Matches waiting for the next sentence, which may drop them. */
  private readonly pending: PendingMatches;
  private readonly paragraph = new Paragraph();
  /** Entries this sentence matches only with the paragraph's earlier topic (see {@link topicCarried}). */
  private readonly carried: { e: number; topic: number }[] = [];
  private s = new SentenceState();
  private spare = new SentenceState();
  private prev: SentenceState | undefined;
  /** Did the last sentence end its paragraph? */
  private paragraphEnded = true;
  private lastWordStart = 0;
  private lastWordEnd = 0;

  constructor(
    private readonly t: Tables,
    private readonly judge: Judge,
    memory: ScanMemory,
    private readonly text: string,
    private readonly f: string,
    private readonly threshold: number,
  ) {
    this.n = f.length;
    this.words = memory.words;
    this.recentWords = new RecentWords(f, t.dict, memory.words);
    this.pending = new PendingMatches(text, {
      denies: (e, s) => judge.deniesOwnWords(e, s, f),
      names: (e, s) => judge.namesOwnWords(e, s),
      excludes: (e, s) => termsStamped(t, this.stamp, t.firstSlot[e]! + t.groups[e]! + 1, s.no) > 0,
    });
    ({ stamp: this.stamp, lastStart: this.lastStart, lastEnd: this.lastEnd, woken: this.woken, woken2: this.woken2, touchedAt: this.touchedAt, visited: this.visited, matchedAt: this.matchedAt } = memory);
    this.anchorWakes = threshold <= PARTIAL_MAX;
    this.s.reset(memory.begin(f.length), 0);
    this.paragraph.first = this.s.no;
  }

  run(): Match[] {
    const { f, n } = this;
    const word = WORD_CHAR;
    let i = 0;
    let lineStart = 0;
    while (i < n) {
      const c = f.charCodeAt(i);
      if (word[c] === 1) {
        const ws = i;
        let h = 0;
        let h2 = FNV_START;
        for (let ch = c; i < n && word[(ch = f.charCodeAt(i))] === 1; i++) {
          // stepHash and the memo's FNV-1a step, written out: a call per character is slow before the engine optimizes.
          h = (Math.imul(h, 131) + ch) | 0;
          h2 = Math.imul(h2 ^ ch, 0x01000193);
        }
        this.readWord(this.words.id(f, ws, i, h, h2), ws, i);
        if (this.s.words === 0) {
          if (f.charCodeAt(i) === 58) this.s.labelled = true;
          // "As my grandfather used to say, …", "Wie Opa immer sagte, …": the writer takes the words as their own.
          else if ((i - ws === 2 && f.startsWith('as', ws)) || (i - ws === 3 && f.startsWith('wie', ws))) this.s.asLead = true;
        }
        this.s.words++;
        this.lastWordStart = ws;
        this.lastWordEnd = i;
        if (this.s.words >= MAX_SENTENCE_WORDS) this.endSentence(i, false);
        continue;
      }
      // A forum reply's quote of another post ("> all of them went to the Gulag") is reported speech.
      if (c === 62 && this.s.words === 0) {
        this.s.quoted = true;
        if (!this.s.endorsed) this.s.attributed(i);
      } else if (c === 34 && (this.s.words === 0 || this.s.labelOnly)) this.s.opensQuote = true;
      if (c === 10) {
        if (!continuesOnNextLine(this.text, i, this.lastWordEnd, this.s.words)) this.endSentence(i, !paragraphGoesOn(this.text, i, lineStart));
        lineStart = i + 1;
      }
      else if ((c === 46 || c === 33 || c === 63) && endsSentence(f, i, this.lastWordStart, this.lastWordEnd)) {
        this.s.question = c === 63;
        this.endSentence(i + 1, false);
      }
      i++;
    }
    this.endSentence(n, true);
    this.pending.flush(this.out);
    return inTextOrder(this.out);
  }

  /** The page word f[ws, we) is word `id` of the memo: records the terms it is, and the phrases it ends. */
  private readWord(id: number, ws: number, we: number): void {
    const { recentWords, words } = this;
    const prev = recentWords.lastId();
    recentWords.push(id, ws, we);
    if (id === 0) return;
    const { terms, singleStart, phraseStart, termEnd } = words;
    for (let k = singleStart[id]!, stop = phraseStart[id]!; k < stop; k++) this.record(terms[k]!, ws, we);
    if (prev === 0 || phraseStart[id] === termEnd[id]) return;
    const at = words.phrasesAfter(prev, id);
    const { pairTerms } = words;
    for (let k = at + 1, stop = at + 1 + pairTerms[at]!; k < stop; k++) {
      const t = pairTerms[k]!;
      const start = recentWords.phraseStart(t, this.s.start);
      if (start >= 0) this.record(t, start, we);
    }
  }

  private record(t: number, start: number, end: number): void {
    const { s } = this;
    const { cues, wakeStarts, wakes, listened } = this.t;
    this.stamp[t] = s.no;
    this.lastStart[t] = start;
    this.lastEnd[t] = end;
    if (cues[t]) s.cue(cues[t]!, start);
    // Only claim words are kept: the explanation lists them and negations inside them do not count.
    if (listened[t]) s.hit(t, start, end);
    const first = wakeStarts[t]!;
    const stop = wakeStarts[t + 1]!;
    if (first === stop) return;
    const { woken, woken2, touchedAt } = this;
    const { groups } = this.t;
    const no = s.no;
    const topicFrom = this.topicFrom;
    for (let k = first; k < stop; k++) {
      const item = wakes[k]!;
      const e = item >> 1;
      // An entry is a candidate once its two rarest groups have met within the last few sentences of the
      // paragraph (the check then decides whether two sentences pair, or the first names the topic).
      let ready: boolean;
      if (item & 1) {
        woken2[e] = no;
        ready = woken[e]! >= topicFrom;
      } else {
        woken[e] = no;
        ready = this.anchorWakes || groups[e]! === 1 || woken2[e]! >= Math.min(no - 1, topicFrom);
      }
      if (ready && touchedAt[e] !== no) {
        touchedAt[e] = no;
        s.touch(e);
        this.paragraph.woke(e, no);
      }
    }
  }

  private endSentence(end: number, blockEnd: boolean): void {
    const { s, prev, visited } = this;
    // A sentence quoted whole ('"The SS did all the war crimes." (exit ticket)', '- Dresden: "250,000 dead"') is someone else's.
    if (s.opensQuote && !s.endorsed && closesQuote(this.f, end)) s.attributed(s.start);
    // A line break alone (no words) states nothing, and must not mark entries as checked.
    // An answer pairs with its question however long it runs ("How many …? At least 1.5 million, most of them …").
    // So does a sentence that draws the short one's consequence ("… hatte das Genfer Abkommen nicht unterschrieben.
    // Deshalb war Deutschland gar nicht verpflichtet, …").
    const pair = !!prev && s.words > 0 && prev.words <= SHORT_SENTENCE && (s.words <= SHORT_SENTENCE || prev.question || (s.touchedCount > 0 && drawsConsequence(this.f, s.start)));
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
    // states a claim of its own.
    if (this.carried.length) {
      if (this.pending.size === before) for (const { e, topic } of this.carried) this.evaluate(e, this.t.required[e]!, s.no, undefined, end, topic);
      this.carried.length = 0;
    }
    this.pending.settle(s, end, this.paragraph.first, blockEnd, this.out);
    const lastWorded = s.words > 0 && !s.labelOnly;
    const paragraphEnds = this.paragraph.sentenceEnded(s, this.f, end, blockEnd);
    let no = s.no + 1;
    if (!s.touchedCount && !s.hitCount) {
      // A sentence without claim words pairs with nothing: reuse it. The line break between a question and
      // its answer keeps the question to pair with, and takes no number; so does a blank line after a
      // paragraph already ended (a title keeps its reach into the paragraph under it).
      if (lastWorded || paragraphEnds) this.prev = undefined;
      if (!lastWorded && !(paragraphEnds && !this.paragraphEnded)) no = s.no;
      s.reset(no, end);
    } else {
      if (paragraphEnds) {
        this.prev = undefined;
        no++; // a paragraph boundary: nothing pairs across it
      } else {
        this.prev = s;
        this.s = this.spare;
        this.spare = s;
      }
      this.s.reset(no, end);
    }
    this.paragraphEnded = paragraphEnds;
    if (paragraphEnds) this.paragraph.restart(no, end);
  }

  /** The oldest sentence of this paragraph a claim's topic may come from. */
  private get topicFrom(): number {
    return this.paragraph.topicFrom(this.s.no);
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
    if (this.paragraph.debunked || this.matchedAt[e]! >= this.topicFrom || this.t.groups[e]! < 2) return -1;
    const here = this.groupsSeen(e, s.no, s.no, false);
    const missing = req & ~here;
    // Only the anchor may be missing; or any one group, or the two rarest together, when the sentence holds two
    // of its own ("Befehl Nr. 270" / "… jeder Gefangene … Verräter"); or any groups when the sentence points back
    // ("those…", "of them") and holds one of its own. Not more: "Polish officers were shot at Katyn … The forest
    // was in the German zone by then" states no killing of its own.
    const carries = ((missing & (missing - 1)) === 0 || missing === 3) && (here & (here - 1)) !== 0;
    if (!missing || (missing !== 1 && !carries && (!s.reference || !here))) return -1;
    let topic = -1;
    for (let g = 0; g < this.t.groups[e]!; g++) {
      if (!(missing & (1 << g))) continue;
      const term = termStampedIn(this.t, this.stamp, this.t.firstSlot[e]! + g, this.topicFrom, s.no - 1);
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
    if (this.excluded(e, slot + 1, topic >= 0 ? this.topicFrom : from, windowed)) return;
    const named = topic >= 0 ? { start: this.lastStart[topic]!, end: this.lastEnd[topic]! } : undefined;
    const figureFrom = s.figureRef ? this.paragraph.startAt : -1;
    const m = this.judge.evaluate(this.text, this.f, { e, mask, anyHits: this.countSeen(slot, from), s, windowed, end, topic: named, figureFrom }, threshold);
    if (!m) return;
    s.asserts = true;
    this.matchedAt[e] = s.no;
    this.pending.add(m, e, { attributed: this.judge.attributed(e, s) || (!!windowed && this.judge.attributed(e, windowed)), question: s.question && !s.endorsed, yesNo: s.question && s.asks && !s.endorsed, answers: !!windowed?.question, numbers: this.judge.numbersOf(e) }, this.paragraph.first);
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
      if (!this.s.excuses(this.f, at, end, own) && !windowed?.excuses(this.f, at, end, own)) return true;
    }
    return false;
  }

  private countSeen(slot: number, lo: number): number {
    return termsStamped(this.t, this.stamp, slot, lo);
  }
}
