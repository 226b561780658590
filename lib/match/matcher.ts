import { foldText } from '../text/fold';
import { findQuantities, type Quantity } from '../text/quantities';
import { CUE_REF } from './compile';
import { buildDictionary, exactKey, isWordChar, prefixKey, wordMatches, wordMatchesAt, type Dictionary, type Term } from './dictionary';
import { SLOT_ANY, SLOT_NONE, type IndexEntry, type MatcherIndex } from './index-format';
import { WordingScorer } from './score';
import { endsSentence, trimEnd, trimStart } from './sentence';
import { SENSITIVITY, type Match } from './types';

/** Two sentences this short may carry one claim between them ("Stalin had them shot. Half a million of them."). */
const SHORT_SENTENCE = 20;
/** A sentence missing one required idea scores at most this: only the "sensitive" setting shows it. */
const PARTIAL_MAX = 0.45;
/** A run of text without a full stop is cut here, so a list or a wall of text cannot pair far-apart words. */
const MAX_SENTENCE_WORDS = 80;

interface Hit { term: Term; start: number; end: number }

/** Per-sentence state, reused between sentences to keep the scan allocation-free. */
interface Sentence {
  /** Running number: terms are stamped with it, so "seen in this sentence" is one comparison. */
  no: number;
  start: number;
  words: number;
  hits: Hit[];
  /** Entries whose anchor group occurred. */
  touched: number[];
  debunk: boolean;
  attribution: boolean;
  contrast: boolean;
  contrastLead: boolean;
  negations: number[];
}

const newSentence = (no: number, start: number): Sentence => ({
  no, start, words: 0, hits: [], touched: [], debunk: false, attribution: false, contrast: false, contrastLead: false, negations: [],
});

export interface MatchOptions {
  /** Minimum score; see {@link SENSITIVITY}. */
  threshold?: number;
}

/**
 * Finds the claims a text asserts. One pass over the text: each word costs one
 * dictionary probe, and only sentences where some claim's every idea occurs are
 * looked at closely (figures, debunking cues, similarity to known wordings). So the cost grows
 * with the text, not with the number of claims.
 */
export class Matcher {
  readonly entries: readonly IndexEntry[];
  private readonly dict: Dictionary;
  private readonly terms: Term[];
  private readonly required: Int32Array;
  /** Per entry: the terms of each group, and of its `any` and `none` lists. */
  private readonly groupTerms: Term[][][];
  private readonly anyTerms: Term[][];
  private readonly noneTerms: Term[][];
  /** The same as term indices in typed arrays: the scan's inner loop reads these. */
  private readonly groupIndex: Int32Array[][];
  private readonly anyIndex: Int32Array[];
  private readonly noneIndex: Int32Array[];
  /** Per entry, built the first time the entry is a candidate: folded wordings and their fuzzy scorer. */
  private readonly wordings = new Map<number, { folded: string[]; scorer: WordingScorer }>();
  private readonly ownTerms = new Map<number, Set<Term>>();

  constructor(index: MatcherIndex) {
    this.entries = index.entries;
    const { dict, list } = buildDictionary(index.terms, (e) => index.entries[e]!.anchor);
    this.dict = dict;
    this.terms = list;
    this.required = Int32Array.from(index.entries, (e) => (e.groups >= 31 ? -1 : (1 << e.groups) - 1));
    this.groupTerms = index.entries.map((e) => Array.from({ length: e.groups }, (): Term[] => []));
    this.anyTerms = index.entries.map((): Term[] => []);
    this.noneTerms = index.entries.map((): Term[] => []);
    for (const term of list) {
      for (const ref of term.refs) {
        if (ref < 0) continue;
        const e = Math.floor(ref / 64);
        const slot = ref % 64;
        if (slot === SLOT_ANY) this.anyTerms[e]!.push(term);
        else if (slot === SLOT_NONE) this.noneTerms[e]!.push(term);
        else this.groupTerms[e]![slot]!.push(term);
      }
    }
    const indices = (terms: Term[]) => Int32Array.from(terms, (t) => t.index);
    this.groupIndex = this.groupTerms.map((groups) => groups.map(indices));
    this.anyIndex = this.anyTerms.map(indices);
    this.noneIndex = this.noneTerms.map(indices);
  }

