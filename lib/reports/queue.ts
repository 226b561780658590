import * as z from 'zod/mini';
import { UserReport } from './schema';

/**
 * The report queue as it lies in storage.local: one key per report (`report:<id>`), so a write
 * touches one report only and one damaged value cannot take the others with it. Values are
 * stored raw and parsed on every read; an entry that does not parse is moved, untouched, to
 * `report-aside:<key>` and shown to the reader, never dropped.
 */

/** Storage key prefix of queued reports. */
export const ENTRY_PREFIX = 'report:';
/** Storage key prefix of entries that could not be read, kept as they were. */
export const ASIDE_PREFIX = 'report-aside:';
/** Storage key of the delivery tuning (tests shorten the back-off). */
export const CONFIG_KEY = 'reports:config';

export const entryKey = (id: string) => `${ENTRY_PREFIX}${id}`;

/** Where a report is on its way to the endpoint. Every field has a default, so a damaged state degrades to "not sent yet". */
export const DeliveryState = z.object({
  /** Failed attempts so far. */
  attempts: z._default(z.number().check(z.int(), z.nonnegative()), 0),
  /** Epoch ms before which no automatic retry happens. */
  nextAttemptAt: z.optional(z.number()),
  /** Why the last attempt failed, for the reader. */
  lastError: z.optional(z.string()),
  /** Epoch ms when an attempt started and has not finished yet. */
  sendingSince: z.optional(z.number()),
  /** When the endpoint acknowledged the report (ISO 8601); set only on a valid acknowledgement. */
  sentAt: z.optional(z.string()),
  /** The endpoint that acknowledged it. */
  sentTo: z.optional(z.string()),
});
export type DeliveryState = z.infer<typeof DeliveryState>;

/** One stored report. `v` lets a later version migrate instead of guessing. */
export const QueueEntry = z.object({
  v: z.literal(1),
  report: UserReport,
  state: z.catch(DeliveryState, () => ({ attempts: 0 })),
});
export type QueueEntry = z.infer<typeof QueueEntry>;

/** A stored value that could not be read: where it was, what it held, and why it failed. */
export interface AsideEntry {
  /** The key it was found under (for set-aside entries: the original key). */
  key: string;
  raw: unknown;
  reason: string;
  /** When it was set aside (ISO 8601); undefined for one just found. */
  at?: string;
}

/** What a `report-aside:` key holds. */
export const StoredAside = z.object({ key: z.string(), raw: z.unknown(), reason: z.string(), at: z.string() });

/** A new entry for a report the reader just filed. */
export function newEntry(report: UserReport): QueueEntry {
  return { v: 1, report, state: { attempts: 0 } };
}

/** The whole queue, read from a storage snapshot. */
export interface QueueSnapshot {
  /** Readable reports, newest first. */
  entries: QueueEntry[];
  /** Entries found unreadable in this read, still under their `report:` key. */
  corrupt: AsideEntry[];
  /** Entries set aside earlier. */
  aside: AsideEntry[];
}

/** Splits a storage snapshot (`storage.local.get(null)`) into readable reports and unreadable entries. */
export function readQueue(all: Record<string, unknown>): QueueSnapshot {
  const entries: QueueEntry[] = [];
  const corrupt: AsideEntry[] = [];
  const aside: AsideEntry[] = [];
  for (const [key, raw] of Object.entries(all)) {
    if (key.startsWith(ASIDE_PREFIX)) {
      const a = StoredAside.safeParse(raw);
      aside.push(a.success ? a.data : { key: key.slice(ASIDE_PREFIX.length), raw, reason: 'set aside, details unreadable' });
      continue;
    }
    if (!key.startsWith(ENTRY_PREFIX)) continue;
    const parsed = QueueEntry.safeParse(raw);
    if (!parsed.success) {
      corrupt.push({ key, raw, reason: describeIssues(parsed.error.issues) });
    } else if (entryKey(parsed.data.report.id) !== key) {
      corrupt.push({ key, raw, reason: `stored under ${key} but its id is ${parsed.data.report.id}` });
    } else {
      entries.push(parsed.data);
    }
  }
  entries.sort((a, b) => b.report.createdAt.localeCompare(a.report.createdAt) || a.report.id.localeCompare(b.report.id));
  return { entries, corrupt, aside };
}

/** zod issues as one line: "report.selection: must not be empty; v: …". */
export function describeIssues(issues: readonly { path: readonly PropertyKey[]; message: string }[]): string {
  return issues.map((i) => `${i.path.map(String).join('.') || '(value)'}: ${i.message}`).join('; ');
}
