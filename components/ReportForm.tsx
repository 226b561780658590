import { useEffect, useRef, useState } from 'preact/hooks';
import { VERDICTS } from '../lib/claims/verdicts';
import { KIND_LABELS } from '../lib/reports/export';
import { FIELD_LABELS, validateReportForm, whyLabel, type FormErrors, type FormField as Field, type ReportFormValues } from '../lib/reports/form';
import type { ReportPrefill } from '../lib/reports/prefill';
import { REPORT_KINDS } from '../lib/messages';
import type { ReportKind, UserReport } from '../lib/reports/schema';
import FormField, { describedBy } from './FormField';

interface Props {
  initial: ReportPrefill;
  /** Where reports are sent; undefined: they stay in this browser. */
  endpoint: string | undefined;
  /** Title of the claims-db entry the report is about, when there is one. */
  claimTitle?: string | undefined;
  newId: () => string;
  now: () => Date;
  /** Saves the report; resolves to a message when it could not be saved. */
  onSubmit: (report: UserReport) => Promise<string | undefined>;
  myReportsHref: string;
  /** Opens the settings, where the report server is set. */
  openOptions?: (() => void) | undefined;
}

const KIND_HINTS: Record<ReportKind, string> = {
  'new-claim': 'A statement on a page that Caveat should warn about.',
  'false-positive': 'Caveat highlighted text that does not make the claim, or makes an accurate one.',
  'better-source': 'A published source that supports or corrects what Caveat says about this claim.',
};

const SOURCE_HINT = 'A web address (https://…) of a book, article or archive record.';

const ID: Record<Field, string> = {
  kind: 'r-kind-new-claim',
  selection: 'r-selection',
  sentence: 'r-sentence',
  why: 'r-why',
  sourceUrl: 'r-source',
  verdict: 'r-verdict',
  pageTitle: 'r-title',
  pageUrl: 'r-url',
};

const hostOf = (url: string) => {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
};

