import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { clip, draftFromReport, draftText, parseReportFile, scaffold, slugify, type UserReport } from './draft';

const report: UserReport = {
  id: 'r1',
  kind: 'new-claim',
  selection: 'Stalin had all returning POWs shot',
  sentence: 'Everyone knows that Stalin had all returning POWs shot in 1945.',
  pageTitle: 'Forum thread',
  pageUrl: 'https://forum.example/t/1',
  why: 'Returnees were filtered, not all shot.',
  sourceUrl: 'https://example.org/filtration',
  createdAt: '2026-11-20T10:00:00Z',
};

describe('parseReportFile', () => {
  it('accepts an export and tolerates fields added later', () => {
    const r = parseReportFile('r.json', { format: 'caveat-report', version: 1, reports: [{ ...report, extra: true }] });
    expect(r.ok && r.value.reports[0]!.selection).toBe(report.selection);
  });

  it('names the file, field and reason of a mismatch', () => {
    const r = parseReportFile('r.json', { format: 'caveat-report', version: 2, reports: [{ ...report, kind: 'other', selection: '' }] });
    expect(r.ok).toBe(false);
    const fields = r.ok ? [] : r.issues.map((i) => `${i.file}: ${i.field}`);
    expect(fields).toEqual(expect.arrayContaining(['r.json: version', 'r.json: reports.0.kind', 'r.json: reports.0.selection']));
  });
});

describe('draftFromReport', () => {
  const { draft, header } = draftFromReport(report, '2026-11-22');

  it('maps the report onto the entry fields', () => {
    expect(draft).toMatchObject({
      id: 'stalin-had-all-returning-pows-shot',
      statement: report.selection,
      variants: { en: [report.sentence] },
      verdict: 'disputed',
      reviewed: '2026-11-22',
      sources: [{ url: 'https://example.org/filtration' }],
      examples: { flag: [report.selection, report.sentence], pass: [] },
    });
  });

  it("keeps the reader's page and reason in the header, not in the entry", () => {
    expect(header).toMatch(/^DRAFT from user report r1/);
    expect(header).toContain('Seen on: Forum thread https://forum.example/t/1');
    expect(header).toContain("Reader's reason: Returnees were filtered, not all shot.");
    expect(JSON.stringify(draft)).not.toContain('forum.example');
  });

  it('uses a suggested verdict, and adds only https sources', () => {
    const d = draftFromReport({ ...report, verdict: 'false', sourceUrl: 'http://example.org/x', sentence: undefined }, '2026-11-22');
    expect(d.draft.verdict).toBe('false');
    expect(d.draft.sources).toBeUndefined();
    expect(d.draft.variants).toBeUndefined();
    expect(d.draft.examples?.flag).toEqual([report.selection]);
    expect(d.header).toContain('not https, so not added): http://example.org/x');
  });

  it('writes a commented YAML file whose verdict stays a string', () => {
    const text = draftText(draftFromReport({ ...report, verdict: 'false' }, '2026-11-22'));
    expect(text.startsWith('# DRAFT from user report r1')).toBe(true);
    expect(text).toContain('verdict: "false"');
    expect(parse(text)).toMatchObject({ id: 'stalin-had-all-returning-pows-shot', verdict: 'false', statement: report.selection });
    expect(Object.keys(parse(text))[0]).toBe('id');
  });
});

describe('helpers', () => {
  it('slugify folds diacritics and keeps ids valid', () => {
    expect(slugify('Über 250.000 Tote in Dresden – sagt Straße')).toBe('uber-250-000-tote-in-dresden-sagt-strasse');
    expect(slugify('„“ …')).toBe('untitled-claim');
    expect(slugify('one two three four five six seven eight nine ten')).toBe('one-two-three-four-five-six-seven-eight');
  });

  it('clip cuts at a word boundary', () => {
    expect(clip('short')).toBe('short');
    const long = clip('word '.repeat(40), 20);
    expect(long.length).toBeLessThanOrEqual(20);
    expect(long).toBe('word word word word…');
  });

  it('scaffold fills in id and date, and refuses a template without them', () => {
    const out = scaffold('# head\nid: example\ntitle: x\nreviewed: 2000-01-01\n', 'new-id', '2026-11-22');
    expect(out).toBe('# head\nid: new-id\ntitle: x\nreviewed: 2026-11-22\n');
    expect(() => scaffold('title: x\n', 'a', '2026-11-22')).toThrow(/id:/);
  });
});
