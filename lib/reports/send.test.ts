import { describe, expect, it } from 'vitest';
import { postReport, type Fetch } from './send';
import type { UserReport } from './schema';

const report: UserReport = { id: 'r1', kind: 'new-claim', selection: 'x', createdAt: '2026-11-20T10:00:00.000Z', pageText: 'must not leave' };
const EP = 'https://reports.example/reports';

function fake(status: number, body: string, seen: { init?: RequestInit } = {}): Fetch {
  return async (_url, init) => {
    seen.init = init;
    return new Response(body, { status });
  };
}

describe('postReport', () => {
  it('succeeds only on a 2xx acknowledgement for this report, and sends only report fields', async () => {
    const seen: { init?: RequestInit } = {};
    expect(await postReport(fake(201, JSON.stringify({ id: 'r1', status: 'received' }), seen), EP, report)).toEqual({ ok: true });
    expect(JSON.parse(String(seen.init!.body))).toEqual({ id: 'r1', kind: 'new-claim', selection: 'x', createdAt: '2026-11-20T10:00:00.000Z' });
    expect(seen.init).toMatchObject({ method: 'POST', credentials: 'omit', referrerPolicy: 'no-referrer' });
  });

  it('explains each kind of failure', async () => {
    const cases: [Fetch, RegExp][] = [
      [fake(200, '<html>Welcome to nginx</html>'), /HTTP 200 without an acknowledgement/],
      [fake(200, JSON.stringify({ id: 'r2', status: 'received' })), /acknowledged a different report \(r2\)/],
      [fake(200, JSON.stringify({ id: 'r1', status: 'queued' })), /without an acknowledgement/],
      [fake(400, JSON.stringify({ error: 'invalid report: selection: must not be empty' })), /HTTP 400: invalid report: selection/],
      [fake(503, 'busy'), /reports\.example answered HTTP 503\.$/],
      [async () => Promise.reject(new TypeError('Failed to fetch')), /Could not reach reports\.example: network error/],
    ];
    for (const [f, msg] of cases) {
      const r = await postReport(f, EP, report);
      expect(r.ok).toBe(false);
      expect(r.ok ? '' : r.error).toMatch(msg);
    }
  });

  it('gives up on a server that does not answer', async () => {
    const hang: Fetch = (_u, init) => new Promise((_, reject) => init.signal!.addEventListener('abort', () => reject(init.signal!.reason)));
    const r = await postReport(hang, EP, report, 50);
    expect(r).toEqual({ ok: false, error: 'Could not reach reports.example: no answer within 50 ms.' });
  });
});
