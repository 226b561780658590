import { findQuantities } from '../text/quantities';
import { EVIDENCE } from './negation';
import type { IndexEntry } from './index-format';
import { TITLE_WORDS } from './paragraph';
import type { SentenceState } from './sentence-state';
import type { Match } from './types';


/** How the match's sentence put the claim. */
export interface Framing {
  /** It attributed the claim ("Bacque claimed …"). */
  attributed: boolean;
  /** It asked ("Were the Rheinwiesen camps death camps?"). */
  question: boolean;
  /** It asked yes or no ("Were German prisoners really used as human shields?"): it stands only when the answer says yes. */
  yesNo: boolean;
  /** It answered the question before it ("How many …? I keep seeing 'at least 1.5 million'."), so a reply may still debunk it. */
  answers: boolean;
  /** The figures that make the claim dubious, when it names them. */
  numbers: IndexEntry['numbers'];
}

interface Waiting extends Framing {
  m: Match;
  /** Its entry. */
  e: number;
  /** The paragraph it is in (its first sentence's number). */
  block: number;
  /** Its sentence was a title line. */
  title: boolean;
  /** Sentences after the next one it still waits for (an attributed or asked claim only). */
  later: number;
  /** The next sentence has come and kept it. */
  seen?: boolean;
  /** The paragraph after its own that it waits on into (an attributed claim only). */
  into?: number;
  /**
   * A post's author line or action bar came after it: what follows is a reply by someone else. `replied`: that
   * reply has begun.
   */
  crossed?: boolean;
  replied?: boolean;
}

/**
 * An attributed or asked claim may be answered a few sentences on, in the same paragraph ("My grandfather
 * believed … He had been at Bad Kreuznach. But when I dug into it, historians …").
 */
const FRAMED_REACH = 3;
/** The most words of a commenter's name on a line of its own, under a post's action bar. */
const NAME_WORDS = 3;
/** A reply this short that opens with "but" or "no" answers the claim before it without naming it ("No, that never happened."). */
const SHORT_REPLY = 8;

/**
 * Matches wait for the next sentence with words, which drops them when
 *  - it debunks ("… That figure is a myth."), in the same paragraph, under a
 *    title line that named the claim ("The 'clean' Wehrmacht" / "The idea … is false."),
 *    or on the line after a question or a quoted post ("> … " / "That one is nonsense.");
 *  - the claim was asked about or attributed and it opens with a contrast or a
 *    negation, even on the next line ("Were they death camps?" / "A: No.");
 *  - in the same paragraph: it negates the claim's own words ("… It was not a
 *    mass defection."), or negates or contrasts anywhere after an attribution
 *    ("Bacque accused … The book sold well, but historians took it apart."), or
 *    gives a figure outside the claim's dubious range while correcting ("The
 *    real number … is about 5.7 million.") or answering an attribution or question;
 *  - the claim was asked about or attributed and it names what the claim excludes
 *    ("… the official line was that the Germans did it. Moscow admitted that the NKVD had.");
 * but never when it opens by agreeing ("Exactly.", "Genau so war es."), and a sentence
 * that states a claim of its own does not debunk. A yes-or-no question stands only
 * when the next sentence says yes. An attributed or asked claim (also one the next
 * sentence attributes after the fact) waits on through {@link FRAMED_REACH} more
 * sentences of its paragraph (an attributed one also into the next paragraph), and
 * one of them drops it when it debunks, opens with "but" or a negation, names what
 * the claim excludes, or names the claim with a figure outside its range.
 */
export class PendingMatches {
  private waiting: Waiting[] = [];
  /**
   * Settled matches of the paragraph the scan is in: should a post's author line or action bar follow it,
   * they wait again for what the reply says.
   */
  private parked: Waiting[] = [];
  /** The paragraph the parked matches were settled in. */
  private parkedIn = -1;

  constructor(
    private readonly text: string,
    /**
     * What sentence s does with entry e's words: deny its own ("… That was not a mass defection."), name them
     * at all, or name what the entry excludes ("… the official line was that the Germans did it. Moscow
     * admitted in 1990 that the NKVD had.").
     */
    private readonly own: { denies(e: number, s: SentenceState): boolean; names(e: number, s: SentenceState): boolean; excludes(e: number, s: SentenceState): boolean },
  ) {}

  get size(): number {
    return this.waiting.length;
  }

  /** The entry of each match added since the wait held `from` of them. */
  entriesSince(from: number): number[] {
    return this.waiting.slice(from).map((w) => w.e);
  }

  add(m: Match, e: number, framing: Framing, block: number): void {
    this.waiting.push({ m, e, ...framing, block, title: false, later: framing.attributed || framing.question ? FRAMED_REACH : 0 });
  }

