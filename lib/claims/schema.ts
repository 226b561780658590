import { z } from 'zod';
import { VERDICTS } from './verdicts';

export { VERDICTS };
export const Verdict = z.enum(VERDICTS);
/** In YAML, a bare `verdict: false` is a boolean; read it as the verdict maintainers meant. */
const VerdictField = z.preprocess((v) => (v === false ? 'false' : v), Verdict);
export type Verdict = z.infer<typeof Verdict>;

/** Why a claim is dubious; maintainers pick the closest one. */
export const CATEGORIES = [
  'inflated-figure',
  'understated-figure',
  'fabricated',
  'misattributed-quote',
  'propaganda-origin',
  'out-of-context',
  'conflation',
  'unsupported',
  'denial',
] as const;
export const Category = z.enum(CATEGORIES);
export type Category = z.infer<typeof Category>;

/** Stable, URL-safe identifier: lowercase words joined by hyphens. */
export const ClaimId = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lowercase words joined by hyphens, e.g. "dresden-death-toll"');

const httpsUrl = z.url({ protocol: /^https$/, error: 'must be an https:// URL' });
const nonEmpty = z.string().trim().min(1, 'must not be empty');
/** A wording of the claim: a whole statement, which also catches one cut short by an unquoted " #" (a YAML comment). */
const Wording = nonEmpty.refine((s) => s.split(/\s+/).length >= 4, 'must be a whole statement of at least 4 words (quote it if it contains " #")');
const isoDate = z.iso.date({ error: 'must be a date written YYYY-MM-DD' });

/** A figure historians give, with who gives it. */
export const Figure = z.strictObject({
  /** Who gives the figure: a historian, commission or archive. */
  who: nonEmpty,
  /** The figure as a reader should see it, e.g. "363,000 confirmed deaths". */
  value: nonEmpty,
  /** Lowest and highest count, when the figure is a number; used to set the page's figure beside it. */
  low: z.number().nonnegative().optional(),
  high: z.number().nonnegative().optional(),
  /** Year the figure was published. */
  year: z.number().int().min(1900).max(2100).optional(),
  /** Caveats on the figure (what it counts, how it was reached). */
  note: z.string().optional(),
});
export type Figure = z.infer<typeof Figure>;

/** A structured citation. Only works whose existence was confirmed; never invented. */
export const Source = z.strictObject({
  author: z.string().optional(),
  title: nonEmpty,
  year: z.number().int().min(1800).max(2100).optional(),
  publisher: z.string().optional(),
  journal: z.string().optional(),
  pages: z.string().optional(),
  url: httpsUrl.optional(),
  /** What was actually read, e.g. "cited via Wikipedia; book not read". */
  note: z.string().optional(),
});
export type Source = z.infer<typeof Source>;

/** A shared word list of claims-db/lexicon.yaml, named in a match group as "$name". */
export const ConceptName = z.string().regex(/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/, 'must be lowercase words joined by hyphens, e.g. "german-soldiers"');
export const isConceptRef = (term: string) => term.startsWith('$');

/**
 * A term in a match group: a word ("shot"), a prefix ("execut*"), or a phrase of
 * such words ("red army", "human shield*"); or "$name", every term of a concept of
 * claims-db/lexicon.yaml. Matching is on normalised text (lowercase, no
 * diacritics), so terms are written that way.
 */
export const Term = z.preprocess((v) => (typeof v === 'number' ? String(v) : v), z
  .string()
  .regex(/^(?:[a-z0-9]+\*?(?: [a-z0-9]+\*?)*|\$[a-z][a-z0-9]*(?:-[a-z0-9]+)*)$/, 'must be lowercase words without diacritics, optionally ending in *, or a $concept of claims-db/lexicon.yaml')
  // The matcher looks words up by their first four letters, and shorter prefixes match too much anyway.
  .refine((t) => t.split(' ').every((w) => !w.endsWith('*') || w.length >= 5), 'a prefix (word*) needs at least 4 letters before the *'));

