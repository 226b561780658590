import * as z from 'zod/mini';
import { UserReport } from './schema';

/**
 * Report pages and popup → background. The background is the only writer of the report queue,
 * so concurrent saves, deliveries and deletions never overwrite each other.
 * (`caveat:report-open`, sent by the content script, lives in lib/messages.ts with its other messages.)
 */
export const ToReports = z.discriminatedUnion('type', [
  /** Save a report the reader filed, then try to deliver it. Answers SubmitAnswer. */
  z.object({ type: z.literal('caveat:report-submit'), report: UserReport }),
  /** "Retry now": attempt every report not yet acknowledged, whatever its back-off. Answers nothing. */
  z.object({ type: z.literal('caveat:report-retry') }),
  /** Delete one report from the queue (the reader asked to). Answers nothing. */
  z.object({ type: z.literal('caveat:report-delete'), id: z.string() }),
  /** Delete one set-aside unreadable entry, by its original key (the reader asked to). Answers nothing. */
  z.object({ type: z.literal('caveat:report-discard-aside'), key: z.string() }),
  /** The popup's "Report a claim on this page": open the form prefilled from that tab. Answers nothing. */
  z.object({ type: z.literal('caveat:report-from-tab'), tabId: z.number() }),
]);
export type ToReports = z.infer<typeof ToReports>;

/** The background's answer to `caveat:report-submit`. */
export const SubmitAnswer = z.union([
  z.object({ ok: z.literal(true), id: z.string() }),
  z.object({ ok: z.literal(false), error: z.string() }),
]);
export type SubmitAnswer = z.infer<typeof SubmitAnswer>;
