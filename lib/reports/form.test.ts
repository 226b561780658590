import { describe, expect, it } from 'vitest';
import { ISSUE_TRACKER_NEW_ISSUE_URL, issueBody, issueTitle, issueUrl, reportFileText, toReportFile, exportFileName } from './export';
import { de } from '../i18n/de';
import { en } from '../i18n/en';
import { validateReportForm, type ReportFormValues } from './form';
import { prefillFromQuery, prefillFromTab, prefillToQuery } from './prefill';
import { ReportFile, type UserReport } from './schema';

const empty: ReportFormValues = { kind: 'new-claim', claim: '', selection: '', sentence: '', pageTitle: '', pageUrl: '', why: '', sourceUrl: '', verdict: '' };
const NOW = new Date('2026-11-22T12:00:00Z');

describe('validateReportForm', () => {
  it('asks for the text and a reason for a new claim, in field order', () => {
    const r = validateReportForm(empty, 'id1', NOW, en);
    expect(r.ok).toBe(false);
    expect(r.ok ? {} : r.errors).toEqual({ selection: 'Enter or paste the text you are reporting.', why: 'Say in a few words why this claim is dubious.' });
  });

  it('needs a source address for a better source, and only http(s)', () => {
    const base = { ...empty, kind: 'better-source' as const, selection: 'x' };
    expect(validateReportForm(base, 'id1', NOW, en)).toEqual({ ok: false, errors: { sourceUrl: 'Enter the address of the better source.' } });
    expect(validateReportForm({ ...base, sourceUrl: 'javascript:alert(1)' }, 'id1', NOW, en)).toMatchObject({ ok: false, errors: { sourceUrl: expect.stringMatching(/http/) } });
  });

  it('a wrong highlight needs only the text; a comment is optional', () => {
    const r = validateReportForm({ ...empty, kind: 'false-positive', claim: 'dresden-death-toll', selection: ' 25,000 died ', verdict: 'false' }, 'id1', NOW, en);
    expect(r).toEqual({ ok: true, report: { id: 'id1', kind: 'false-positive', claim: 'dresden-death-toll', selection: '25,000 died', createdAt: '2026-11-22T12:00:00.000Z' } });
  });

  it('builds a report with only the fields filled in, and schema limits become field messages', () => {
    const ok = validateReportForm({ ...empty, selection: 'a', why: 'b', verdict: 'misleading', pageUrl: 'https://p.example/', pageTitle: 'P' }, 'id1', NOW, en);
    expect(ok.ok && ok.report).toEqual({ id: 'id1', kind: 'new-claim', selection: 'a', why: 'b', verdict: 'misleading', pageUrl: 'https://p.example/', pageTitle: 'P', createdAt: '2026-11-22T12:00:00.000Z' });
    const long = validateReportForm({ ...empty, selection: 'a', why: 'w'.repeat(5000) }, 'id1', NOW, en);
    expect(long.ok ? {} : long.errors).toEqual({ why: 'Why it is dubious must be at most 4000 characters.' });
  });

  it('speaks the interface language', () => {
    const r = validateReportForm({ ...empty, why: 'w'.repeat(5000) }, 'id1', NOW, de);
    expect(r.ok ? {} : r.errors).toEqual({ selection: de.reportErrors.selectionMissing, why: '„Warum sie zweifelhaft ist“ darf höchstens 4.000 Zeichen lang sein.' });
  });
});

describe('prefill', () => {
  it('round-trips through the report page URL and clips huge values', () => {
    const p = { kind: 'false-positive' as const, claim: 'c', selection: 'sel & ü', sentence: 'The sentence.', pageTitle: 'T', pageUrl: 'https://x.example/?a=1&b=2' };
    expect(prefillFromQuery(`?${prefillToQuery(p)}`)).toEqual(p);
    expect(prefillFromQuery(prefillToQuery({ ...p, selection: 'x'.repeat(10_000) })).selection).toHaveLength(4000);
    expect(prefillFromQuery('?kind=evil')).toEqual({ kind: 'new-claim', selection: '', pageTitle: '', pageUrl: '' });
  });

  it("prefers the content script's answer, falls back to the menu and the tab", () => {
    const fallback = { selectionText: 'menu text', tabTitle: 'Tab', tabUrl: 'https://t.example/' };
    const answer = { selection: 'page text', sentence: 'Around page text here.', pageTitle: 'Page', pageUrl: 'https://p.example/' };
    expect(prefillFromTab(answer, fallback)).toEqual({ kind: 'new-claim', selection: 'page text', sentence: 'Around page text here.', pageTitle: 'Page', pageUrl: 'https://p.example/' });
    expect(prefillFromTab(undefined, fallback)).toEqual({ kind: 'new-claim', selection: 'menu text', pageTitle: 'Tab', pageUrl: 'https://t.example/' });
    expect(prefillFromTab({ bogus: true }, {})).toEqual({ kind: 'new-claim', selection: '', pageTitle: '', pageUrl: '' });
    expect(prefillFromTab({ ...answer, selection: '' }, fallback)).toMatchObject({ selection: 'menu text', pageTitle: 'Page' });
  });
});

const report: UserReport = {
  id: 'r1',
  kind: 'new-claim',
  selection: 'Stalin had all ```returning``` POWs shot',
  sentence: 'Line one\nline two',
  pageTitle: 'Forum',
  pageUrl: 'https://forum.example/t/1',
  why: 'They were filtered.',
  createdAt: '2026-11-20T10:00:00.000Z',
};

describe('export', () => {
  it('writes the claims database source format', () => {
    const text = reportFileText([{ ...report, stray: 'page text' }]);
    const file = JSON.parse(text);
    expect(ReportFile.safeParse(file).success).toBe(true);
    expect(file).toEqual(toReportFile([report]));
    expect(text).not.toContain('stray');
    expect(exportFileName(new Date('2026-11-22T23:00:00Z'))).toBe('caveat-reports-2026-11-22.json');
  });

  it('opens a prefilled GitHub issue whose JSON block the text cannot break out of', () => {
    const url = new URL(issueUrl(report));
    expect(`${url.origin}${url.pathname}`).toBe(ISSUE_TRACKER_NEW_ISSUE_URL);
    expect(url.searchParams.get('title')).toBe(issueTitle(report));
    const body = url.searchParams.get('body')!;
    expect(body).toContain('> Line one\n> line two');
    expect(body).toContain('````json');
    expect(body).toContain('<https://forum.example/t/1>');
  });

  it('fits GitHub URL limits by dropping the JSON copy, then clipping', () => {
    const big = { ...report, selection: 'word '.repeat(800), why: 'why '.repeat(900) };
    const url = issueUrl(big);
    expect(url.length).toBeLessThanOrEqual(7500);
    expect(new URL(url).searchParams.get('body')).not.toContain('```json');
    expect(issueBody(report)).toContain('npm run claims -- new --from-report');
  });
});
