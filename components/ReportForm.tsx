import { useEffect, useRef, useState } from 'preact/hooks';
import { VERDICTS } from '../lib/claims/verdicts';
import { validateReportForm, type FormErrors, type FormField as Field, type ReportFormValues } from '../lib/reports/form';
import type { ReportPrefill } from '../lib/reports/prefill';
import { REPORT_KINDS } from '../lib/messages';
import type { UserReport } from '../lib/reports/schema';
import FormField, { describedBy } from './FormField';
import DestinationNotice from './DestinationNotice';
import { useT } from './I18nProvider';

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


/** The report form: what the reader selected, why it is wrong, and where it was; validated before it is saved. */
export default function ReportForm({ initial, endpoint, claimTitle, newId, now, onSubmit, myReportsHref, openOptions }: Props) {
  const t = useT();
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
  // This component is the whole page, so it owns the page's language and title.
  useEffect(() => {
    document.documentElement.lang = t.lang;
    document.title = t.reportTitle;
  }, [t]);
  // Messages already shown follow a change of language.
  useEffect(() => {
    if (!attempts) return;
    const r = validateReportForm(values, id, now(), t);
    setErrors(r.ok ? {} : r.errors);
  }, [t]);

  const set = <K extends keyof ReportFormValues>(key: K, value: ReportFormValues[K]) => {
    const next = { ...values, [key]: value };
    setValues(next);
    // After a first attempt, messages follow the input, so the reader sees a fix take effect.
    if (attempts) {
      const r = validateReportForm(next, id, now(), t);
      setErrors(r.ok ? {} : r.errors);
    }
  };

  const submit = async (e: Event) => {
    e.preventDefault();
    if (saving) return;
    setSaveError(undefined);
    const result = validateReportForm(values, id, now(), t);
    if (!result.ok) {
      setErrors(result.errors);
      setAttempts((n) => n + 1);
      return;
    }
    setErrors({});
    setSaving(true);
    const failed = await onSubmit(result.report).catch((err: unknown) => t.reportSaveFailed((err as Error).message));
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
      <h1>{t.reportTitle}</h1>
      <p class="lede">{t.reportLede}</p>
      <nav class="links" aria-label={t.reportsNavLabel}>
        <a href={myReportsHref}>{t.myReports}</a>
      </nav>

      {errorList.length > 0 && (
        <div class="error-summary" role="alert" tabIndex={-1} ref={summary} aria-labelledby="error-summary-title">
          <h2 id="error-summary-title">{t.reportProblems(errorList.length)}</h2>
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
                  {t.reportFields[field]}: {message}
                </a>
              </li>
            ))}
          </ul>
        </div>
      )}

      <form
        class="report-form"
        noValidate
        aria-label={t.reportFormLabel}
        onSubmit={submit}
        onKeyDown={(e) => {
          // Ctrl/Cmd+Enter sends from inside a text area, where Enter is a new line.
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) void submit(e);
        }}
      >
        <fieldset>
          <legend>{t.reportKindLegend}</legend>
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
                <label for={`r-kind-${kind}`}>{t.reportKinds[kind]}</label>
                <p class="hint" id={`r-kind-${kind}-hint`}>
                  {t.reportKindHints[kind]}
                </p>
              </div>
            ))}
          </div>
        </fieldset>

        {values.claim && (
          <p class="about" data-testid="about-claim">
            {t.reportAboutEntry} <strong>{claimTitle ?? values.claim}</strong>
          </p>
        )}

        {text('selection', t.reportFields.selection, { required: true, hint: t.reportSelectionHint })}
        {text('sentence', t.reportFields.sentence, { hint: t.reportSentenceHint })}
        {text('why', t.reportWhyLabels[values.kind], {
          required: values.kind === 'new-claim',
          rows: 4,
          ...(values.kind === 'new-claim' ? { hint: t.reportWhyHint } : {}),
        })}

        <FormField
          id={ID.sourceUrl}
          label={values.kind === 'better-source' ? t.reportBetterSourceLabel : t.reportSourceLabel}
          required={values.kind === 'better-source'}
          hint={t.reportSourceHint}
          error={errors.sourceUrl}
        >
          <input
            {...describedBy(ID.sourceUrl, t.reportSourceHint, errors.sourceUrl)}
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
          <FormField id={ID.verdict} label={t.reportFields.verdict} error={errors.verdict}>
            <select {...describedBy(ID.verdict, undefined, errors.verdict)} name="verdict" value={values.verdict} onChange={(e) => set('verdict', e.currentTarget.value as ReportFormValues['verdict'])}>
              <option value="">{t.reportNoVerdict}</option>
              {VERDICTS.map((v) => (
                <option key={v} value={v}>
                  {t.verdicts[v]}
                </option>
              ))}
            </select>
          </FormField>
        )}

        <fieldset aria-describedby="r-page-hint">
          <legend>{t.reportPageLegend}</legend>
          <p class="hint" id="r-page-hint">
            {t.reportPageHint}
          </p>
          <FormField id={ID.pageTitle} label={t.reportFields.pageTitle} error={errors.pageTitle}>
            <input {...describedBy(ID.pageTitle, undefined, errors.pageTitle)} name="pageTitle" value={values.pageTitle} onInput={(e) => set('pageTitle', e.currentTarget.value)} />
          </FormField>
          <FormField id={ID.pageUrl} label={t.reportFields.pageUrl} error={errors.pageUrl}>
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

        <DestinationNotice
          endpoint={endpoint}
          sentTo={(host) => t.reportFormSentTo(host)}
          local={t.reportFormLocal(<a href={myReportsHref}>{t.myReports}</a>)}
          openOptions={openOptions}
        />

        {saveError && (
          <p class="field-error" role="alert">
            {saveError}
          </p>
        )}
        <div class="actions">
          <button type="submit" class="button" disabled={saving}>
            {saving ? t.saving : endpoint ? t.reportSaveAndSend : t.reportSave}
          </button>
          <a href={myReportsHref}>{t.reportCancel}</a>
        </div>
      </form>
    </main>
  );
}