  match(text: string, { threshold = SENSITIVITY.balanced }: MatchOptions = {}): Match[] {
    const f = foldText(text);
    const n = f.length;
    const entryCount = this.entries.length;
    // Sentence numbers start at 2 so that 0 (never seen) and no-1 (the previous sentence) never collide.
    const stamp = new Int32Array(this.terms.length);
    const woken = new Int32Array(entryCount);
    const out: Match[] = [];
    let pending: Match[] = [];
    let prev: Sentence | undefined;
    let s = newSentence(2, 0);
    let lastWordStart = 0;
    let lastWordEnd = 0;

    const record = (term: Term, start: number, end: number) => {
      stamp[term.index] = s.no;
      for (const ref of term.cues) {
        if (ref === CUE_REF.debunk) s.debunk = true;
        else if (ref === CUE_REF.negation) s.negations.push(start);
        else if (ref === CUE_REF.attribution) s.attribution = true;
        else if (s.words <= 2) s.contrastLead = true;
        else s.contrast = true;
      }
      for (const e of term.wakes) {
        if (woken[e] === s.no) continue;
        woken[e] = s.no;
        s.touched.push(e);
      }
      // Only claim words are kept: the explanation lists them and negations inside them do not count.
      if (term.listened) s.hits.push({ term, start, end });
    };

    /**
     * Which of entry e's groups occurred in sentences numbered lo..hi (this one: s.no; the one before:
     * s.no - 1). With `stopEarly` it gives up at the first missing group: most woken entries miss one.
     */
    const groupsSeen = (e: number, lo: number, hi: number, stopEarly: boolean) => {
      const groups = this.groupIndex[e]!;
      // The anchor group woke the entry in this sentence: no need to look for it again.
      const anchor = lo === s.no && woken[e] === s.no ? this.entries[e]!.anchor : -1;
      let mask = anchor >= 0 ? 1 << anchor : 0;
      for (let g = 0; g < groups.length; g++) {
        if (g === anchor) continue;
        const terms = groups[g]!;
        for (let k = 0; k < terms.length; k++) {
          const st = stamp[terms[k]!]!;
          if (st >= lo && st <= hi) {
            mask |= 1 << g;
            break;
          }
        }
        if (stopEarly && !(mask & (1 << g))) return mask;
      }
      return mask;
    };
    const seenIn = (terms: Int32Array, lo: number) => {
      for (let k = 0; k < terms.length; k++) if (stamp[terms[k]!]! >= lo) return true;
      return false;
    };

    /** Is this a separator inside a phrase (space, hyphen, quote), rather than punctuation that breaks it? */
    const joins = (c: number) => c === 32 || c === 45 || c === 39 || c === 34 || c === 9;

    /** The word after `pos` within the phrase's reach, or undefined. */
    const nextWord = (pos: number): [number, number] | undefined => {
      let p = pos;
      while (p < n && !isWordChar(f.charCodeAt(p))) {
        if (!joins(f.charCodeAt(p))) return undefined;
        p++;
      }
      if (p >= n) return undefined;
      const ws = p;
      while (p < n && isWordChar(f.charCodeAt(p))) p++;
      return [ws, p];
    };

    /** The word before `pos` within the phrase's reach, or undefined. */
    const prevWord = (pos: number): [number, number] | undefined => {
      let p = pos;
      while (p > 0 && !isWordChar(f.charCodeAt(p - 1))) {
        if (!joins(f.charCodeAt(p - 1))) return undefined;
        p--;
      }
      if (p <= 0) return undefined;
      const we = p;
      while (p > 0 && isWordChar(f.charCodeAt(p - 1))) p--;
      return [p, we];
    };

    /** Word k of the term at text[a, b), spelling out ß when the page uses it (`spelled` is the word so spelled). */
    const matchesAt = (term: Term, k: number, a: number, b: number, spelled?: string) =>
      spelled !== undefined ? wordMatches(term, k, spelled) : wordMatchesAt(term, k, f, a, b);
    /** The same for a neighbouring word of a phrase, where the ß check is not known yet. */
    const neighbourMatches = (term: Term, k: number, a: number, b: number) => {
      const word = f.slice(a, b);
      return matchesAt(term, k, a, b, word.includes('ß') ? word.replace(/ß/g, 'ss') : undefined);
    };

    const onWord = (ws: number, we: number, terms: Term[], spelled: string | undefined) => {
      for (const term of terms) {
        if (!matchesAt(term, term.anchor, ws, we, spelled)) continue;
        let start = ws;
        let end = we;
        let ok = true;
        for (let k = term.anchor + 1; k < term.words.length && ok; k++) {
          const next = nextWord(end);
          ok = next !== undefined && neighbourMatches(term, k, next[0], next[1]);
          if (next) end = next[1];
        }
        for (let k = term.anchor - 1; k >= 0 && ok; k--) {
          const before = prevWord(start);
          ok = before !== undefined && before[0] >= s.start && neighbourMatches(term, k, before[0], before[1]);
          if (before) start = before[0];
        }
        if (ok) record(term, start, end);
      }
    };

    const endSentence = (end: number, blockEnd: boolean) => {
      const pair = !!prev && s.words <= SHORT_SENTENCE && prev.words <= SHORT_SENTENCE;
      const candidates = pair ? [...new Set([...s.touched, ...prev!.touched])] : s.touched;
      for (const e of candidates) {
        const req = this.required[e]!;
        const here = woken[e] === s.no;
        // Only partial matches (the "sensitive" setting) and two-sentence windows need the whole mask.
        let mask = here ? groupsSeen(e, s.no, s.no, !pair && threshold > PARTIAL_MAX) : pair ? groupsSeen(e, s.no, s.no, false) : 0;
        let windowed: Sentence | undefined;
        // Two sentences carry the claim only when each has part of it and neither has all of it alone.
        if ((mask & req) !== req && pair && mask !== 0 && (groupsSeen(e, s.no - 1, s.no - 1, false) & req) !== req) {
          const both = groupsSeen(e, s.no - 1, s.no, false);
          if ((both & req) === req) {
            mask = both;
            windowed = prev;
          }
        }
        if ((mask & req) !== req && (threshold > PARTIAL_MAX || !here)) continue;
        const from = windowed ? s.no - 1 : s.no;
        if (seenIn(this.noneIndex[e]!, from)) continue;
        let anyHits = 0;
        for (const t of this.anyIndex[e]!) if (stamp[t]! >= from) anyHits++;
        const m = this.evaluate(text, f, e, mask, anyHits, s, windowed, end, threshold);
        if (!m) continue;
        if (s.attribution || windowed?.attribution) pending.push(m);
        else out.push(m);
      }
      // "Bacque claimed X. But historians showed Y." drops the first sentence's match.
      if (pending.length) {
        if (!s.contrastLead) out.push(...pending.filter((m) => m.end <= s.start));
        pending = pending.filter((m) => m.end > s.start);
      }
      const no = s.no + 1;
      if (!s.touched.length && !s.hits.length) {
        // Most sentences touch no claim: reuse the object instead of allocating (this is the hot path).
        prev = undefined;
        s.no = no;
        s.start = end;
        s.words = 0;
        s.negations.length = 0;
        s.debunk = s.attribution = s.contrast = s.contrastLead = false;
        return;
      }
      prev = blockEnd ? undefined : s;
      s = newSentence(no, end);
      if (blockEnd) s.no++; // a block boundary: nothing pairs across it
    };

    let i = 0;
    while (i < n) {
      const c = f.charCodeAt(i);
      if (isWordChar(c)) {
        const ws = i;
        let h = 0;
        let h4 = 0;
        let eszett = false;
        while (i < n && isWordChar(f.charCodeAt(i))) {
          const ch = f.charCodeAt(i);
          h = (Math.imul(h, 131) + ch) | 0;
          if (i - ws === 3) h4 = h;
          if (ch === 0xdf) eszett = true;
          i++;
        }
        // Terms spell ß as "ss", so a word with ß is looked up by its spelled-out form.
        const spelled = eszett ? f.slice(ws, i).replace(/ß/g, 'ss') : undefined;
        const len = spelled ? spelled.length : i - ws;
        const exact = this.dict.exact.get(spelled ? exactKey(spelled, 0, len) : (Math.imul(h, 31) + len) | 0);
        if (exact) onWord(ws, i, exact, spelled);
        if (len >= 4) {
          const prefix = this.dict.prefix.get(spelled ? prefixKey(spelled, 0) : h4);
          if (prefix) onWord(ws, i, prefix, spelled);
        }
        s.words++;
        lastWordStart = ws;
        lastWordEnd = i;
        if (s.words >= MAX_SENTENCE_WORDS) endSentence(i, false);
        continue;
      }
      if (c === 10) endSentence(i, true);
      else if ((c === 46 || c === 33 || c === 63) && endsSentence(f, i, lastWordStart, lastWordEnd)) endSentence(i + 1, false);
      i++;
    }
    endSentence(n, true);
    out.push(...pending);
    return out.sort((a, b) => a.start - b.start);
  }

