import { foldText } from '../text/fold';
import { findQuantities, type Quantity } from '../text/quantities';
import { CUE_REF } from './compile';
import { buildDictionary, isWordChar, wordKey, wordMatches, wordMatchesAt, type Term } from './dictionary';
import { SLOT_ANY, SLOT_NONE, type IndexEntry, type MatcherIndex } from './index-format';
import { FuzzyScorer } from './score';
import { SENSITIVITY, type Match } from './types';

/** Abbreviations whose full stop does not end a sentence. */
const ABBREVIATIONS = new Set(['gen', 'dr', 'mr', 'mrs', 'ms', 'st', 'no', 'nr', 'vs', 'ca', 'col', 'lt', 'capt', 'sgt', 'maj', 'prof', 'jr', 'sr', 'fig', 'vol', 'pp', 'bzw', 'vgl', 'approx', 'est']);
/** Two sentences this short may carry one claim between them ("Stalin had them shot. Half a million of them."). */
const SHORT_SENTENCE = 20;
/** A sentence missing one required idea scores at most this: only the "sensitive" setting shows it. */
const PARTIAL_MAX = 0.45;
/** A run of text without a full stop is cut here, so a list or a wall of text cannot pair far-apart words. */
const MAX_SENTENCE_WORDS = 80;

interface Hit { term: Term; start: number; end: number }

/** Per-sentence state, reused between sentences to keep the scan allocation-free. */
interface Sentence {
  start: number;
  words: number;
  hits: Hit[];
  touched: number[];
  debunk: boolean;
  attribution: boolean;
  contrast: boolean;
  contrastLead: boolean;
  negations: number[];
}

const newSentence = (start: number): Sentence => ({
  start, words: 0, hits: [], touched: [], debunk: false, attribution: false, contrast: false, contrastLead: false, negations: [],
});

export interface MatchOptions {
  /** Minimum score; see {@link SENSITIVITY}. */
  threshold?: number;
}

/**
 * Finds the claims a text asserts. One pass over the text: each word costs one
 * dictionary probe, and only sentences where some claim's every idea occurs are
 * looked at closely (figures, debunking cues, fuzzy score). So the cost grows
 * with the text, not with the number of claims.
 */
export class Matcher {
  readonly entries: readonly IndexEntry[];
  private readonly dict: Map<number, Term[]>;
  private readonly required: Int32Array;
  /** Per entry, built the first time the entry is a candidate: folded wordings and their fuzzy scorer. */
  private readonly wordings = new Map<number, { folded: string[]; scorer: FuzzyScorer }>();

  constructor(index: MatcherIndex) {
    this.entries = index.entries;
    this.dict = buildDictionary(index.terms);
    this.required = Int32Array.from(index.entries, (e) => (e.groups >= 31 ? -1 : (1 << e.groups) - 1));
  }