  /**
   * Sentence s (ending at `end`, of the paragraph starting at `block`; `blockEnd` when it ended the
   * paragraph, `titleLine` when that paragraph was a title line whose topic goes on under it, `postHeader`
   * when it was a post's author line or action bar) is over: the matches before it are settled into `out`,
   * its own wait for the next one.
   */
  settle(s: SentenceState, end: number, block: number, blockEnd: boolean, titleLine: boolean, postHeader: boolean, out: Match[]): void {
    // Only a sentence with words is "the next sentence" (not the blank lines between a heading and its text).
    if (!s.words) return;
    if (postHeader) {
      // A reply answers the post right above it, not the ones before that.
      const waiting: Waiting[] = [];
      for (const w of [...this.waiting, ...this.parked]) {
        if (w.m.end > s.start || !w.replied) waiting.push(w);
        else if (!unanswered(w)) out.push(w.m);
        if (w.m.end <= s.start) w.crossed = true;
      }
      this.waiting = waiting;
      this.parked = [];
      return;
    }
    if (this.parked.length && this.parkedIn !== block) {
      for (const w of this.parked) out.push(w.m);
      this.parked = [];
    }
    if (!this.waiting.length) return;
    let figures: readonly number[] | undefined;
    const figuresOf = () => (figures ??= findQuantities(this.text.slice(s.start, end)).map((q) => q.high));
    let lower: string | undefined;
    const textOf = () => (lower ??= this.text.slice(s.start, end).toLowerCase());
    const keep: Waiting[] = [];
    for (const w of this.waiting) {
      if (w.m.end > s.start) {
        w.title = blockEnd && s.no === block && s.words <= TITLE_WORDS;
        keep.push(w);
        continue;
      }
      // The commenter's name on a line of its own ("Ulla K.") still heads the reply.
      if (w.crossed && !w.replied && blockEnd && s.no === block && s.words <= NAME_WORDS) {
        keep.push(w);
        continue;
      }
      if (w.crossed && !w.replied && !unanswered(w)) {
        // The first paragraph of a reply may correct the post above it ("mike_d · 1 year ago / At least 1.5 million … /
        // Reply / Irina S. · 1 year ago / The usual figure is about 5.7 million …").
        w.seen = w.replied = true;
        w.into = block;
        w.later = FRAMED_REACH;
      }
      if (w.seen) {
        // An attributed claim is often rebutted in the next paragraph ("My uncle insists … I finally sat down with
        // the numbers." / "He's wrong. …"): it waits on into that one, from its first sentence.
        if (w.attributed && w.into === undefined && w.block !== block && s.no === block) w.into = block;
        const rebuttable = w.block === block || w.into === block;
        if (!rebuttable || !this.answersLater(w, s, figuresOf, textOf)) {
          // A title line ("Quote · @dr_archivmaus") does not end the wait: the rebuttal is in the text under it.
          if (rebuttable && --w.later > 0 && (!blockEnd || titleLine || (w.attributed && w.into === undefined))) keep.push(w);
          else this.parked.push(w);
        }
      } else if (w.yesNo && !s.affirmsLead) {
        // asked and not answered yes: not the writer's claim
      } else if (!this.drops(w, s, block, figuresOf)) {
        w.seen = true;
        // Reported after the fact ("'There are no Soviet POWs, only traitors.' You'll find that line under Stalin's
        // name …"; not "According to the regimental history, 19,270 men …").
        if (s.retells && !w.attributed && w.block === block) {
          w.attributed = true;
          w.later = FRAMED_REACH;
        }
        // Agreed with ("Genau so war es.") or answered yes ("Q: Was Katyn really a German crime? / Yes. …"): the
        // writer's own claim from here on.
        const owned = s.endorsedLead || (w.yesNo && s.affirmsLead);
        // An attributed claim that ended its paragraph waits on into the next one too ("'…' / You'll find this line
        // on plenty of trivia sites. It doesn't hold up.").
        if (w.attributed && w.block !== block && s.no === block && w.into === undefined) w.into = block;
        if (w.later > 0 && !owned && (w.block === block || w.into === block) && (!blockEnd || w.attributed)) keep.push(w);
        else this.parked.push(w);
      }
    }
    this.waiting = keep;
    if (this.parked.length) this.parkedIn = block;
  }

  /** The text ended: nothing follows to drop what still waits. */
  flush(out: Match[]): void {
    for (const w of this.waiting) if (!unanswered(w)) out.push(w.m);
    for (const w of this.parked) out.push(w.m);
    this.waiting = [];
    this.parked = [];
  }

