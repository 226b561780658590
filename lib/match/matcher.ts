import { foldText } from '../text/fold';
import { findQuantities, type Quantity } from '../text/quantities';
import { CUE_REF } from './compile';
import { buildDictionary, isWordChar, wordKey, wordMatches, type Term } from './dictionary';
import { SLOT_ANY, SLOT_NONE, type IndexEntry, type MatcherIndex } from './index-format';
import { fuzzyScore } from './score';
import { SENSITIVITY, type Match } from './types';

/** Abbreviations whose full stop does not end a sentence. */
const ABBREVIATIONS = new Set(['gen', 'dr', 'mr', 'mrs', 'ms', 'st', 'no', 'nr', 'vs', 'ca', 'col', 'lt', 'capt', 'sgt', 'maj', 'prof', 'jr', 'sr', 'fig', 'vol', 'pp', 'bzw', 'vgl', 'approx', 'est']);
/** Two sentences this short may carry one claim between them ("Stalin had them shot. Half a million of them."). */
const SHORT_SENTENCE = 20;
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
  private readonly folded = new Map<number, string[]>();

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
      s.hits.push({ term, start, end });
      for (const ref of term.refs) {
        if (ref < 0) {
          if (ref === CUE_REF.debunk) s.debunk = true;
          else if (ref === CUE_REF.negation) s.negations.push(start);
          else if (ref === CUE_REF.attribution) s.attribution = true;
          else if (s.words <= 2) s.contrastLead = true;
          else s.contrast = true;
          continue;
        }
        const e = Math.floor(ref / 64);
        const slot = ref % 64;
        if (masks[e] === 0 && anyHits[e] === 0 && noneHits[e] === 0) s.touched.push(e);
        if (slot === SLOT_ANY) anyHits[e] = Math.min(255, anyHits[e]! + 1);
        else if (slot === SLOT_NONE) noneHits[e] = 1;
        else masks[e]! |= 1 << slot;
      }
    };

    /** Next word after `pos` within the sentence (spaces, hyphens and quotes between), or undefined. */
    const nextWord = (pos: number): [number, number] | undefined => {
      let p = pos;
      while (p < n) {
        const c = f.charCodeAt(p);
        if (isWordChar(c)) break;
        if (c !== 32 && c !== 45 && c !== 39 && c !== 34 && c !== 9) return undefined;
        p++;
      }
      if (p >= n) return undefined;
      const ws = p;
      while (p < n && isWordChar(f.charCodeAt(p))) p++;
      return [ws, p];
    };

    const onWord = (ws: number, we: number, terms: Term[]) => {
      let word = f.slice(ws, we);
      if (word.includes('ß')) word = word.replace(/ß/g, 'ss');
      for (const term of terms) {
        if (!wordMatches(term, 0, word)) continue;
        let end = we;
        let ok = true;
        for (let k = 1; k < term.words.length && ok; k++) {
          const next = nextWord(end);
          ok = next !== undefined && wordMatches(term, k, f.slice(next[0], next[1]));
          if (next) end = next[1];
        }
        if (ok) record(term, ws, end);
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
        if (noneHits[e]) continue;
        const m = this.evaluate(text, f, e, mask, anyHits[e]!, s, windowed, end, threshold);
        if (!m) continue;
        if (s.attribution || windowed?.attribution) pending.push(m);
        else out.push(m);
      }
      // "Bacque claimed X. But historians showed Y." drops the first sentence's match.
      if (!s.contrastLead) out.push(...pending.filter((m) => m.end <= s.start));
      pending = pending.filter((m) => m.end > s.start);
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
    if (partial && (entry.groups < 3 || popcount(mask & req) !== entry.groups - 1)) return undefined;
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
    const variants = this.foldedVariants(e);
    const sentence = f.slice(start, stop);
    const exact = variants.findIndex((v) => sentence.includes(v));
    const fuzzy = exact >= 0 ? { score: 1, index: exact } : fuzzyScore(variants, sentence);
    const boost = Math.min(1, anyHits / 2);
    // A partial match tops out at the "sensitive" threshold, so only that setting ever shows one.
    const score = exact >= 0 ? 1 : partial ? 0.25 + 0.1 * boost + 0.1 * fuzzy.score : Math.min(1, 0.6 + 0.15 * boost + 0.25 * fuzzy.score);
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

  private foldedVariants(e: number): string[] {
    let v = this.folded.get(e);
    if (!v) {
      v = this.entries[e]!.variants.map((x) => foldText(x).replace(/[.!?]+$/, ''));
      this.folded.set(e, v);
    }
    return v;
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
