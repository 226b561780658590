import * as z from 'zod/mini';
import { VERDICTS } from '../claims/verdicts';
import { REPORT_KINDS } from '../messages';

/**
 * The one declaration of a reader's report. The extension validates with it before saving and
 * sending, the intake server (server/) validates what it receives with it, and the claims CLI
 * (`npm run claims -- new --from-report`, via lib/claims/draft.ts) reads exports with it.
 * zod/mini because the background and the report pages bundle it.
 */

/** Longest text a report field accepts; a selection longer than this is not a claim but a page. */
export const MAX_TEXT = 4000;
/** Longest URL or title a report accepts. */
export const MAX_URL = 2048;

const text = (max: number) => z.string().check(z.trim(), z.maxLength(max, `must be at most ${max} characters`));
const httpUrl = (message: string) =>
  z.string().check(
    z.trim(),
    z.maxLength(MAX_URL, `must be at most ${MAX_URL} characters`),
    z.refine((s) => isHttpUrl(s), message),
  );

/** Is this an absolute http(s) URL? */
export function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && !!url.hostname;
  } catch {
    return false;
  }
}

/** A report id: letters, digits and `._:-`, safe in file names and URLs (the extension uses UUIDs). */
export const ReportId = z.string().check(
  z.minLength(1, 'must not be empty'),
  z.maxLength(100, 'must be at most 100 characters'),
  z.regex(/^[\w.:-]+$/, 'may only contain letters, digits and . _ : -'),
);

/** Kinds of report: a claim Caveat missed, a wrong highlight, a better source for a highlighted claim. */
export const ReportKind = z.enum(REPORT_KINDS);
export type ReportKind = z.infer<typeof ReportKind>;

/** One report a reader filed. Loose, so files and servers written by a later version still parse. */
export const UserReport = z.looseObject({
  /** Unique per report, chosen by the extension; the server is idempotent on it. */
  id: ReportId,
  kind: ReportKind,
  /** The text the reader selected on the page (or typed). */
  selection: z.string().check(z.trim(), z.minLength(1, 'must not be empty'), z.maxLength(MAX_TEXT, `must be at most ${MAX_TEXT} characters`)),
  /** The whole sentence around the selection, as the reader left it in the form. */
  sentence: z.optional(text(MAX_TEXT)),
  /** Title of the page the text is on. */
  pageTitle: z.optional(text(MAX_URL)),
  /** Address of the page the text is on (any scheme: a local file is a page too). */
  pageUrl: z.optional(text(MAX_URL)),
  /** The reader's reason (new claim) or comment (false positive, better source), in their words. */
  why: z.optional(text(MAX_TEXT)),
  /** A source the reader suggests, http(s) only. */
  sourceUrl: z.optional(httpUrl('must be a web address starting with http:// or https://')),
  /** The verdict the reader suggests. */
  verdict: z.optional(z.enum(VERDICTS)),
  /** Id of the claims-db entry the report is about (false positive, better source). */
  claim: z.optional(text(100)),
  /** When the reader filed it, ISO 8601 UTC. */
  createdAt: z.iso.datetime({ message: 'must be an ISO 8601 date and time' }),
});
export type UserReport = z.infer<typeof UserReport>;

/** The fields a report carries over the wire and into exports; anything else is dropped by `toWire`. */
const WIRE_KEYS = ['id', 'kind', 'selection', 'sentence', 'pageTitle', 'pageUrl', 'why', 'sourceUrl', 'verdict', 'claim', 'createdAt'] as const;

/**
 * The report exactly as it leaves the browser: only the fields above, empty ones left out.
 * The schema is loose for reading; this keeps anything else (a later version's fields,
 * a stray property) from ever being sent.
 */
export function toWire(report: UserReport): UserReport {
  const out: Record<string, unknown> = {};
  for (const key of WIRE_KEYS) {
    const value = report[key];
    if (value !== undefined && value !== '') out[key] = value;
  }
  return out as UserReport;
}

/** Value of `format` in an export file. */
export const REPORT_FORMAT = 'caveat-report';

/** The file "Export" in My reports writes, and `npm run claims -- new --from-report` reads. */
export const ReportFile = z.looseObject({
  format: z.literal(REPORT_FORMAT),
  version: z.literal(1),
  reports: z.array(UserReport),
});
export type ReportFile = z.infer<typeof ReportFile>;

/** The intake server's answer to a POST: the report's id and "received". Nothing else counts as sent. */
export const ReportAck = z.looseObject({
  id: ReportId,
  status: z.literal('received'),
});
export type ReportAck = z.infer<typeof ReportAck>;