  /** A later sentence of the paragraph drops an attributed or asked claim when it debunks, opens with "but" or "no", or names the alternative. */
  private answersLater(w: Waiting, s: SentenceState, figuresOf: () => readonly number[], textOf: () => string): boolean {
    if (s.endorsedLead && !s.negationCount) return false;
    // Opening with "but" or "no" answers it in a short reply, or one that speaks of the claim or of its evidence ("No.
    // …", "Nobody has produced a document …"): "Nobody expected the rain to hold, yet it held for three days" does not.
    const opensAgainst = w.crossed
      ? // A reply under the post: "@Irina S. Not quite.", "Dafür gibt es keine Quelle.", "… but there's no documentation for it.",
        // "They recruited them for propaganda, not for combat units." (a denial beside what the claim excludes)
        REPLY_DISAGREES.test(textOf()) || (s.negationCount > 0 && (EVIDENCE.test(textOf()) || (NOT_THAT.test(textOf()) && this.own.excludes(w.e, s))))
      : (s.contrastLead || s.negationLead) && (s.words <= SHORT_REPLY || this.own.names(w.e, s) || EVIDENCE.test(textOf()));
    // What another person's post names is not an answer to this one: only what corrects it is.
    if (debunksBefore(s) || opensAgainst || (!w.crossed && this.own.excludes(w.e, s))) return true;
    // "… Deaths in the Rhine meadow camps run to a few thousand, not hundreds of thousands."
    return !!w.numbers && this.own.names(w.e, s) && this.outside(w.numbers, figuresOf());
  }

  /** Does one of the figures lie outside the claim's dubious range? */
  private outside({ min = -Infinity, max = Infinity }: NonNullable<Framing['numbers']>, figures: readonly number[]): boolean {
    return figures.some((x) => x < min || x > max);
  }

  private drops(w: Waiting, s: SentenceState, block: number, figuresOf: () => readonly number[]): boolean {
    // A reply that quotes the claim and agrees ("Genau so war es.") makes it the writer's own.
    if (s.endorsedLead && !s.negationCount) return false;
    // A question or a quoted post is answered right after it, often on the next line ("Q: … ?" / "A: No.").
    const framed = w.attributed || w.question;
    if (debunksBefore(s) && (w.block === block || w.title || framed || w.answers)) return true;
    // "People today don't believe it, but this was standard practice": the doubters are overruled, not the claim.
    if (s.contrast && DOUBTERS_OVERRULED.test(this.text.slice(s.start, s.contrastAt))) return false;
    if (framed && (s.contrastLead || s.negationLead)) return true;
    // The answer names what the claim excludes, often on the next line ("F: … eine Million Mann?" / "A: … Hilfswillige, Osttruppen …").
    if (framed && (w.block === block || w.question || w.answers) && this.own.excludes(w.e, s)) return true;
    if (w.block !== block) return false;
    // "Bacque accused Eisenhower of … The book caused a sensation, but historians took it apart."
    if (w.attributed && s.contrast) return true;
    // Not a sentence that states a claim of its own, its negation part of it ("… Proportionally that's no worse than …").
    if (s.negationCount && (w.attributed || (this.own.denies(w.e, s) && !s.asserts))) return true;
    // A figure answering a question or an attribution must be about the same thing ("… deaths were in the low thousands").
    const answered = framed && this.own.names(w.e, s);
    if (!(s.correction || s.contrastLead || answered)) return false;
    // A claim without figures of its own is answered by any ("Manche behaupten … Von 5,7 Millionen starben 3,3 Millionen.").
    if (!w.numbers) return answered && figuresOf().length > 0;
    return this.outside(w.numbers, figuresOf());
  }
}

/** Others' disbelief, set up for a "but" that answers it ("people don't believe it but …", "das glaubt heute keiner, aber …"). */
const DOUBTERS_OVERRULED = /\b(?:don.?t|do not|doesn.?t|does not|didn.?t|did not|won.?t|will not|never|nobody|no one|nicht|niemand|keiner)\b[^.!?]{0,30}\b(?:believe\w*|accept\w*|glaub\w*|wahrhaben)\b[^.!?]*$/i;

/**
 * A reply that opens by disagreeing, after any @mention: "@Irina S. Not quite.", "Nope, …", "Nein." (not "No
 * wonder …", "Never thought about it that way").
 */
const REPLY_DISAGREES = /^\s*(?:@[\w.-]+(?:\s+\p{L}\.)?[,:]?\s*)*(?:no|nope|nah|nein|wrong|false|falsch|not quite|not true|not really|not so|not even close|(?:das )?stimmt (?:so )?nicht|that[’']?s (?:not true|not right|wrong|false|nonsense|a myth)|quatsch|unsinn|nonsense|rubbish)\s*(?:[.,!;:\u2013\u2014-]|$)/u;

/** A denial after a clause break that sets one thing against another: "…, not for combat units", "…, nicht an der Front". */
const NOT_THAT = /[,;]\s*(?:and\s+|und\s+)?(?:not|nicht)\b/;

/** A yes-or-no question no sentence has answered yet: it is not the writer's claim. */
const unanswered = (w: Waiting) => w.yesNo && !w.seen;

/** Does sentence s debunk what came before? Not when it states a claim of its own ("… And the death toll gets inflated: …"). */
function debunksBefore(s: SentenceState): boolean {
  return s.debunk && !s.asserts;
}
