import { foldText } from '../text/fold';
import { findQuantities, type Quantity } from '../text/quantities';
import type { IndexEntry } from './index-format';
import { stems, WordingScorer } from './score';
import { clauseEnd, clauseStart, contrastiveScopeEnd, trimEnd, trimStart } from './sentence';
import type { SentenceState } from './sentence-state';
import type { Tables } from './tables';
import type { Match } from './types';

/** A negation that is a determiner ("no roof", "keine Belege"), not a verb's ("did not", "never"). */
const DETERMINER = /^(?:no|kein[a-z]*) [a-z]/;

/** "No (documented) evidence", "no basis", "keine Belege": a determiner that denies the claim's support. */
const EVIDENCE = /\b(?:evidence|proof|basis|sources?|records?|documents?|documented|documentation|cases?|instances?|traces?|belege?|beweis\w*|quellen?|nachweis\w*|grundlage)\b/;

/** Negations that affirm: "nothing less than death camps", "nichts anderes als Todeslager". */
const AFFIRMS = /^(?:nothing (?:less|short|other|else|but)|none other|no less|nichts (?:anderes|weniger|als)|nicht weniger|kein anderer|keine anderen?)\b/;

/** The silence trope asserts rather than denies: "… you just don't hear about it", "davon hört man nie". */
const SILENCE = /^(?:not|never|no one|nobody|don.t|didn.t|doesn.t|won.t|nicht|nie|niemand|kein\w*)\b[^.;:!?]{0,20}?\b(?:hear|talk|teach|taught|tell|told|speak|spoken|hort|gehort|spricht|redet|erzahlt|lernt|gelernt)/;

/** So does the textbook trope: "… a figure you will not find in any school book", "Das steht in keinem Schulbuch". */
const TEXTBOOK = /^[^.;:!?]{0,40}?\b(?:school ?books?|textbooks?|history books?|schulbuch\w*|schulbuchern|lehrbuch\w*|lehrbuchern|geschichtsbuch\w*|geschichtsbuchern)\b/;

/**
 * So does a cover-up that does not name the claim again: "… and the US still won't admit it", "Moskau hat das nie
 * zugegeben"; but "… never admitted shooting them" denies the shooting, and "the archives do not mention it" the evidence.
 */
const COVER_UP = /^(?:not|never|no one|nobody|don.t|didn.t|doesn.t|won.t|nicht|nie|niemand|kein\w*)\b[^.;:!?]{0,20}?\b(?:admit\w*|acknowledg\w*|apologi[sz]\w*|zugegeben|zugeben|eingestanden|eingestehen|entschuldigt)/;

/** A denied doubt affirms: "I've never seen a convincing reason to doubt him", "no one disputes it", "nicht zu leugnen". */
const DOUBT_DENIED = /^(?:not|never|no|nobody|no one|none|can.t|cannot|couldn.t|don.t|didn.t|nicht|nie|niemand|kein\w*)\b[^.;:!?]{0,40}?\b(?:doubt\w*|deny|denied|denying|dispute[sd]?|disputing|question(?:s|ed)?|zweifel\w*|bezweifel\w*|leugne\w*|leugbar|bestreit\w*|bestritten|abstreit\w*)\b/;

/** "Not only", "not just", "nicht nur" add to what they qualify rather than deny it. */
const ADDS = /^(?:not|nicht) (?:only|just|merely|simply|nur|bloss|allein)\b/;

/** A negation that scales rather than denies: "almost nothing to eat", "so gut wie keine Verpflegung". */
const SCALES = /(?:almost|nearly|next to|virtually|practically|fast|beinahe|so gut wie) $/;

/** A negation in a relative clause describes a person: "… and shot those who did not die fast enough" (not ", which is not true"). */
const RELATIVE = /(?:\b(?:who|whom)|, (?:die|der|denen|welche[mnrs]?))(?: [a-z]+)? $/;

/**
 * A clause that draws a consequence or names a purpose of its own: a negation in it is about that, not the claim
 * ("…, so our boys wouldn't shoot", "…, damit die eigenen Leute nicht schießen").
 */
