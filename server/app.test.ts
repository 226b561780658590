import { mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { postReport } from '../lib/reports/send';
import type { UserReport } from '../lib/reports/schema';
import { startReportServer, type RunningServer } from './app';

const EXT = 'chrome-extension://abcdefghijklmnopabcdefghijklmnop';
const report: UserReport = {
  id: '3b8f3a0e-1f7e-4a57-9d35-2f8a1a5c0c01',
  kind: 'new-claim',
  selection: 'One million German prisoners were shot by the Red Army',
  sentence: 'Historians agree one million German prisoners were shot by the Red Army.',
  pageTitle: 'A blog',
  pageUrl: 'https://blog.example/post',
  why: 'Overmans counts about 363,000 deaths in captivity, from all causes.',
  sourceUrl: 'https://example.org/overmans',
  verdict: 'false',
  createdAt: '2026-11-20T10:00:00.000Z',
};

let dir: string;
let server: RunningServer;
const dbPath = () => join(dir, 'reports.sqlite');

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'caveat-server-'));
  server = await startReportServer({ port: 0, db: dbPath(), now: () => new Date('2026-11-21T08:00:00.000Z') });
});
afterEach(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

const post = (body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${server.url}/reports`, { method: 'POST', headers: { 'content-type': 'application/json', origin: EXT, ...headers }, body: typeof body === 'string' ? body : JSON.stringify(body) });

describe('POST /reports', () => {
  it('stores a valid report and acknowledges it, with CORS for the extension', async () => {
    const res = await post(report);
    expect(res.status).toBe(201);
    expect(res.headers.get('access-control-allow-origin')).toBe(EXT);
    expect(await res.json()).toEqual({ id: report.id, status: 'received', receivedAt: '2026-11-21T08:00:00.000Z' });
    expect(server.db.list()).toEqual([{ report, receivedAt: '2026-11-21T08:00:00.000Z' }]);
  });

  it('is idempotent on the report id', async () => {
    await post(report);
    const again = await post({ ...report, why: 'changed' });
    expect(again.status).toBe(200);
    expect(await again.json()).toMatchObject({ id: report.id, status: 'received', duplicate: true });
    expect(server.db.count()).toBe(1);
    expect(server.db.list()[0]).toMatchObject({ report: { why: report.why } });
  });

  it('is what the extension sender expects (same ack schema)', async () => {
    expect(await postReport(fetch, `${server.url}/reports`, report)).toEqual({ ok: true });
  });

  it('keeps only report fields', async () => {
    await post({ ...report, pageHtml: '<p>the whole page</p>' });
    expect(JSON.stringify(server.db.list())).not.toContain('whole page');
  });

  it('refuses invalid reports field by field', async () => {
    const res = await post({ ...report, selection: '', kind: 'rumour' });
    expect(res.status).toBe(400);
    const body = (await res.json()) as { error: string; issues: { field: string }[] };
    expect(body.issues.map((i) => i.field).sort()).toEqual(['kind', 'selection']);
    expect(body.error).toMatch(/^invalid report: /);
    expect(server.db.count()).toBe(0);
  });

  it('refuses non-JSON, other content types and bodies over the limit', async () => {
    expect((await post('{not json')).status).toBe(400);
    expect((await post(report, { 'content-type': 'text/plain' })).status).toBe(415);
    const huge = await post({ ...report, why: 'x'.repeat(70_000) });
    expect(huge.status).toBe(413);
    expect(await huge.json()).toEqual({ error: 'the body is larger than 65536 bytes' });
  });

  it('refuses a body over the limit even when its length is not announced', async () => {
    const status = await new Promise<number>((resolve, reject) => {
      const req = request(`${server.url}/reports`, { method: 'POST', headers: { 'content-type': 'application/json', 'transfer-encoding': 'chunked' } }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on('error', reject);
      for (let i = 0; i < 80; i++) req.write('x'.repeat(1024));
      req.end();
    });
    expect(status).toBe(413);
  });

  it('answers the CORS preflight for extensions and refuses web pages', async () => {
    const pre = await fetch(`${server.url}/reports`, { method: 'OPTIONS', headers: { origin: EXT, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' } });
    expect(pre.status).toBe(204);
    expect(pre.headers.get('access-control-allow-origin')).toBe(EXT);
    expect(pre.headers.get('access-control-allow-methods')).toContain('POST');
    expect(pre.headers.get('access-control-allow-headers')).toContain('content-type');
    const web = await post(report, { origin: 'https://evil.example' });
    expect(web.status).toBe(403);
    expect(web.headers.get('access-control-allow-origin')).toBeNull();
    expect(server.db.count()).toBe(0);
  });
});

describe('GET', () => {
  it('/health, /reports and 404/405', async () => {
    await post(report);
    expect(await (await fetch(`${server.url}/health`)).json()).toEqual({ status: 'ok', reports: 1 });
    expect(await (await fetch(`${server.url}/reports`)).json()).toEqual({ count: 1, reports: [{ ...report, receivedAt: '2026-11-21T08:00:00.000Z' }] });
    expect((await fetch(`${server.url}/nope`)).status).toBe(404);
    const del = await fetch(`${server.url}/reports`, { method: 'DELETE' });
    expect(del.status).toBe(405);
    expect(del.headers.get('allow')).toBe('GET, POST, OPTIONS');
  });

  it('/reports/drafts turns new-claim reports into claims-db draft YAML', async () => {
    await post(report);
    await post({ ...report, id: 'fp-1', kind: 'false-positive', claim: 'dresden-death-toll' });
    const res = await fetch(`${server.url}/reports/drafts`);
    expect(res.headers.get('content-type')).toMatch(/^application\/yaml/);
    const text = await res.text();
    expect(text).toMatch(/^# 1 claims-db drafts from 1 new-claim reports; 1 reports of other kinds/);
    expect(text).toContain(`# DRAFT from user report ${report.id}`);
    const docs = parseAllDocuments(text).map((d) => d.toJS());
    expect(docs).toHaveLength(1);
    expect(docs[0]).toMatchObject({ id: 'one-million-german-prisoners-were-shot-by-the', verdict: 'false', statement: report.selection, reviewed: '2026-11-21' });
    const json = (await (await fetch(`${server.url}/reports/drafts?format=json`)).json()) as { drafts: { file: string; report: string }[] };
    expect(json.drafts).toEqual([expect.objectContaining({ report: report.id, file: 'claims-db/drafts/one-million-german-prisoners-were-shot-by-the.yaml' })]);
  });

  it('reports survive a restart on the same database', async () => {
    await post(report);
    const port = server.port;
    await server.close();
    server = await startReportServer({ port, db: dbPath() });
    expect(server.db.count()).toBe(1);
    expect((await post(report)).status).toBe(200);
  });
});

describe('options', () => {
  it('--origin restricts CORS to listed extension ids; --read-token guards the lists', async () => {
    await server.close();
    server = await startReportServer({ port: 0, db: dbPath(), origin: [EXT], readToken: 'a-long-enough-secret' });
    expect((await post(report, { origin: 'chrome-extension://someoneelse' })).status).toBe(403);
    expect((await post(report)).status).toBe(201);
    expect((await fetch(`${server.url}/reports`)).status).toBe(401);
    expect((await fetch(`${server.url}/reports`, { headers: { authorization: 'Bearer a-long-enough-secret' } })).status).toBe(200);
    expect((await fetch(`${server.url}/health`)).status).toBe(200);
  });
});