/** The figure range that makes a statement dubious; a quantity on the page must fall inside it. */
export const NumberRule = z
  .strictObject({
    /** Dubious when the page's figure is at least this. */
    min: z.number().nonnegative().optional(),
    /** Dubious when the page's figure is at most this. */
    max: z.number().nonnegative().optional(),
    /** What the number counts, shown next to the page's figure ("executed German POWs"). */
    counts: nonEmpty,
  })
  .refine((r) => r.min !== undefined || r.max !== undefined, 'needs "min" or "max"');
export type NumberRule = z.infer<typeof NumberRule>;

/** One shape of sentence the claim is made in. */
const RuleShape = {
  /** Every group must have at least one term in the sentence (or in two adjacent short sentences). */
  all: z.array(z.array(Term).min(1)).min(2, 'needs at least two groups, or the claim fires on single words'),
  /** Terms that make a match more certain but are not required. */
  any: z.array(Term).default([]),
  /** Terms that, when present, mean the sentence is about something else. */
  none: z.array(Term).default([]),
  /** Figures that make the statement dubious; a sentence without such a figure does not match. */
  numbers: NumberRule.optional(),
};

/** How the matcher recognises the claim in running text, in any wording. */
export const MatchRule = z.strictObject({
  ...RuleShape,
  /**
   * Other shapes the same claim is made in, each matched on its own ("Soviet POWs fared no worse than
   * German POWs" beside "only 300,000 Soviet POWs died"); `negated` holds for all of them.
   */
  also: z.array(z.strictObject(RuleShape)).optional(),
  /** The claim is itself a negative statement ("not known until...", "there are no POWs"), so negation words do not mean it is being denied. */
  negated: z.boolean().default(false),
  /**
   * The claim sets itself against an alternative it denies ("the crimes were the SS's, not the Wehrmacht's"),
   * so a "not …" after a clause break that names the claim's own words is part of the claim, not its denial.
   */
  contrasted: z.boolean().optional(),
  /**
   * Claims that say more about the same sentence: where one of them matches it too, this claim gives way
   * ("… nach der Kapitulation an die Wand gestellt" is the Stalingrad claim when the 6th Army is named).
   */
  yields_to: z.array(ClaimId).optional(),
});
export type MatchRule = z.infer<typeof MatchRule>;

/** One claims-db source file: one dubious claim and its historiography. */
export const Claim = z.strictObject({
  id: ClaimId,
  /** Short title for lists. */
  title: nonEmpty.max(120),
  verdict: VerdictField,
  category: Category,
  /** The dubious claim in its canonical wording. */
  statement: nonEmpty,
  /** Common wordings of the claim, by language. */
  variants: z.strictObject({ en: z.array(Wording).min(1), de: z.array(Wording).default([]) }),
  /** One paragraph for the popover. */
  summary: nonEmpty.max(320, 'must be at most 320 characters: it is the popover summary'),
  /** German summary for German readers, when written. */
  summary_de: nonEmpty.max(320).optional(),
  /** The longer historiographical context for the library page. */
  context: nonEmpty,
  /** What historians found, with who found it. */
  figures: z.array(Figure).default([]),
  /** Where the claim comes from, when known. */
  origin: z.string().optional(),
  sources: z.array(Source).min(1, 'needs at least one source'),
  related: z.array(ClaimId).default([]),
  /** The day a maintainer last checked the entry against its sources. */
  reviewed: isoDate,
  match: MatchRule,
  /** The entry's own test sentences. */
  examples: z.strictObject({
    /** Sentences the matcher must highlight as this claim. */
    flag: z.array(nonEmpty).min(8, 'needs at least 8 sentences that must be flagged'),
    /** Sentences that must not be highlighted as any claim (accurate statements, debunkings). */
    pass: z.array(nonEmpty).min(5, 'needs at least 5 sentences that must not be flagged'),
  }),
});
export type Claim = z.infer<typeof Claim>;
export type ClaimInput = z.input<typeof Claim>;

/** Accurate statements of the fact sheet (NO-FLAG and INFO) that no entry may highlight. */
export const AccurateSet = z.strictObject({
  /** Fact-sheet topic, e.g. "german-pows-forced-labour". */
  topic: ClaimId,
  note: z.string().optional(),
  examples: z.array(nonEmpty).min(5),
});
export type AccurateSet = z.infer<typeof AccurateSet>;
