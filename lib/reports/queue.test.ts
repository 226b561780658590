import { describe, expect, it } from 'vitest';
import { dueEntries, markFailed, markSending, markSent, nextWake, parseDeliveryConfig, retryDelay, statusOf, STALE_SENDING_MS } from './delivery';
import { ASIDE_PREFIX, entryKey, newEntry, readQueue, type QueueEntry } from './queue';
import type { UserReport } from './schema';

const report = (id: string, createdAt = '2026-11-20T10:00:00.000Z'): UserReport => ({ id, kind: 'new-claim', selection: `claim ${id}`, createdAt });
const config = parseDeliveryConfig({ backoffBaseMs: 1000, backoffMaxMs: 8000 });
const NOW = Date.parse('2026-11-22T12:00:00Z');

describe('readQueue', () => {
  it('reads entries newest first and ignores other keys', () => {
    const a = newEntry(report('a', '2026-11-20T10:00:00.000Z'));
    const b = newEntry(report('b', '2026-11-21T10:00:00.000Z'));
    const q = readQueue({ [entryKey('a')]: a, [entryKey('b')]: b, settings: { x: 1 } });
    expect(q.entries.map((e) => e.report.id)).toEqual(['b', 'a']);
    expect(q.corrupt).toEqual([]);
  });

  it('keeps unreadable entries aside with their raw value and a reason, never drops them', () => {
    const raw = { v: 1, report: { id: 'c', kind: 'new-claim', selection: '' } };
    const q = readQueue({
      [entryKey('c')]: raw,
      [entryKey('d')]: 'not even an object',
      [entryKey('e')]: newEntry(report('other-id')),
      [`${ASIDE_PREFIX}report:z`]: { key: 'report:z', raw: 42, reason: 'old', at: '2026-11-01T00:00:00.000Z' },
    });
    expect(q.entries).toEqual([]);
    expect(q.corrupt.map((c) => c.key).sort()).toEqual(['report:c', 'report:d', 'report:e']);
    expect(q.corrupt.find((c) => c.key === 'report:c')!.raw).toBe(raw);
    expect(q.corrupt.find((c) => c.key === 'report:c')!.reason).toMatch(/report\.selection: must not be empty/);
    expect(q.corrupt.find((c) => c.key === 'report:e')!.reason).toMatch(/its id is other-id/);
    expect(q.aside).toEqual([{ key: 'report:z', raw: 42, reason: 'old', at: '2026-11-01T00:00:00.000Z' }]);
  });

  it('a damaged delivery state degrades to "not sent yet" instead of losing the report', () => {
    const q = readQueue({ [entryKey('a')]: { v: 1, report: report('a'), state: { attempts: 'many' } } });
    expect(q.entries[0]!.state).toEqual({ attempts: 0 });
  });
});

describe('delivery', () => {
  it('backs off exponentially, capped, with bounded jitter', () => {
    const mid = () => 0.5;
    expect([1, 2, 3, 4, 5, 9].map((n) => retryDelay(n, config, mid))).toEqual([1000, 2000, 4000, 8000, 8000, 8000]);
    expect(retryDelay(1, config, () => 0)).toBe(800);
    expect(retryDelay(1, config, () => 0.999)).toBeLessThanOrEqual(1200);
    expect(retryDelay(9, config, () => 0.999)).toBe(8000);
    expect(parseDeliveryConfig('junk')).toEqual({ backoffBaseMs: 60_000, backoffMaxMs: 21_600_000 });
  });

  it('picks due reports: unsent, not in flight, past their retry time', () => {
    const fresh = newEntry(report('fresh'));
    const waiting: QueueEntry = { ...newEntry(report('waiting')), state: { attempts: 1, nextAttemptAt: NOW + 5000 } };
    const ready: QueueEntry = { ...newEntry(report('ready')), state: { attempts: 2, nextAttemptAt: NOW - 1 } };
    const sending: QueueEntry = { ...newEntry(report('sending')), state: markSending({ attempts: 0 }, NOW - 1000) };
    const stale: QueueEntry = { ...newEntry(report('stale')), state: markSending({ attempts: 0 }, NOW - STALE_SENDING_MS - 1) };
    const sent: QueueEntry = { ...newEntry(report('sent')), state: markSent({ attempts: 1 }, 'https://x/reports', NOW) };
    const all = [fresh, waiting, ready, sending, stale, sent];
    expect(dueEntries(all, NOW).map((e) => e.report.id)).toEqual(['fresh', 'ready', 'stale']);
    expect(dueEntries(all, NOW, true).map((e) => e.report.id)).toEqual(['fresh', 'waiting', 'ready', 'stale']);
    expect(nextWake(all)).toBe(NOW - 1); // "ready", and "stale" went stale at the same moment
    expect(nextWake([waiting, sending])).toBe(NOW + 5000);
    expect(nextWake([sending])).toBe(NOW - 1000 + STALE_SENDING_MS);
    expect(nextWake([fresh, sent])).toBeUndefined();
  });

  it('a failure counts, keeps the reason and schedules the next try; success records the time', () => {
    const failed = markFailed({ attempts: 1 }, 'down', NOW, config, () => 0.5);
    expect(failed).toEqual({ attempts: 2, lastError: 'down', nextAttemptAt: NOW + 2000 });
    const sent = markSent(markSending(failed, NOW), 'https://x/reports', NOW);
    expect(sent).toEqual({ attempts: 2, sentAt: '2026-11-22T12:00:00.000Z', sentTo: 'https://x/reports' });
  });

  it('tells the reader where each report stands', () => {
    const ep = 'https://x/reports';
    expect(statusOf({ attempts: 0 }, undefined, NOW)).toEqual({ kind: 'local' });
    expect(statusOf({ attempts: 0 }, ep, NOW)).toEqual({ kind: 'queued', to: ep });
    expect(statusOf(markSending({ attempts: 0 }, NOW), ep, NOW)).toEqual({ kind: 'sending' });
    expect(statusOf({ attempts: 3, lastError: 'HTTP 503', nextAttemptAt: NOW + 10 }, ep, NOW)).toEqual({ kind: 'retrying', to: ep, attempts: 3, lastError: 'HTTP 503', nextAt: NOW + 10 });
    expect(statusOf(markSent({ attempts: 0 }, ep, NOW), undefined, NOW)).toEqual({ kind: 'sent', at: '2026-11-22T12:00:00.000Z', to: ep });
  });
});