/** The report form: what the reader selected, why it is wrong, and where it was; validated before it is saved. */
export default function ReportForm({ initial, endpoint, claimTitle, newId, now, onSubmit, myReportsHref, openOptions }: Props) {
  const [values, setValues] = useState<ReportFormValues>({
    kind: initial.kind,
    claim: initial.claim ?? '',
    selection: initial.selection,
    sentence: initial.sentence ?? '',
    pageTitle: initial.pageTitle,
    pageUrl: initial.pageUrl,
    why: '',
    sourceUrl: '',
    verdict: '',
  });
  const [errors, setErrors] = useState<FormErrors>({});
  const [attempts, setAttempts] = useState(0);
  const [saving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState<string>();
  // One id per form: saving again after a failure cannot create a second report.
  const id = useRef(newId()).current;
  const summary = useRef<HTMLDivElement>(null);
  const firstField = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    // Start where the reader has something to write.
    (initial.selection ? document.getElementById(ID.why) : firstField.current)?.focus();
  }, []);
  useEffect(() => {
    if (attempts) summary.current?.focus();
  }, [attempts]);

  const set = <K extends keyof ReportFormValues>(key: K, value: ReportFormValues[K]) => {
    const next = { ...values, [key]: value };
    setValues(next);
    // After a first attempt, messages follow the input, so the reader sees a fix take effect.
    if (attempts) {
      const r = validateReportForm(next, id, now());
      setErrors(r.ok ? {} : r.errors);
    }
  };

  const submit = async (e: Event) => {
    e.preventDefault();
    if (saving) return;
    setSaveError(undefined);
    const result = validateReportForm(values, id, now());
    if (!result.ok) {
      setErrors(result.errors);
      setAttempts((n) => n + 1);
      return;
    }
    setErrors({});
    setSaving(true);
    const failed = await onSubmit(result.report).catch((err: unknown) => `The report could not be saved: ${(err as Error).message}`);
    if (failed) {
      setSaveError(failed);
      setSaving(false);
    }
  };

  const errorList = Object.entries(errors) as [Field, string][];
  const text = (field: 'selection' | 'sentence' | 'why', label: string, opts: { required?: boolean; hint?: string; rows?: number } = {}) => (
    <FormField id={ID[field]} label={label} required={!!opts.required} hint={opts.hint} error={errors[field]}>
      <textarea
        {...describedBy(ID[field], opts.hint, errors[field])}
        ref={field === 'selection' ? firstField : undefined}
        name={field}
        rows={opts.rows ?? 3}
        required={opts.required}
        value={values[field]}
        onInput={(e) => set(field, e.currentTarget.value)}
      />
    </FormField>
  );

  return (
    <main class="reports-page">
      <h1>Report to Caveat</h1>
      <p class="lede">Tell the maintainers about a dubious claim, a wrong highlight or a better source.</p>
      <nav class="links" aria-label="Reports">
        <a href={myReportsHref}>My reports</a>
      </nav>

      {errorList.length > 0 && (
        <div class="error-summary" role="alert" tabIndex={-1} ref={summary} aria-labelledby="error-summary-title">
          <h2 id="error-summary-title">{errorList.length === 1 ? 'There is a problem' : `There are ${errorList.length} problems`}</h2>
          <ul>
            {errorList.map(([field, message]) => (
              <li key={field}>
                <a
                  href={`#${ID[field]}`}
                  onClick={(e) => {
                    e.preventDefault();
                    document.getElementById(ID[field])?.focus();
                  }}
                >
                  {FIELD_LABELS[field]}: {message}
                </a>
              </li>
            ))}
          </ul>
        </div>
      )}

      <form
        class="report-form"
        noValidate
        aria-label="Report"
        onSubmit={submit}
        onKeyDown={(e) => {
          // Ctrl/Cmd+Enter sends from inside a text area, where Enter is a new line.
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) void submit(e);
        }}
      >
        <fieldset>
          <legend>What are you reporting?</legend>
          <div class="choices">
            {REPORT_KINDS.map((kind) => (
              <div class="choice" key={kind}>
                <input
                  type="radio"
                  id={`r-kind-${kind}`}
                  name="kind"
                  value={kind}
                  checked={values.kind === kind}
                  aria-describedby={`r-kind-${kind}-hint`}
                  onChange={() => set('kind', kind)}
                />
                <label for={`r-kind-${kind}`}>{KIND_LABELS[kind]}</label>
                <p class="hint" id={`r-kind-${kind}-hint`}>
                  {KIND_HINTS[kind]}
                </p>
              </div>
            ))}
          </div>
        </fieldset>

        {values.claim && (
          <p class="about" data-testid="about-claim">
            About Caveat’s entry: <strong>{claimTitle ?? values.claim}</strong>
          </p>
        )}

        {text('selection', 'Text on the page', { required: true, hint: 'The words that make the claim, as they appear on the page.' })}
        {text('sentence', 'Sentence around it', { hint: 'Context helps the maintainers recognise the claim in other wordings.' })}
        {text('why', whyLabel(values.kind), {
          required: values.kind === 'new-claim',
          rows: 4,
          ...(values.kind === 'new-claim' ? { hint: 'For example, what historians found instead, in your own words.' } : {}),
        })}

        <FormField
          id={ID.sourceUrl}
          label={values.kind === 'better-source' ? 'Address of the better source' : 'A source that supports your report'}
          required={values.kind === 'better-source'}
          hint={SOURCE_HINT}
          error={errors.sourceUrl}
        >
          <input
            {...describedBy(ID.sourceUrl, SOURCE_HINT, errors.sourceUrl)}
            type="url"
            inputMode="url"
            name="sourceUrl"
            autocomplete="off"
            spellcheck={false}
            required={values.kind === 'better-source'}
            value={values.sourceUrl}
            onInput={(e) => set('sourceUrl', e.currentTarget.value)}
          />
        </FormField>

        {values.kind === 'new-claim' && (
          <FormField id={ID.verdict} label="Suggested verdict" error={errors.verdict}>
            <select {...describedBy(ID.verdict, undefined, errors.verdict)} name="verdict" value={values.verdict} onChange={(e) => set('verdict', e.currentTarget.value as ReportFormValues['verdict'])}>
              <option value="">No suggestion</option>
              {VERDICTS.map((v) => (
                <option key={v} value={v}>
                  {v === 'needs-context' ? 'Needs context' : v[0]!.toUpperCase() + v.slice(1)}
                </option>
              ))}
            </select>
          </FormField>
        )}

        <fieldset aria-describedby="r-page-hint">
          <legend>The page</legend>
          <p class="hint" id="r-page-hint">
            Sent with the report so the maintainers can see the claim where it appears. Clear these fields if the page is private.
          </p>
          <FormField id={ID.pageTitle} label="Page title" error={errors.pageTitle}>
            <input {...describedBy(ID.pageTitle, undefined, errors.pageTitle)} name="pageTitle" value={values.pageTitle} onInput={(e) => set('pageTitle', e.currentTarget.value)} />
          </FormField>
          <FormField id={ID.pageUrl} label="Page address" error={errors.pageUrl}>
            <input
              {...describedBy(ID.pageUrl, undefined, errors.pageUrl)}
              name="pageUrl"
              inputMode="url"
              spellcheck={false}
              value={values.pageUrl}
              onInput={(e) => set('pageUrl', e.currentTarget.value)}
            />
          </FormField>
        </fieldset>

        <p class="notice" data-testid="destination">
          {endpoint ? (
            <>
              This report is saved in this browser and sent to <strong>{hostOf(endpoint)}</strong>. Only what is in this form is sent, nothing
              else from the page.
            </>
          ) : (
            <>
              No report server is set, so this report stays in this browser. From <a href={myReportsHref}>My reports</a> you can export your
              reports as a file for the maintainers or open one as an issue on the project’s tracker. Only what is in this form is saved,
              nothing else from the page.
              {openOptions && (
                <>
                  {' '}
                  <button type="button" class="link" onClick={openOptions}>
                    Set a report server
                  </button>
                </>
              )}
            </>
          )}
        </p>

        {saveError && (
          <p class="field-error" role="alert">
            {saveError}
          </p>
        )}
        <div class="actions">
          <button type="submit" class="button" disabled={saving}>
            {saving ? 'Saving…' : endpoint ? 'Save and send report' : 'Save report'}
          </button>
          <a href={myReportsHref}>Cancel</a>
        </div>
      </form>
    </main>
  );
}
