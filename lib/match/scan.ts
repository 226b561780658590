import { WORD_CHAR } from './dictionary';
import { Candidates } from './candidates';
import { PARTIAL_MAX, type Judge } from './judge';
import { Paragraph } from './paragraph';
import { PendingMatches } from './pending';
import { RecentWords } from './recent-words';
import type { ScanMemory } from './scan-memory';
import { closesQuote, continuesOnNextLine, endsSentence, paragraphGoesOn } from './sentence';
import { SentenceState } from './sentence-state';
import { termsStamped, type Tables } from './tables';
import { inTextOrder } from './one-per-claim';
import type { Match } from './types';
import { FNV_START, type WordMemo } from './word-memo';

const isDigit = (c: number) => c >= 48 && c <= 57;

/** A run of text without a full stop is cut here, so a list or a wall of text cannot pair far-apart words. */
const MAX_SENTENCE_WORDS = 80;

/**
 * One pass over one folded text. Each word costs one probe of the word memo
 * (its terms were worked out the first time it was read); a term found stamps
 * itself with the sentence's number and notes itself for the entries whose
 * rarest or second rarest group it is in; an entry is woken when both have
 * occurred within the last few sentences of the paragraph. At the end of a
 * sentence only the woken entries are checked ({@link Candidates}). State
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
  /**
   * With a partial match allowed (the "sensitive" setting) an entry may lack its second group, so the
   * anchor alone wakes it; otherwise both must occur in the window.
   */
  private readonly anchorWakes: boolean;
  private readonly out: Match[] = [];
  /** Matches waiting for the next sentence, which may drop them. */
  private readonly pending: PendingMatches;
  private readonly paragraph = new Paragraph();
  private readonly candidates: Candidates;
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
    ({ stamp: this.stamp, lastStart: this.lastStart, lastEnd: this.lastEnd, woken: this.woken, woken2: this.woken2, touchedAt: this.touchedAt } = memory);
    this.anchorWakes = threshold <= PARTIAL_MAX;
    this.candidates = new Candidates(t, judge, memory, this.pending, this.paragraph, text, f, threshold);
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
          // A list item's number ("## 1. \"They were all shot\"", "3) …") labels what follows, like "A:".
          else if (i - ws <= 2 && isDigit(c) && isDigit(f.charCodeAt(i - 1)) && (f.charCodeAt(i) === 46 || f.charCodeAt(i) === 41)) this.s.labelled = true;
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
      else if (c === 58) this.s.colonAfter = this.s.words;
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
    if (cues[t]) s.cue(cues[t]!, start, this.f);
    // Only claim words are kept: the explanation lists them and negations inside them do not count.
    if (listened[t]) s.hit(t, start, end);
    const first = wakeStarts[t]!;
    const stop = wakeStarts[t + 1]!;
    if (first === stop) return;
    const { woken, woken2, touchedAt } = this;
    const { groups } = this.t;
    const no = s.no;
    const topicFrom = this.paragraph.wakeFrom(no);
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
    const { s, prev } = this;
    // A sentence quoted whole ('"The SS did all the war crimes." (exit ticket)', '- Dresden: "250,000 dead"') is someone else's.
    if (s.opensQuote && !s.endorsed && closesQuote(this.f, end)) s.attributed(s.start);
    this.candidates.atEnd(s, prev, end);
    const paragraphEnds = this.paragraph.sentenceEnded(s, this.f, end, blockEnd);
    this.pending.settle(s, end, this.paragraph.first, blockEnd, paragraphEnds && this.paragraph.titled, this.paragraph.header, this.out);
    const lastWorded = s.words > 0 && !s.labelOnly;
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
}
