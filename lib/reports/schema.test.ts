import { describe, expect, it } from 'vitest';
import { parseReportFile, UserReport as DraftUserReport } from '../claims/draft';
import { ReportAck, ReportFile, toWire, UserReport } from './schema';

const report = {
  id: '6f1c1a52-1c2b-4c4e-9a51-0d3f0b7a4e11',
  kind: 'new-claim',
  selection: '  Stalin had all returning POWs shot ',
  sentence: 'Everyone knows that Stalin had all returning POWs shot.',
  pageTitle: 'Forum',
  pageUrl: 'https://forum.example/t/1',
  why: 'Returnees were filtered, most were not shot.',
  sourceUrl: 'https://example.org/filtration',
  verdict: 'false',
  createdAt: '2026-11-20T10:00:00.000Z',
} as const;

describe('UserReport', () => {
  it('is the one schema: the claims CLI uses the same object', () => {
    expect(DraftUserReport).toBe(UserReport);
  });

  it('accepts a full report and trims text', () => {
    const r = UserReport.parse(report);
    expect(r.selection).toBe('Stalin had all returning POWs shot');
  });

  it('names the field of each problem', () => {
    const r = UserReport.safeParse({ ...report, id: 'has space', selection: '   ', sourceUrl: 'javascript:alert(1)', createdAt: 'yesterday', verdict: 'wrong' });
    expect(r.success).toBe(false);
    const fields = r.error!.issues.map((i) => i.path.join('.'));
    expect(fields).toEqual(expect.arrayContaining(['id', 'selection', 'sourceUrl', 'createdAt', 'verdict']));
    expect(r.error!.issues.find((i) => i.path[0] === 'selection')!.message).toBe('must not be empty');
  });

  it('caps text length', () => {
    expect(UserReport.safeParse({ ...report, why: 'x'.repeat(4001) }).success).toBe(false);
  });

  it('tolerates fields a later version adds when reading, and toWire drops them', () => {
    const r = UserReport.parse({ ...report, pageText: 'the whole page', extra: 1 });
    expect(r.pageText).toBe('the whole page');
    const wire = toWire({ ...r, why: '' });
    expect(Object.keys(wire).sort()).toEqual(['createdAt', 'id', 'kind', 'pageTitle', 'pageUrl', 'selection', 'sentence', 'sourceUrl', 'verdict']);
  });
});

describe('ReportFile and the claims CLI', () => {
  it('parses an export, and parseReportFile reports file/field/reason', () => {
    expect(ReportFile.safeParse({ format: 'caveat-report', version: 1, reports: [report] }).success).toBe(true);
    const bad = parseReportFile('x.json', { format: 'caveat-report', version: 1, reports: [{ ...report, kind: 'rumour' }] });
    expect(bad.ok).toBe(false);
    expect(bad.ok ? [] : bad.issues.map((i) => i.field)).toEqual(['reports.0.kind']);
  });
});

describe('ReportAck', () => {
  it('needs the id and status "received"', () => {
    expect(ReportAck.safeParse({ id: 'a', status: 'received', receivedAt: 'x' }).success).toBe(true);
    expect(ReportAck.safeParse({ id: 'a', status: 'ok' }).success).toBe(false);
    expect(ReportAck.safeParse({ status: 'received' }).success).toBe(false);
    expect(ReportAck.safeParse('received').success).toBe(false);
  });
});