  match(text: string, { threshold = SENSITIVITY.balanced }: MatchOptions = {}): Match[] {
    const f = foldText(text);
    const n = f.length;
    const entryCount = this.entries.length;
    const masks = new Int32Array(entryCount);
    const anyHits = new Uint8Array(entryCount);
    const noneHits = new Uint8Array(entryCount);
    const out: Match[] = [];
    let pending: Match[] = [];
    let prev: { s: Sentence; masks: Map<number, number> } | undefined;
    let s = newSentence(0);
    let lastWordStart = 0;
    let lastWordEnd = 0;

    const record = (term: Term, start: number, end: number) => {
      let listened = false;
      for (const ref of term.refs) {
        if (ref < 0) {
          if (ref === CUE_REF.debunk) s.debunk = true;
          else if (ref === CUE_REF.negation) s.negations.push(start);
          else if (ref === CUE_REF.attribution) s.attribution = true;
          else if (s.words <= 2) s.contrastLead = true;
          else s.contrast = true;
          continue;
        }
        listened = true;
        const e = Math.floor(ref / 64);
        const slot = ref % 64;
        if (masks[e] === 0 && anyHits[e] === 0 && noneHits[e] === 0) s.touched.push(e);
        if (slot === SLOT_ANY) anyHits[e] = Math.min(255, anyHits[e]! + 1);
        else if (slot === SLOT_NONE) noneHits[e] = 1;
        else masks[e]! |= 1 << slot;
      }
      // Only claim words are kept: the explanation lists them and negations inside them do not count.
      if (listened) s.hits.push({ term, start, end });
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

    /** Word k of the term at text[a, b), spelling out ß when the page uses it. */
    const matchesAt = (term: Term, k: number, a: number, b: number) =>
      wordMatchesAt(term, k, f, a, b) || (f.slice(a, b).includes('ß') && wordMatches(term, k, f.slice(a, b).replace(/ß/g, 'ss')));

    const onWord = (ws: number, we: number, terms: Term[]) => {
      for (const term of terms) {
        if (!matchesAt(term, term.anchor, ws, we)) continue;
        let start = ws;
        let end = we;
        let ok = true;
        for (let k = term.anchor + 1; k < term.words.length && ok; k++) {
          const next = nextWord(end);
          ok = next !== undefined && matchesAt(term, k, next[0], next[1]);
          if (next) end = next[1];
        }
        for (let k = term.anchor - 1; k >= 0 && ok; k--) {
          const before = prevWord(start);
          ok = before !== undefined && before[0] >= s.start && matchesAt(term, k, before[0], before[1]);
          if (before) start = before[0];
        }
        if (ok) record(term, start, end);
      }
    };

    const endSentence = (end: number, blockEnd: boolean) => {
      const shortNow = s.words <= SHORT_SENTENCE;
      for (const e of s.touched) {
        const req = this.required[e]!;
        let mask = masks[e]!;
        let windowed: Sentence | undefined;
        if ((mask & req) !== req && prev && shortNow && prev.s.words <= SHORT_SENTENCE) {
          const before = prev.masks.get(e);
          if (before !== undefined && ((mask | before) & req) === req) {
            mask |= before;
            windowed = prev.s;
          }
        }
        if (noneHits[e] || ((mask & req) !== req && threshold > PARTIAL_MAX)) continue;
        const m = this.evaluate(text, f, e, mask, anyHits[e]!, s, windowed, end, threshold);
        if (!m) continue;
        if (s.attribution || windowed?.attribution) pending.push(m);
        else out.push(m);
      }
      // "Bacque claimed X. But historians showed Y." drops the first sentence's match.
      if (pending.length) {
        if (!s.contrastLead) out.push(...pending.filter((m) => m.end <= s.start));
        pending = pending.filter((m) => m.end > s.start);
      }
      if (!s.touched.length) {
        // Most sentences touch no claim: reuse the object instead of allocating (this is the hot path).
        prev = undefined;
        s.start = end;
        s.words = 0;
        s.hits.length = 0;
        s.negations.length = 0;
        s.debunk = s.attribution = s.contrast = s.contrastLead = false;
        return;
      }
      const keep = new Map<number, number>();
      for (const e of s.touched) {
        if (shortNow && masks[e]) keep.set(e, masks[e]!);
        masks[e] = 0;
        anyHits[e] = 0;
        noneHits[e] = 0;
      }
      prev = blockEnd ? undefined : { s, masks: keep };
      s = newSentence(end);
    };

    let i = 0;
    while (i < n) {
      const c = f.charCodeAt(i);
      if (isWordChar(c)) {
        const ws = i;
        let h = 0;
        let eszett = false;
        while (i < n && isWordChar(f.charCodeAt(i))) {
          const ch = f.charCodeAt(i);
          if (i - ws < 4) h = (Math.imul(h, 131) + ch) | 0;
          if (ch === 0xdf) eszett = true;
          i++;
        }
        // Terms spell ß as "ss", so a word with ß is looked up by its spelled-out form.
        const spelled = eszett ? f.slice(ws, i).replace(/ß/g, 'ss') : undefined;
        const terms = spelled ? this.dict.get(wordKey(spelled, 0, spelled.length)) : this.dict.get((h << 3) | Math.min(4, i - ws));
        if (terms) onWord(ws, i, terms);
        s.words++;
        lastWordStart = ws;
        lastWordEnd = i;
        if (s.words >= MAX_SENTENCE_WORDS) endSentence(i, false);
        continue;
      }
      if (c === 10) endSentence(i, true);
      else if ((c === 46 || c === 33 || c === 63) && this.endsSentence(f, i, lastWordStart, lastWordEnd)) endSentence(i + 1, false);
      i++;
    }
    endSentence(n, true);
    out.push(...pending);
    return out.sort((a, b) => a.start - b.start);
  }

  private endsSentence(f: string, i: number, ws: number, we: number): boolean {
    let j = i + 1;
    while (j < f.length && (f[j] === '"' || f[j] === "'" || f[j] === ')' || f[j] === '.')) j++;
    const next = f.charCodeAt(j);
    if (j < f.length && next !== 32 && next !== 10 && next !== 9 && next !== 13) return false;
    if (f.charCodeAt(i) !== 46 || we !== i) return true;
    // "Gen. Vlasov", "J. Bacque", "No. 270"; numbers ending a sentence ("in 1945.") do end it,
    // but German ordinals ("am 14. Februar", "die 6. Armee") do not.
    const len = we - ws;
    if (len <= 2 && isDigit(f.charCodeAt(ws)) && isDigit(f.charCodeAt(we - 1)) && /^\s+\p{L}/u.test(f.slice(j, j + 3))) return false;
    if (len === 1 && !isDigit(f.charCodeAt(ws))) return false;
    return !(len <= 6 && ABBREVIATIONS.has(f.slice(ws, we)));
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
    const hits = sentences.flatMap((x) => x.hits).filter((h) => h.term.refs.some((r) => r >= 0 && Math.floor(r / 64) === e && r % 64 !== SLOT_NONE));
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

  private wordingsOf(e: number): { folded: string[]; scorer: FuzzyScorer } {
    let w = this.wordings.get(e);
    if (!w) {
      const folded = this.entries[e]!.variants.map((x) => foldText(x).replace(/[.!?]+$/, ''));
      w = { folded, scorer: new FuzzyScorer(folded) };
      this.wordings.set(e, w);
    }
    return w;
  }
}

const isDigit = (c: number) => c >= 48 && c <= 57;

function popcount(x: number): number {
  let c = 0;
  for (let v = x; v; v &= v - 1) c++;
  return c;
}

/** Skips leading spaces and quotes so the highlight starts on the sentence's first word. */
function trimStart(f: string, start: number, end: number): number {
  let i = start;
  while (i < end && /[\s"'(\-*•]/.test(f[i]!)) i++;
  return i;
}

function trimEnd(f: string, start: number, end: number): number {
  let i = end;
  while (i > start && /\s/.test(f[i - 1]!)) i--;
  return i;
}