  /** Looks closely at one sentence (or two short ones) whose words suit entry e. */
  private evaluate(
    text: string, f: string, e: number, mask: number, anyHits: number, s: Sentence,
    windowed: Sentence | undefined, end: number, threshold: number,
  ): Match | undefined {
    const entry = this.entries[e]!;
    const req = this.required[e]!;
    const partial = (mask & req) !== req;
    if (partial && (threshold > PARTIAL_MAX || entry.groups < 3 || popcount(mask & req) !== entry.groups - 1)) return undefined;
    const sentences = windowed ? [windowed, s] : [s];
    if (sentences.some((x) => x.debunk)) return undefined;
    if (sentences.some((x) => x.attribution && x.contrast)) return undefined;
    const own = this.termsOf(e);
    const hits = sentences.flatMap((x) => x.hits).filter((h) => own.has(h.term));
    if (partial && !hits.length) return undefined;
    if (!entry.negated) {
      const negated = sentences.some((x) => x.negations.some((p) => !hits.some((h) => p >= h.start && p < h.end)));
      if (negated) return undefined;
    }
    const start = trimStart(f, windowed ? windowed.start : s.start, end);
    const stop = trimEnd(f, start, end);
    let figure: Match['why']['figure'];
    if (entry.numbers) {
      const { min, max, counts } = entry.numbers;
      const q = findQuantities(text.slice(start, stop)).find((x: Quantity) => (min === undefined || x.high >= min) && (max === undefined || x.high <= max));
      if (!q) return undefined;
      figure = { text: text.slice(start + q.start, start + q.end), low: q.low, high: q.high, counts };
    }
    const { folded, scorer } = this.wordingsOf(e);
    const sentence = f.slice(start, stop);
    const exact = folded.findIndex((v) => sentence.includes(v));
    const fuzzy = exact >= 0 ? { score: 1, index: exact } : scorer.score(sentence);
    const boost = Math.min(1, anyHits / 2);
    // A partial match tops out at the "sensitive" threshold, so only that setting ever shows one.
    const score = exact >= 0 ? 1 : partial ? PARTIAL_MAX - 0.1 * (1 - boost) - 0.1 * (1 - fuzzy.score) : Math.min(1, 0.6 + 0.15 * boost + 0.25 * fuzzy.score);
    if (score < threshold) return undefined;
    return {
      claim: entry.id,
      verdict: entry.verdict,
      start,
      end: stop,
      score: Math.round(score * 1000) / 1000,
      why: {
        terms: [...new Set(hits.map((h) => text.slice(h.start, h.end)))],
        ...(figure ? { figure } : {}),
        variant: entry.variants[fuzzy.index] ?? entry.variants[0] ?? '',
        exact: exact >= 0,
        partial,
      },
    };
  }

  /** Entry e's terms (groups and boosters), for telling its words apart from other claims' words. */
  private termsOf(e: number): Set<Term> {
    let set = this.ownTerms.get(e);
    if (!set) {
      set = new Set([...this.groupTerms[e]!.flat(), ...this.anyTerms[e]!]);
      this.ownTerms.set(e, set);
    }
    return set;
  }

  private wordingsOf(e: number): { folded: string[]; scorer: WordingScorer } {
    let w = this.wordings.get(e);
    if (!w) {
      const folded = this.entries[e]!.variants.map((x) => foldText(x).replace(/[.!?]+$/, ''));
      w = { folded, scorer: new WordingScorer(folded) };
      this.wordings.set(e, w);
    }
    return w;
  }
}

function popcount(x: number): number {
  let c = 0;
  for (let v = x; v; v &= v - 1) c++;
  return c;
}
