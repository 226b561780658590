import { z } from 'zod/mini';
import { VERDICTS } from './claims/verdicts';

/** A highlight as the popup lists it. */
export const HighlightSummary = z.object({
  id: z.number(),
  claim: z.string(),
  title: z.string(),
  verdict: z.enum(VERDICTS),
  quote: z.string(),
});
export type HighlightSummary = z.infer<typeof HighlightSummary>;

/** What a tab's content script reports about itself. */
export const TabState = z.object({
  hostname: z.string(),
  enabled: z.boolean(),
  highlights: z.array(HighlightSummary),
  /** Set when a step failed and Caveat fell back to showing nothing. */
  error: z.optional(z.string()),
  /** Set when the page was larger than Caveat reads. */
  truncated: z.optional(z.boolean()),
});
export type TabState = z.infer<typeof TabState>;

/** Popup → content script. */
export const ToContent = z.discriminatedUnion('type', [
  /** Ask for the tab's state. */
  z.object({ type: z.literal('caveat:state') }),
  /** Scroll to a highlight and open its popover. */
  z.object({ type: z.literal('caveat:open'), id: z.number() }),
]);
export type ToContent = z.infer<typeof ToContent>;

/** Content script or pages → background. */
export const ToBackground = z.discriminatedUnion('type', [
  /** The number of highlights in the sender's tab, for the badge. */
  z.object({ type: z.literal('caveat:count'), count: z.number() }),
  /** Open the claims library at an entry (pages cannot open extension pages themselves). */
  z.object({ type: z.literal('caveat:library'), claim: z.optional(z.string()) }),
]);
export type ToBackground = z.infer<typeof ToBackground>;
