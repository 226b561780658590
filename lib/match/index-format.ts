import * as z from 'zod/mini';
import { VERDICTS } from '../claims/verdicts';

/**
 * The matcher's compiled index, built once at build time from claims-db and
 * bundled with the content script; the page only turns it into lookup tables.
 * Plain JSON so it crosses the build/runtime boundary and the CLI unchanged.
 */
export const IndexEntry = z.object({
  id: z.string(),
  verdict: z.enum(VERDICTS),
  title: z.string(),
  /** Number of required groups; their slots are 0..groups-1. */
  groups: z.number(),
  /** The group the entry is looked up by: its rarest words, so common words do not wake it. */
  anchor: z.number(),
  numbers: z.optional(z.object({ min: z.optional(z.number()), max: z.optional(z.number()), counts: z.string() })),
  negated: z.boolean(),
  /** Statement and variants as written; folded when the entry first becomes a candidate. */
  variants: z.array(z.string()),
});
export type IndexEntry = z.infer<typeof IndexEntry>;

/** A dictionary term and who listens for it: entry refs are entry * 64 + slot; cue refs are negative. */
export const IndexTerm = z.object({ text: z.string(), refs: z.array(z.number()) });
export type IndexTerm = z.infer<typeof IndexTerm>;

export const MatcherIndex = z.object({
  version: z.literal(1),
  entries: z.array(IndexEntry),
  terms: z.array(IndexTerm),
});
export type MatcherIndex = z.infer<typeof MatcherIndex>;

/** Slots beyond the required groups. */
export const SLOT_ANY = 62;
export const SLOT_NONE = 63;
export const MAX_GROUPS = 30;
