import { grow } from './grow';
import { CUE_BIT } from './index-format';
import { contrastiveScopeEnd, setAside, setAsideEnd } from './sentence';

/** A debunking word this few letters after a negation is denied by it ("not a conspiracy theory", "isn't a myth"). */
const NEGATED_CUE_REACH = 10;

/** Hearsay nobody hears is the writer's own news: "hört man in keiner Doku", "liest man nirgends". */
const UNHEARD = /^\S+(?: \S+){0,2}? (?:in keine[rm]?|nirgends|nirgendwo|nie|niemals|never|nowhere|in no)\b/;

/**
 * What the scan learnt about one sentence. Two of these are reused in turn
 * (this sentence and the one before), so reading a page allocates nothing per
 * sentence or per word.
 */
export class SentenceState {
  /** Running number: terms are stamped with it, so "seen in this sentence" is one comparison. */
  no = 0;
  start = 0;
  words = 0;
  /** Where its debunking cues start: one that is a claim's own word ("… werden maßlos übertrieben") is the claim. */
  debunks = new Int32Array(4);
  debunkCount = 0;
  /** "… but nobody has found it": a denial after a contrast, even of a claim that is itself negative. */
  denial = false;
  attribution = false;
  /** Where its first attribution cue starts, and its last contrast after the opening words (-1: none). */
  attributionAt = -1;
  contrastAt = -1;
  /** The writer endorses what the sentence reports: it is then not attributed. */
  endorsed = false;
  /** It opens by endorsing what came before ("Genau so war es.", "Exactly."). */
  endorsedLead = false;
  contrast = false;
  /** A contrast cue opens the sentence ("But historians showed..."). */
  contrastLead = false;
  /** A negation opens the sentence ("No.", "Not that anyone can document."). */
  negationLead = false;
  /** It says it gives the real figure ("The real number …", "Historians estimate …"). */
  correction = false;
  /** The number of the last contrast word ("but", "yet") in the sentence, or -1. */
  contrastWord = -1;
  /** A claim matched in it: its debunking cues, if any, are that claim's own words ("… gets massively inflated"). */
  asserts = false;
  /** Its first word is a label ("Q:", "A:", "F:"). */
  labelled = false;
  /** How many words came before its last colon (-1: none): the word after a colon opens a clause of its own. */
  colonAfter = -1;
  /** It announces someone's account, which the next sentence gives ("They all told the same story."). */
  leadsStory = false;
  /** The negation that denied a debunking cue just after it ("… is no myth"), which affirms. */
  deniedDebunkAt = -1;
  /** It opens like a yes-or-no question ("Were …", "Did …", "War …"), after a label or a colon at most ("Serious question: did …?"). */
  asks = false;
  /** It opens by saying yes ("Yes, and …", "A: Ja."). */
  affirmsLead = false;
  /** It speaks of a claim as a claim ("that line", "diese Zahl"). */
  retells = false;
  /** It points back to a figure named before ("That's how many …", "So viele …"). */
  figureRef = false;
  /** It opens with "as"/"wie" ("As my grandfather used to say, …"): what it reports, it endorses. */
  asLead = false;
  /** It opens with a quotation mark (after a label at most). */
  opensQuote = false;
  /** It is a line of a quoted post ("> all of them went to the Gulag"). */
  quoted = false;
  /** It ended with a question mark. */
  question = false;
  /** It points back to something named before ("they", "those", "dort"). */
  reference = false;
  /** Entries whose anchor group occurred. */
  touched = new Int32Array(32);
  touchedCount = 0;
  /** Claim-term hits: term, start, end (cue-only terms are not kept). */
  hitTerm = new Int32Array(32);
  hitStart = new Int32Array(32);
  hitEnd = new Int32Array(32);
  hitCount = 0;
  negations = new Int32Array(8);
  negationCount = 0;