const CONSEQUENCE = /^\s*(?:so (?:that |dass )?(?:these|those|they|it|this|that|we|i|he|she|you|there|our|their|the|his|her|my|your|nobody|no one|die|der|das|sie|er|es|man|wir)|also|deshalb|daher|darum|damit|sodass|in order|which is why|that s why)\b/;

/** Words that judge what a "that" clause says: a negation with them denies it. */
const JUDGES = /\b(?:stimmt|wahr|richtig|true|correct|right|case|fall|glaub\w*|denk\w*|think|believe|sure|sicher|say|sagen|sagt|heisst|behaupt\w*|claim\w*|proven|bewiesen|belegt)\b/;

/** A negation that judges its clause: "not true", "never happened", "never existed", "nicht wahr", "hat es nicht gegeben". */
const VERDICT = /^\S+(?:\s+\S+){0,2}?\s+(?:true|correct|right|accurate|so|the case|happen\w*|exist\w*|took place|occurred|wahr|richtig|korrekt|stimmt|der fall|passiert|geschehen|gegeben|existiert\w*|stattgefunden)\b/;

/** A clause a negation before it governs ("Es stimmt nicht, dass …"). */
const GOVERNED = /^[,:]\s*(?:dass|that|ob|whether|wie)\b/;

/** How far back (in characters) a sentence that points back to a figure ("That's how many …") looks for it. */
const FIGURE_REACH = 300;

