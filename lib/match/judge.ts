import { foldText } from '../text/fold';
import { findQuantities, type Quantity } from '../text/quantities';
import type { IndexEntry } from './index-format';
import { stems, WordingScorer } from './score';
import { negates, ownHitIn } from './negation';
import { clauseEnd, contrastiveScopeEnd, shortQuotation, trimEnd, trimStart } from './sentence';
import type { SentenceState } from './sentence-state';
import type { Tables } from './tables';
import type { Match } from './types';

/** How far back (in characters) a sentence that points back to a figure ("That's how many …") looks for it. */
const FIGURE_REACH = 300;

/** A sentence missing one required idea scores at most this: only the "sensitive" setting shows it. */
export const PARTIAL_MAX = 0.45;
/** A claim whose topic was named sentences earlier scores at most this: "strict" does not show it. */
const CARRIED_MAX = 0.7;

/** Where the candidate's sentence (or two) lies, and what the scan saw in it. */
export interface Candidate {
  e: number;
  /** Groups that occurred, as bits. */
  mask: number;
  /** How many of the entry's `any` terms occurred. */
  anyHits: number;
  s: SentenceState;
  /** The short sentence before, when the claim spans both. */
  windowed: SentenceState | undefined;
  end: number;
  /** Where an earlier sentence of the paragraph named the entry's topic (its anchor group), when it did. */
  topic: { start: number; end: number } | undefined;
  /** Where the paragraph starts, when the sentence points back to a figure named in it ("That's how many …"); else -1. */
  figureFrom: number;
}

/**
 * The close look at a sentence where an entry's every idea occurred: cues,
 * negations, the figure, and how near the sentence is to the entry's wordings.
 * Runs for a few sentences per page, so it may allocate; what several entries
 * ask of the same sentence (its figures, its word stems) is worked out once.
 */
export class Judge {
  /** Per entry, built the first time it is a candidate: folded wordings and their scorer. */
  private readonly wordings = new Map<number, { folded: string[]; scorer: WordingScorer }>();
  /** Marks entry e's own terms while it is judged. */
  private readonly own: Int32Array;
  private ownRound = 0;
  /** The entry whose words `own` marks now, and the test for them: several questions about one entry mark it once. */
  private ownEntry = -1;
  private ownTest: (term: number) => boolean = () => false;
  private memo: { text: string; start: number; stop: number; quantities?: Quantity[]; stems?: Set<string> } | undefined;

  constructor(
    private readonly entries: readonly IndexEntry[],
    private readonly t: Tables,
  ) {
    this.own = new Int32Array(t.listened.length);
  }

