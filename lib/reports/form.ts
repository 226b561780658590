import type { Verdict } from '../claims/verdicts';
import { isHttpUrl, UserReport, type ReportKind } from './schema';

/** What the report form holds: every field a string, as the inputs give them. */
export interface ReportFormValues {
  kind: ReportKind;
  /** Claims-db id the report is about; not editable, carried from the popover. */
  claim: string;
  selection: string;
  sentence: string;
  pageTitle: string;
  pageUrl: string;
  why: string;
  sourceUrl: string;
  verdict: Verdict | '';
}
export type FormField = Exclude<keyof ReportFormValues, 'claim'>;

/** Messages per field, in the form's order. */
export type FormErrors = Partial<Record<FormField, string>>;

/** Field names as the form labels them, for messages that stand alone (the error summary). */
export const FIELD_LABELS: Record<FormField, string> = {
  kind: 'Kind of report',
  selection: 'Text on the page',
  sentence: 'Sentence around it',
  why: 'Why it is dubious',
  sourceUrl: 'Source',
  verdict: 'Suggested verdict',
  pageTitle: 'Page title',
  pageUrl: 'Page address',
};
const ORDER = Object.keys(FIELD_LABELS) as FormField[];

/** The label of the "why" field depends on what is reported. */
export function whyLabel(kind: ReportKind): string {
  if (kind === 'new-claim') return 'Why is it dubious?';
  if (kind === 'false-positive') return 'What is wrong with the highlight?';
  return 'Why is this source better?';
}

/**
 * Checks the form and builds the report. Kind-specific rules (a new claim needs a reason,
 * a better source needs its address) live here; the shared schema checks everything else.
 */
export function validateReportForm(values: ReportFormValues, id: string, now: Date): { ok: true; report: UserReport } | { ok: false; errors: FormErrors } {
  const errors: FormErrors = {};
  const v = Object.fromEntries(Object.entries(values).map(([k, x]) => [k, x.trim()])) as unknown as ReportFormValues;
  if (!v.selection) errors.selection = 'Enter or paste the text you are reporting.';
  if (v.kind === 'new-claim' && !v.why) errors.why = 'Say in a few words why this claim is dubious.';
  if (v.kind === 'better-source' && !v.sourceUrl) errors.sourceUrl = 'Enter the address of the better source.';
  if (v.sourceUrl && !isHttpUrl(v.sourceUrl)) errors.sourceUrl = 'Enter a web address starting with http:// or https://.';

  const candidate = {
    id,
    kind: v.kind,
    selection: v.selection,
    createdAt: now.toISOString(),
    ...(v.claim ? { claim: v.claim } : {}),
    ...(v.sentence ? { sentence: v.sentence } : {}),
    ...(v.pageTitle ? { pageTitle: v.pageTitle } : {}),
    ...(v.pageUrl ? { pageUrl: v.pageUrl } : {}),
    ...(v.why ? { why: v.why } : {}),
    ...(v.sourceUrl ? { sourceUrl: v.sourceUrl } : {}),
    // Only a new claim gets a verdict; the other kinds are about an entry that has one.
    ...(v.verdict && v.kind === 'new-claim' ? { verdict: v.verdict } : {}),
  };
  const parsed = UserReport.safeParse(candidate);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = issue.path[0];
      if (typeof field === 'string' && field in FIELD_LABELS && !errors[field as FormField]) {
        errors[field as FormField] = `${FIELD_LABELS[field as FormField]} ${issue.message}.`;
      }
    }
    // An issue on a field the form does not show (id, date) is a bug, not the reader's doing.
    if (!Object.keys(errors).length) errors.selection = `This report could not be saved: ${parsed.error.issues[0]?.message ?? 'invalid'}.`;
    return { ok: false, errors: sortErrors(errors) };
  }
  if (Object.keys(errors).length) return { ok: false, errors: sortErrors(errors) };
  return { ok: true, report: parsed.data };
}

/** Errors in the order the fields appear, so the summary reads top to bottom. */
function sortErrors(errors: FormErrors): FormErrors {
  return Object.fromEntries(ORDER.filter((f) => errors[f]).map((f) => [f, errors[f]]));
}
