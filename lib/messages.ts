import * as z from 'zod/mini';
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

/** What the reader selected on a page, with enough around it to file a report. */
export const PageSelection = z.object({
  selection: z.string(),
  /** The sentence (or block) around the selection. */
  sentence: z.string(),
  pageTitle: z.string(),
  pageUrl: z.string(),
});
export type PageSelection = z.infer<typeof PageSelection>;

/** Kinds of report a reader can file. */
export const REPORT_KINDS = ['new-claim', 'false-positive', 'better-source'] as const;

/** Popup or background → content script. */
export const ToContent = z.discriminatedUnion('type', [
  /** Ask for the tab's state. */
  z.object({ type: z.literal('caveat:state') }),
  /** Scroll to a highlight and open its popover. */
  z.object({ type: z.literal('caveat:open'), id: z.number() }),
  /** Move focus to the next highlight (keyboard command) and open it. */
  z.object({ type: z.literal('caveat:next') }),
  /** Ask for the current selection and its sentence (context menu / popup "Report"). Answers PageSelection. */
  z.object({ type: z.literal('caveat:selection') }),
]);
export type ToContent = z.infer<typeof ToContent>;

const optionalString = z.optional(z.string());

/**
 * Claim details as the background sends them to a page's popover. The content
 * script does not bundle the database's prose (it would be parsed on every page
 * load); it asks for the entries it needs and checks what it renders.
 */
export const DetailsReply = z.array(
  z.looseObject({
    id: z.string(),
    title: z.string(),
    verdict: z.enum(VERDICTS),
    summary: z.string(),
    summary_de: optionalString,
    figures: z.array(z.looseObject({ who: z.string(), value: z.string(), year: z.optional(z.number()), note: optionalString })),
    sources: z.array(
      z.looseObject({
        title: z.string(), author: optionalString, year: z.optional(z.number()), publisher: optionalString,
        journal: optionalString, pages: optionalString, url: z.optional(z.url({ protocol: /^https$/ })), note: optionalString,
      }),
    ),
  }),
);

/** Content script or pages → background. */
export const ToBackground = z.discriminatedUnion('type', [
  /** The number of highlights in the sender's tab, for the badge. */
  z.object({ type: z.literal('caveat:count'), count: z.number() }),
  /** The matcher's index, compiled at build time; answered with a MatcherIndex. */
  z.object({ type: z.literal('caveat:index') }),
  /** The details of these claims, for the popover; answered with DetailsReply. */
  z.object({ type: z.literal('caveat:details'), ids: z.array(z.string()) }),
  /** Open the claims library at an entry (pages cannot open extension pages themselves). */
  z.object({ type: z.literal('caveat:library'), claim: z.optional(z.string()) }),
  /** Open the report form, prefilled (from the popover's "This highlight is wrong" / "Suggest a better source"). */
  z.object({
    type: z.literal('caveat:report-open'),
    kind: z.enum(REPORT_KINDS),
    claim: z.optional(z.string()),
    selection: z.string(),
    sentence: z.optional(z.string()),
    pageTitle: z.string(),
    pageUrl: z.string(),
  }),
]);
export type ToBackground = z.infer<typeof ToBackground>;
