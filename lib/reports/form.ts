import type { Verdict } from '../claims/verdicts';
import type { Messages } from '../i18n/en';
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

/** The form's fields, in the order they appear. */
const ORDER: readonly FormField[] = ['kind', 'selection', 'sentence', 'why', 'sourceUrl', 'verdict', 'pageTitle', 'pageUrl'];

/** The strings validation needs, from the interface language's dictionary (`Messages`). */
export type FormMessages = Pick<Messages, 'reportFields' | 'reportErrors'>;

/**
 * Checks the form and builds the report. Kind-specific rules (a new claim needs a reason,
 * a better source needs its address) live here; the shared schema checks everything else.
 * Messages come from `t`, the dictionary of the interface language.
 */
export function validateReportForm(values: ReportFormValues, id: string, now: Date, t: FormMessages): { ok: true; report: UserReport } | { ok: false; errors: FormErrors } {
  const errors: FormErrors = {};
  const v = Object.fromEntries(Object.entries(values).map(([k, x]) => [k, x.trim()])) as unknown as ReportFormValues;
  if (!v.selection) errors.selection = t.reportErrors.selectionMissing;
  if (v.kind === 'new-claim' && !v.why) errors.why = t.reportErrors.whyMissing;
  if (v.kind === 'better-source' && !v.sourceUrl) errors.sourceUrl = t.reportErrors.sourceMissing;
  if (v.sourceUrl && !isHttpUrl(v.sourceUrl)) errors.sourceUrl = t.reportErrors.sourceNotHttp;

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
      if (typeof field === 'string' && (ORDER as readonly string[]).includes(field) && !errors[field as FormField]) {
        const label = t.reportFields[field as FormField];
        errors[field as FormField] =
          issue.code === 'too_big' ? t.reportErrors.tooLong(label, Number(issue.maximum)) : t.reportErrors.invalid(label, issue.message);
      }
    }
    // An issue on a field the form does not show (id, date) is a bug, not the reader's doing.
    if (!Object.keys(errors).length) errors.selection = t.reportErrors.notSaved(parsed.error.issues[0]?.message ?? 'invalid');
    return { ok: false, errors: sortErrors(errors) };
  }
  if (Object.keys(errors).length) return { ok: false, errors: sortErrors(errors) };
  return { ok: true, report: parsed.data };
}

/** Errors in the order the fields appear, so the summary reads top to bottom. */
function sortErrors(errors: FormErrors): FormErrors {
  return Object.fromEntries(ORDER.filter((f) => errors[f]).map((f) => [f, errors[f]]));
}
