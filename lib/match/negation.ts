import { findQuantities } from '../text/quantities';
import { ADDS, clauseEnd, clauseStart, contrastiveScopeEnd } from './sentence';
import type { SentenceState } from './sentence-state';

// How the judge reads a negation near a claim's words: whether it denies the claim, or something else (an
// alternative, the claim's subject, a doubt, a purpose clause, the quoted words). See README, "Debunking and reporting".

/** A negation that is a determiner ("no roof", "keine Belege"), not a verb's ("did not", "never"). */
const DETERMINER = /^(?:no|kein[a-z]*) [a-z]/;

/** "No (documented) evidence", "no basis", "keine Belege": a determiner that denies the claim's support. */
export const EVIDENCE = /\b(?:evidence|proof|basis|sources?|records?|documents?|documented|documentation|cases?|instances?|traces?|belege?|beweis\w*|quellen?|nachweis\w*|grundlage)\b/;

/** Negations that affirm: "nothing less than death camps", "no fewer than 1.5 million", "nichts anderes als Todeslager". */
const AFFIRMS = /^(?:nothing (?:less|short|other|else|but)|none other|no less|no fewer|not less|not fewer|nichts (?:anderes|weniger|als)|nicht weniger|kein anderer|keine anderen?)\b/;

/** A "no more" that caps the figure before it states that figure: "… ein paar Hunderttausend gestorben, mehr nicht." */
const CAPS_BEFORE = /\bmehr $/;
const CAPS = /^nicht\s*(?:[.,;!]|$)/;

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

/** The secret-knowledge lead asserts: "What people don't know is that …", "Was viele nicht wissen: …". */
const FEW_KNOW_BEFORE = /\b(?:what (?:people|most people|many|many people|most|you)|was (?:viele|die meisten|kaum einer|man)) $/;
const FEW_KNOW = /^(?:don.t|do not|nicht) (?:know|realise|realize|wissen)\b/;

/** "No reason not to believe him", "keinen Grund, ihm nicht zu glauben": two negations that endorse. */
const NO_REASON_NOT = /^(?:no|kein\w*) (?:reason|grund|anlass)\b[^.;:!?]{0,24}?\b(?:not|nicht) (?:to |zu )?(?:believe|trust|glauben|trauen|zweifeln)/;
const NO_REASON_BEFORE = /\b(?:no|kein\w*) (?:reason|grund|anlass)\b[^.;:!?]{0,24}$/;

/** Taking no prisoners is killing them: "took no prisoners", "da wollte keiner mehr Gefangene machen", "machten keine Gefangenen". */
const NO_PRISONERS = /^(?:no prisoners|keine gefangenen|kein\w* (?:\S+ ){0,2}gefangenen? (?:mehr )?(?:mach|gemacht|genommen)|nicht mehr gefangen genommen)/;
const TAKE_BEFORE = /(?:took|take|takes|taking|machten|macht|machen|nahmen) $/;

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

/** A negation after the claim's words denies them only this few words into its clause. */
const TRAILING_LEAD = 4;

/** Is the negation between `before` and `after` one of the turns of phrase that do not deny (see the patterns above)? */
function idiomatic(before: string, after: string): boolean {
  return (
    (NO_PRISONERS.test(after) && (TAKE_BEFORE.test(before) || !after.startsWith('no '))) ||
    AFFIRMS.test(after) ||
    (CAPS_BEFORE.test(before) && CAPS.test(after)) ||
    SILENCE.test(after) ||
    TEXTBOOK.test(after) ||
    DOUBT_DENIED.test(after) ||
    NO_REASON_NOT.test(after) ||
    NO_REASON_BEFORE.test(before) ||
    (FEW_KNOW_BEFORE.test(before) && FEW_KNOW.test(after)) ||
    SCALES.test(before) ||
    RELATIVE.test(before)
  );
}

/**
 * Does a negation in sentence x deny the claim? Not when it is part of the claim's own words ("no
 * evidence" in a claim about evidence); not when it only denies an alternative after a clause break
 * ("It was the Nazis who shot them at Katyn, not the NKVD") unless the claim's words are that
 * alternative ("The NKVD shot them, not the Germans"); not when it stands in a clause of its own before
 * the claim ("For them the war was not over: practically all were deported…"), nor when a determiner
 * "no" denies a noun that is not the claim's ("… with no roof and no food", "had no qualms about …").
 */
export function negates(f: string, x: SentenceState, isOwn: (term: number) => boolean, contrasted: boolean): boolean {
  for (let i = 0; i < x.negationCount; i++) {
    const at = x.negations[i]!;
    const before = f.slice(Math.max(x.start, at - 24), at);
    const after = f.slice(at, at + 64);
    if (x.insideHit(at, isOwn) || idiomatic(before, after) || (COVER_UP.test(after) && !ownHitIn(x, isOwn, at, clauseEnd(f, at)))) continue;
    // A negation inside a quotation speaks for the quoted words, not for the writer's own around it: '"We have no
    // prisoners of war, only traitors" - Stalin said it, and he meant it: virtually all of the POWs who came home …
    // were shipped off to the Gulag.' (but '"No German POWs were shot," he said.' denies).
    const quote = quotationAround(f, x.start, at);
    if (quote && (ownHitIn(x, isOwn, 0, quote.open) || ownHitIn(x, isOwn, quote.close))) continue;
    // A quotation of the claim that a negation judges denies it: '"They all went to the Gulag" is not what the numbers say'
    // (not '… is no myth').
    if (at !== x.deniedDebunkAt && judgesQuotation(f, x, isOwn, at)) return true;
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

/** The inline quotation f[open, close] (its quote marks) that f[at] stands in, when one opened after `from` and closes after it. */
function quotationAround(f: string, from: number, at: number): { open: number; close: number } | undefined {
  let open = -1;
  for (let i = f.indexOf('"', from); i >= 0 && i < at; i = f.indexOf('"', i + 1)) open = open < 0 ? i : -1;
  if (open < 0) return undefined;
  const close = f.indexOf('"', at);
  return close < 0 ? undefined : { open, close };
}

/** Between a closing quote and a negation that judges what it quotes: '" is not', '" was never', '" ist nicht'. */
const AFTER_QUOTE = /"\s*(?:is|was|are|were|ist|war|sind|waren)?\s*$/;

/** Is the negation at f[at] said of a quotation just before it that holds the claim's own words? */
function judgesQuotation(f: string, x: SentenceState, isOwn: (term: number) => boolean, at: number): boolean {
  const lead = AFTER_QUOTE.exec(f.slice(Math.max(x.start, at - 12), at));
  if (!lead) return false;
  const close = at - lead[0].length;
  const open = f.lastIndexOf('"', close - 1);
  return open >= x.start && ownHitIn(x, isOwn, open, close);
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
export function ownHitIn(x: SentenceState, isOwn: (term: number) => boolean, from = 0, to = Infinity): boolean {
  for (let h = 0; h < x.hitCount; h++) if (x.hitStart[h]! >= from && x.hitStart[h]! < to && isOwn(x.hitTerm[h]!)) return true;
  return false;
}