  reset(no: number, start: number): void {
    this.no = no;
    this.start = start;
    this.words = this.touchedCount = this.hitCount = this.negationCount = this.debunkCount = 0;
    this.contrastWord = this.attributionAt = this.contrastAt = this.colonAfter = this.deniedDebunkAt = -1;
    this.denial = this.asserts = this.labelled = this.asks = this.affirmsLead = this.retells = this.attribution = this.endorsed = this.endorsedLead = this.contrast = this.contrastLead = this.negationLead = this.correction = this.question = this.reference = this.quoted = this.figureRef = this.asLead = this.opensQuote = this.leadsStory = false;
  }

  touch(e: number): void {
    this.touched = grow(this.touched, this.touchedCount + 1);
    this.touched[this.touchedCount++] = e;
  }

  hit(term: number, start: number, end: number): void {
    const n = this.hitCount + 1;
    if (n > this.hitTerm.length) {
      this.hitTerm = grow(this.hitTerm, n);
      this.hitStart = grow(this.hitStart, n);
      this.hitEnd = grow(this.hitEnd, n);
    }
    this.hitTerm[this.hitCount] = term;
    this.hitStart[this.hitCount] = start;
    this.hitEnd[this.hitCount] = end;
    this.hitCount = n;
  }

  /** A cue word (its {@link CUE_BIT} bits) read at f[start], the sentence's word number `words` so far. */
  cue(bits: number, start: number, f: string): void {
    if (bits & CUE_BIT.debunk) {
      if (this.negatedJustBefore(f, start)) this.deniedDebunkAt = this.negations[this.negationCount - 1]!;
      else {
        this.debunks = grow(this.debunks, this.debunkCount + 1);
        this.debunks[this.debunkCount++] = start;
      }
    }
    if (bits & CUE_BIT.negation) {
      this.negation(start);
      if (this.words <= 2) this.negationLead = true;
    }
    // "… but nobody has ever found a source": a denial also counts right after a contrast.
    if (bits & CUE_BIT.contrast) this.contrastWord = this.words;
    if (bits & CUE_BIT.denial && (this.words === 0 || this.contrastWord === this.words - 1)) {
      this.negation(start);
      if (this.words === 0) this.negationLead = true;
      else this.denial = true;
    }
    if (bits & CUE_BIT.correction) this.correction = true;
    const opens = this.words === 0 || this.words === this.colonAfter;
    if (bits & CUE_BIT.ask && opens) this.asks = true;
    if (bits & CUE_BIT.affirmation && opens) this.affirmsLead = true;
    if (bits & CUE_BIT.retelling) this.retells = true;
    if (bits & CUE_BIT.storyLead) this.leadsStory = true;
    if (bits & CUE_BIT.reference) this.reference = true;
    if (bits & CUE_BIT.figureReference) this.figureRef = true;
    // "Kell is right to insist …", "Agreed.": the writer takes the reported claim as their own.
    if (bits & CUE_BIT.endorsement) {
      this.endorsed = true;
      if (this.words <= 1) this.endorsedLead = true;
      this.attribution = false;
    }
    if (bits & CUE_BIT.attribution && !this.endorsed && !this.asLead) this.attributed(start);
    if (bits & CUE_BIT.contrast) {
      if (this.words <= 2) this.contrastLead = true;
      else {
        this.contrast = true;
        this.contrastAt = start;
      }
    }
  }

  /**
   * Does it attribute the claim, not only a view it denies ("… in the low hundreds of thousands, not remotely the
   * 'millions' this exhibition claims")?
   */
  attributesClaim(f: string): boolean {
    return this.attribution && !this.deniesAlternativeAt(f, this.attributionAt) && !UNHEARD.test(f.slice(this.attributionAt, this.attributionAt + 40));
  }

  attributed(at: number): void {
    if (!this.attribution) this.attributionAt = at;
    this.attribution = true;
  }

  /**
   * Does it report someone's view only to set the writer's own against it, after a contrast that none of
   * the claim's words (those `own` accepts) precede? "People like to blame typhus, but the NKVD executed
   * them": the claim is the writer's. Not "Bacque claimed a million died, but historians showed …".
   */
  reportsAlternative(own: (term: number) => boolean): boolean {
    if (!this.attribution || !this.contrast || this.attributionAt > this.contrastAt) return false;
    for (let i = 0; i < this.hitCount; i++) if (this.hitStart[i]! < this.contrastAt && own(this.hitTerm[i]!)) return false;
    return true;
  }