  evaluate(text: string, f: string, { e, mask, anyHits, s, windowed, end, topic, figureFrom }: Candidate, threshold: number): Match | undefined {
    const entry = this.entries[e]!;
    const req = this.t.required[e]!;
    const partial = (mask & req) !== req;
    if (partial && (threshold > PARTIAL_MAX || entry.groups < 3 || popcount(mask & req) !== entry.groups - 1)) return undefined;
    const sentences = windowed ? [windowed, s] : [s];
    const isOwn = this.markOwn(e);
    if (sentences.some((x) => x.attribution && x.contrast && !x.reportsAlternative(isOwn))) return undefined;
    if (sentences.some((x) => x.debunksOutside(isOwn))) return undefined;
    const hits = sentences
      .flatMap((x) => {
        const out: { start: number; end: number }[] = [];
        for (let i = 0; i < x.hitCount; i++) if (isOwn(x.hitTerm[i]!)) out.push({ start: x.hitStart[i]!, end: x.hitEnd[i]! });
        return out;
      })
      .sort((a, b) => a.start - b.start || a.end - b.end);
    if (partial && !hits.length) return undefined;
    // A claim that is itself negative ("there are no prisoners of war") is still denied by "… but nobody has found it".
    if (entry.negated ? sentences.some((x) => x.denial) : sentences.some((x) => negates(f, x, isOwn, !!entry.contrasted))) return undefined;
    const start = trimStart(f, windowed ? windowed.start : s.start, end);
    const stop = trimEnd(f, start, end);
    const memo = this.memoFor(text, start, stop);
    let figure: Match['why']['figure'];
    if (entry.numbers) {
      const { min, max, counts } = entry.numbers;
      memo.quantities ??= findQuantities(f.slice(start, stop), true);
      const dubious = (x: Quantity) => (min === undefined || x.high >= min) && (max === undefined || x.high <= max);
      // Not a figure the sentence denies: "… run to a few thousand, not hundreds of thousands".
      let q = memo.quantities.find((x) => dubious(x) && !sentences.some((y) => y.deniesAlternativeAt(f, start + x.start)));
      let at = start;
      // "9.3 to 13.7 million. Let that sink in. That's how many Germans died …": the last figure before it.
      if (!q && figureFrom >= 0) {
        at = Math.max(figureFrom, start - FIGURE_REACH);
        q = findQuantities(f.slice(at, start), true).findLast(dubious);
      }
      if (!q) return undefined;
      // An attributed figure corrected later in the sentence: "You'll often read that 250,000 died in Dresden; the
      // commission found about 25,000." / "He repeats the figure of 250,000, which the commission … put at 25,000."
      if (sentences.some((x) => x.attributesClaim(f)) && memo.quantities.some((x) => x.start > q.end - (start - at) && !dubious(x))) return undefined;
      figure = { text: text.slice(at + q.start, at + q.end), low: q.low, high: q.high, counts };
    }
    const { folded, scorer } = this.wordingsOf(e);
    const sentence = f.slice(start, stop);
    const exact = folded.findIndex((v) => sentence.includes(v));
    const fuzzy = exact >= 0 ? { score: 1, index: exact } : scorer.score((memo.stems ??= stems(sentence)));
    const boost = Math.min(1, anyHits / 2);
    // A partial match tops out at the "sensitive" threshold, so only that setting ever shows one.
    const full = exact >= 0 ? 1 : partial ? PARTIAL_MAX - 0.1 * (1 - boost) - 0.1 * (1 - fuzzy.score) : Math.min(1, 0.6 + 0.15 * boost + 0.25 * fuzzy.score);
    // A topic named sentences earlier is weaker evidence: such a match never reaches the "strict" threshold.
    const score = topic ? Math.min(full, CARRIED_MAX) : full;
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
        ...(topic ? { topic: text.slice(topic.start, topic.end) } : {}),
        variant: entry.variants[fuzzy.index] ?? entry.variants[0] ?? '',
        exact: exact >= 0,
        partial,
      },
    };
  }

  /** Does sentence x report entry e's claim as someone else's (not only a view the writer then sets the claim against)? */
  attributed(e: number, x: SentenceState, f: string): boolean {
    const isOwn = this.markOwn(e);
    if (x.attributesClaim(f) && !x.reportsAlternative(isOwn)) return true;
    // The claim in a short quotation is named, not stated: "The 'clean Wehrmacht' was built after the war" (two of its
    // words apart, so not a term of art quoted whole: "the 'Disarmed Enemy Forces'", "'Death camps' is the right word").
    for (let i = 0; i < x.hitCount; i++) {
      if (!isOwn(x.hitTerm[i]!)) continue;
      const quote = shortQuotation(f, x.start, x.hitStart[i]!, x.hitEnd[i]!);
      if (!quote) continue;
      for (let j = 0; j < x.hitCount; j++) {
        const apart = x.hitStart[j]! >= x.hitEnd[i]! || x.hitEnd[j]! <= x.hitStart[i]!;
        if (apart && isOwn(x.hitTerm[j]!) && x.hitStart[j]! > quote.open && x.hitEnd[j]! <= quote.close) return true;
      }
    }
    return false;
  }

  /** Does entry e give way to entry `to` (`match.yields_to`)? */
  yieldsTo(e: number, to: number): boolean {
    return !!this.entries[e]!.yieldsTo?.includes(this.entries[to]!.id);
  }

  /** The figures that make entry e dubious, if it names them. */
  numbersOf(e: number): IndexEntry['numbers'] {
    return this.entries[e]!.numbers;
  }

  /** Lets go of the last page's text. */
  forget(): void {
    this.memo = undefined;
  }

  /** Does sentence x name any of entry e's own words? */
  namesOwnWords(e: number, x: SentenceState): boolean {
    return ownHitIn(x, this.markOwn(e));
  }

  /** Does a negation in sentence x deny entry e's own words, within its clause ("… was not a mass defection")? */
  deniesOwnWords(e: number, x: SentenceState, f: string): boolean {
    // A claim that is itself negative ("… never signed the Geneva Convention") is restated, not denied, by a negation.
    if (this.entries[e]!.negated) return x.denial;
    const isOwn = this.markOwn(e);
    const contrasted = !!this.entries[e]!.contrasted;
    for (let i = 0; i < x.negationCount; i++) {
      const at = x.negations[i]!;
      if (contrasted && contrastiveScopeEnd(f, at) >= 0) continue;
      if (ownHitIn(x, isOwn, at + 1, clauseEnd(f, at))) return true;
    }
    return false;
  }

  /** Marks entry e's group and `any` terms; returns the test for them. */
  markOwn(e: number): (term: number) => boolean {
    if (e === this.ownEntry) return this.ownTest;
    const round = ++this.ownRound;
    const { slotStarts, slotTerms, firstSlot, groups } = this.t;
    const first = firstSlot[e]!;
    // The entry's slots are its groups and `any`; `none` (the last) is not its own words.
    for (let k = slotStarts[first]!, stop = slotStarts[first + groups[e]! + 1]!; k < stop; k++) this.own[slotTerms[k]!] = round;
    this.ownEntry = e;
    return (this.ownTest = (term) => this.own[term] === round);
  }

  private memoFor(text: string, start: number, stop: number) {
    const m = this.memo;
    if (m && m.text === text && m.start === start && m.stop === stop) return m;
    return (this.memo = { text, start, stop });
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
