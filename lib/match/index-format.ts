import * as z from 'zod/mini';
import { VERDICTS } from '../claims/verdicts';

/**
 * The matcher's compiled index, built once at build time from claims-db and
 * handed to the content script, the CLI and the benchmarks unchanged. Besides
 * the entries it holds the lookup structure itself as flat integer lists
 * (compressed-row: `starts[i] .. starts[i+1]-1` index into the list after it),
 * so loading it is copying arrays, not building objects. Plain JSON, because
 * extension messages are JSON.
 */
export const IndexEntry = z.object({
  id: z.string(),
  verdict: z.enum(VERDICTS),
  title: z.string(),
  /**
   * Number of required groups. The entry's slots are its groups, rarest first (the first two wake
   * it), then `any`, then `none`.
   */
  groups: z.number(),
  numbers: z.optional(z.object({ min: z.optional(z.number()), max: z.optional(z.number()), counts: z.string() })),
  negated: z.boolean(),
  /** A contrastive "not …" naming the claim's words is part of the claim ("… the SS, not the Wehrmacht"). */
  contrasted: z.optional(z.boolean()),
  /** Claims this one gives way to where they match the same text (`match.yields_to`). */
  yieldsTo: z.optional(z.array(z.string())),
  /** Statement and variants as written; folded when the entry first becomes a candidate. */
  variants: z.array(z.string()),
});
export type IndexEntry = z.infer<typeof IndexEntry>;

const ints = z.array(z.number());

export const MatcherIndex = z.object({
  version: z.literal(3),
  entries: z.array(IndexEntry),
  /** Dictionary terms, folded: "shot", "execut*" (a prefix), "in the ranks" (a phrase). Claims' terms and cue words alike. */
  terms: z.array(z.string()),
  /** The distinct words of all terms ("execut*" keeps its star), and each term's words as indices into them. */
  words: z.array(z.string()),
  termWordStarts: ints,
  termWords: ints,
  /** Per term, the cue kinds it signals as bits ({@link CUE_BIT}); 0 for a claim-only term. */
  cues: ints,
  /** Per slot (entries' slots one after another), where its terms start in `slotTerms`; one extra closing value. */
  slotStarts: ints,
  slotTerms: ints,
  /**
   * Per term, where the entries it wakes start in `wakes` (one extra closing value). A term in entry e's
   * first group appears as e × 2, in its second as e × 2 + 1.
   */
  wakeStarts: ints,
  wakes: ints,
});
export type MatcherIndex = z.infer<typeof MatcherIndex>;

export const MAX_GROUPS = 30;
/** Most words in one term: the scan remembers this many page words to read a phrase back from its last. */
export const MAX_TERM_WORDS = 8;

/** Cue kinds as bits of `cues`. */
export const CUE_BIT = { debunk: 1, negation: 2, attribution: 4, contrast: 8, correction: 16, reference: 32, denial: 64, endorsement: 128, ask: 256, affirmation: 512, retelling: 1024, figureReference: 2048, storyLead: 4096 } as const;
