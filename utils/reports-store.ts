import { browser } from 'wxt/browser';
import type { ToBackground } from '../lib/messages';
import { parseDeliveryConfig, type DeliveryConfig } from '../lib/reports/delivery';
import { ASIDE_PREFIX, CONFIG_KEY, ENTRY_PREFIX, entryKey, QueueEntry, readQueue, type AsideEntry, type QueueSnapshot } from '../lib/reports/queue';

/**
 * The report queue in storage.local (layout: lib/reports/queue.ts). storage.local survives
 * browser restarts and extension updates. Pages read it; only the background writes it
 * (pages ask by message), and the background serialises its writes through `withQueueLock`.
 */

/** The whole queue, parsed. */
export async function readReports(): Promise<QueueSnapshot> {
  return readQueue(await browser.storage.local.get(null));
}

/** One report's entry, or undefined when it is gone or unreadable. */
export async function readEntry(id: string): Promise<QueueEntry | undefined> {
  const key = entryKey(id);
  const parsed = QueueEntry.safeParse((await browser.storage.local.get(key))[key]);
  return parsed.success && parsed.data.report.id === id ? parsed.data : undefined;
}

/** Calls `cb` whenever a report, a set-aside entry or the delivery tuning changes. */
export function watchReports(cb: () => void): () => void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area !== 'local') return;
    if (Object.keys(changes).some((k) => k.startsWith(ENTRY_PREFIX) || k.startsWith(ASIDE_PREFIX) || k === CONFIG_KEY)) cb();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

/** Back-off tuning (defaults unless a test stored shorter ones). */
export async function getDeliveryConfig(): Promise<DeliveryConfig> {
  return parseDeliveryConfig((await browser.storage.local.get(CONFIG_KEY))[CONFIG_KEY]);
}

let chain: Promise<unknown> = Promise.resolve();

/** Runs queue writes one after another within this context, so read-modify-write steps never interleave. */
export function withQueueLock<T>(fn: () => Promise<T>): Promise<T> {
  const run = chain.then(fn, fn);
  chain = run.catch(() => undefined);
  return run;
}

/** Writes one entry (background only, inside `withQueueLock`). */
export async function writeEntry(entry: QueueEntry): Promise<void> {
  await browser.storage.local.set({ [entryKey(entry.report.id)]: entry });
}

/** Deletes one report (background only). */
export async function deleteEntry(id: string): Promise<void> {
  await browser.storage.local.remove(entryKey(id));
}

/**
 * Moves unreadable entries from their `report:` key to `report-aside:<key>`, unchanged and with
 * the reason, so that the queue stops tripping over them and the reader still sees them.
 */
export async function setAside(corrupt: readonly AsideEntry[], now: Date): Promise<void> {
  if (!corrupt.length) return;
  const at = now.toISOString();
  await browser.storage.local.set(Object.fromEntries(corrupt.map((c) => [`${ASIDE_PREFIX}${c.key}`, { key: c.key, raw: c.raw, reason: c.reason, at }])));
  await browser.storage.local.remove(corrupt.map((c) => c.key));
}

/**
 * Deletes one unreadable entry, by its original key (background only, when the reader asks):
 * the set-aside copy, and the original if it is still there and still unreadable.
 */
export async function discardAside(key: string): Promise<void> {
  await browser.storage.local.remove(`${ASIDE_PREFIX}${key}`);
  if (!key.startsWith(ENTRY_PREFIX)) return;
  const value = (await browser.storage.local.get(key))[key];
  if (value !== undefined && !QueueEntry.safeParse(value).success) await browser.storage.local.remove(key);
}

/** Titles of the claims-db entries reports are about, asked of the background (which bundles the entries). */
export async function claimTitles(ids: readonly string[]): Promise<Map<string, string>> {
  if (!ids.length) return new Map();
  const msg: ToBackground = { type: 'caveat:details', ids: [...new Set(ids)] };
  const answer: unknown = await browser.runtime.sendMessage(msg).catch(() => undefined);
  const titles = new Map<string, string>();
  for (const item of Array.isArray(answer) ? answer : []) {
    const d = item as { id?: unknown; title?: unknown };
    if (typeof d.id === 'string' && typeof d.title === 'string') titles.set(d.id, d.title);
  }
  return titles;
}