/** A negation after the claim's words denies them only this few words into its clause. */
const TRAILING_LEAD = 4;

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
    if (entry.negated ? sentences.some((x) => x.denial) : sentences.some((x) => this.negates(f, x, isOwn, !!entry.contrasted))) return undefined;
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
    return x.attributesClaim(f) && !x.reportsAlternative(this.markOwn(e));
  }

  /** The figures that make entry e dubious, if it names them. */
  numbersOf(e: number): IndexEntry['numbers'] {
    return this.entries[e]!.numbers;
  }

  /** Lets go of the last page's text. */
  forget(): void {
    this.memo = undefined;
  }

  /**
   * Does a negation in sentence x deny the claim? Not when it is part of the claim's own words ("no
   * evidence" in a claim about evidence); not when it only denies an alternative after a clause break
   * ("It was the Nazis who shot them at Katyn, not the NKVD") unless the claim's words are that
   * alternative ("The NKVD shot them, not the Germans"); not when it stands in a clause of its own before
   * the claim ("For them the war was not over: practically all were deported…"), nor when a determiner
   * "no" denies a noun that is not the claim's ("… with no roof and no food", "had no qualms about …").
   */
  private negates(f: string, x: SentenceState, isOwn: (term: number) => boolean, contrasted: boolean): boolean {
    for (let i = 0; i < x.negationCount; i++) {
      const at = x.negations[i]!;
      const before = f.slice(Math.max(x.start, at - 24), at);
      const after = f.slice(at, at + 64);
      if (x.insideHit(at, isOwn) || AFFIRMS.test(after) || SILENCE.test(after) || TEXTBOOK.test(after) || DOUBT_DENIED.test(after) || (COVER_UP.test(after) && !ownHitIn(x, isOwn, at, clauseEnd(f, at))) || SCALES.test(before) || RELATIVE.test(before)) continue;
      // A negation inside a quotation speaks for the quoted words, not for the writer's own around it: '"We have no
      // prisoners of war, only traitors" - Stalin said it, and he meant it: virtually all of the POWs who came home …
      // were shipped off to the Gulag.' (but '"No German POWs were shot," he said.' denies).
      const quote = quotationAround(f, x.start, at);
      if (quote && (ownHitIn(x, isOwn, 0, quote.open) || ownHitIn(x, isOwn, quote.close))) continue;
      // "… all over the place in those last days, not just to his guys": unless it names the claim's own words.
      if (ADDS.test(after) && !ownHitIn(x, isOwn, at, clauseEnd(f, at))) continue;
      const scopeEnd = contrastiveScopeEnd(f, at);
      if (scopeEnd >= 0) {
        if (!contrasted && ownHitIn(x, isOwn, at + 1, scopeEnd)) return true;
        continue;
      }
      const from = clauseStart(f, x.start, at);
      const to = clauseEnd(f, at);
      // "Es stimmt nicht, dass …", "I don't believe that …"; not "Moskau wollte nicht, dass sie heimkehren".
      if (GOVERNED.test(f.slice(to, to + 12)) && JUDGES.test(f.slice(from, to))) return true;
      // "no"/"kein" before a noun denies that noun: "No German prisoners were shot" denies the claim,
      // "came home to no welcome at all" and "had no qualms about …" do not.
      if (DETERMINER.test(f.slice(at, at + 8))) {
        const phraseEnd = nounPhraseEnd(f, at);
        if (ownHitIn(x, isOwn, at, phraseEnd) || findQuantities(f.slice(at, phraseEnd), true).length || EVIDENCE.test(f.slice(at, phraseEnd))) return true;
        continue;
      }
      // A negation denies what follows it in its clause ("German prisoners were not shot"), or the clause itself
      // when it judges it ("… is not true", "never happened"); one that follows only the claim's subject speaks of
      // something else ("The men who surrendered in those closing days never made it to a camp.").
      if (ownHitIn(x, isOwn, at, pastAside(f, to)) || findQuantities(f.slice(from, to), true).length || VERDICT.test(f.slice(at, at + 40))) return true;
      // …unless the negation closes its clause, as German puts it ("Die Sowjets erschossen die Gefangenen nicht.").
      const wordEnd = f.indexOf(' ', at);
      if (ownHitIn(x, isOwn, from, at) && wordEnd >= 0 && /[a-z]/.test(f.slice(wordEnd, to))) continue;
      // A negation after the claim's words denies them ("…, which is not true"), unless its clause draws a
      // consequence of its own ("…, so these aren't as rare as some dealers pretend").
      // Only near its clause's start, after a short subject ("…, which is not true", "… but the files do not show it");
      // deep in a clause of its own it speaks of something else ("…, and that's a can of worms we don't want on the table").
      if (!ownHitIn(x, isOwn, to) && !CONSEQUENCE.test(f.slice(from, from + 12)) && wordsIn(f.slice(from, at)) <= TRAILING_LEAD) return true;
    }
    return false;
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
  private markOwn(e: number): (term: number) => boolean {
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

/** The inline quotation f[open, close] (its quote marks) that f[at] stands in, when one opened after `from` and closes after it. */
function quotationAround(f: string, from: number, at: number): { open: number; close: number } | undefined {
  let open = -1;
  for (let i = f.indexOf('"', from); i >= 0 && i < at; i = f.indexOf('"', i + 1)) open = open < 0 ? i : -1;
  if (open < 0) return undefined;
  const close = f.indexOf('"', at);
  return close < 0 ? undefined : { open, close };
}

/** Where the noun phrase a determiner "no" at f[at] governs ends: after the two words that follow it. */
function nounPhraseEnd(f: string, at: number): number {
  const words = /^\S+\s+\S+(?:\s+\S+)?/.exec(f.slice(at, at + 80));
  return at + (words ? words[0].length : 0);
}

function wordsIn(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/** Where a clause that ends at f[to] ends when an aside between spaced dashes interrupts it there ("Stalin never — whatever you may read — had …"). */
function pastAside(f: string, to: number): number {
  if (!f.startsWith(' -', to)) return to;
  const close = f.indexOf(' - ', to + 2);
  return close < 0 ? to : clauseEnd(f, close + 3);
}

/** Does sentence x hold a hit of the claim's own words starting in [from, to)? */
function ownHitIn(x: SentenceState, isOwn: (term: number) => boolean, from = 0, to = Infinity): boolean {
  for (let h = 0; h < x.hitCount; h++) if (x.hitStart[h]! >= from && x.hitStart[h]! < to && isOwn(x.hitTerm[h]!)) return true;
  return false;
}

function popcount(x: number): number {
  let c = 0;
  for (let v = x; v; v &= v - 1) c++;
  return c;
}