  /** Is f[at] in the reported view a contrast sets the writer's claim against (see {@link reportsAlternative})? */
  inReportedAlternative(at: number): boolean {
    return this.attribution && this.contrast && this.attributionAt <= at && at < this.contrastAt;
  }

  negation(at: number): void {
    this.negations = grow(this.negations, this.negationCount + 1);
    this.negations[this.negationCount++] = at;
  }

  /** It is only a label on a line of its own ("Antwort:", "A:"), like a blank line between a question and its answer. */
  get labelOnly(): boolean {
    return this.labelled && this.words === 1;
  }

  /**
   * Was the word at f[start] negated a few letters before, within its clause? A denied debunking affirms: "That's
   * not a conspiracy theory", "kein Märchen", "Not a legend at all".
   */
  private negatedJustBefore(f: string, start: number): boolean {
    if (!this.negationCount) return false;
    const at = this.negations[this.negationCount - 1]!;
    if (at >= start || start - at > NEGATED_CUE_REACH) return false;
    for (let i = at; i < start; i++) if (',;:.!?'.includes(f[i]!)) return false;
    return true;
  }

  /** Does it hold a debunking cue? */
  get debunk(): boolean {
    return this.debunkCount > 0;
  }

  /** Does a debunking cue outside the words that `own` accepts occur? */
  debunksOutside(own: (term: number) => boolean): boolean {
    for (let i = 0; i < this.debunkCount; i++) if (!this.insideHit(this.debunks[i]!, own)) return true;
    return false;
  }

  /** Is f[at] inside the scope of one of this sentence's contrastive negations (", not the NKVD")? */
  deniesAlternativeAt(f: string, at: number): boolean {
    for (let i = 0; i < this.negationCount; i++) {
      const p = this.negations[i]!;
      if (p < at && at < contrastiveScopeEnd(f, p)) return true;
    }
    return false;
  }

  /**
   * Is a claim's exclusion at f[at, end) no exclusion in this sentence? Not when a negation sets it aside
   * ("…at Katyn, not the NKVD", "kein Exzess einzelner Einheiten, sondern …"), when its clause sets it aside ("Rather than treating them as
   * labour, …", "…, most of them around Kiev"), when it is the view the writer rejects ("People like to blame
   * typhus, but …"), or when a longer phrase of the claim's own (`own`) covers it ("nie nach Hause").
   */
  excuses(f: string, at: number, end: number, own: (term: number) => boolean): boolean {
    return this.setsAsideAt(f, at) || setAside(f, this.start, at) || this.inReportedAlternative(at) || this.coversLonger(at, end, own);
  }

  /** Does one of its negations set f[at] aside ({@link setAsideEnd})? */
  private setsAsideAt(f: string, at: number): boolean {
    for (let i = 0; i < this.negationCount; i++) {
      const p = this.negations[i]!;
      if (p < at && at < setAsideEnd(f, p)) return true;
    }
    return false;
  }

  /** Does a hit that `keep` accepts, longer than f[start, end), cover it? */
  coversLonger(start: number, end: number, keep: (term: number) => boolean): boolean {
    for (let i = 0; i < this.hitCount; i++) {
      const s = this.hitStart[i]!;
      const e = this.hitEnd[i]!;
      if (s <= start && e >= end && e - s > end - start && keep(this.hitTerm[i]!)) return true;
    }
    return false;
  }

  /** The claim words that f[at] lies inside. */
  termsAt(at: number): number[] {
    const out: number[] = [];
    for (let i = 0; i < this.hitCount; i++) if (at >= this.hitStart[i]! && at < this.hitEnd[i]!) out.push(this.hitTerm[i]!);
    return out;
  }

  /** Is the position inside one of the hits that `keep` accepts? */
  insideHit(at: number, keep: (term: number) => boolean): boolean {
    for (let i = 0; i < this.hitCount; i++) if (at >= this.hitStart[i]! && at < this.hitEnd[i]! && keep(this.hitTerm[i]!)) return true;
    return false;
  }
}
