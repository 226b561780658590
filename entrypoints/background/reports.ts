import { browser, type Browser } from 'wxt/browser';
import type { ToContent } from '../../lib/messages';
import { dueEntries, markFailed, markSending, markSent, nextWake, STALE_SENDING_MS } from '../../lib/reports/delivery';
import { ToReports, type SubmitAnswer } from '../../lib/reports/messages';
import { prefillFromTab, prefillToQuery, type ReportPrefill } from '../../lib/reports/prefill';
import { newEntry } from '../../lib/reports/queue';
import { postReport } from '../../lib/reports/send';
import { toWire } from '../../lib/reports/schema';
import {
  deleteEntry,
  discardAside,
  getDeliveryConfig,
  readEntry,
  readReports,
  setAside,
  withQueueLock,
  writeEntry,
} from '../../utils/reports-store';
import { getSettings, watchSettings } from '../../utils/settings-store';

/** The context menu item on selected text. */
const MENU_ID = 'caveat-report';
/** The alarm that retries delivery; alarms outlive the service worker, timers do not. */
const RETRY_ALARM = 'caveat:reports-retry';
/** How long the tab's content script gets to answer `caveat:selection`. */
const ASK_TIMEOUT_MS = 1500;

/**
 * Reports, background side: the "Report to Caveat…" context menu, opening the report form,
 * the only writer of the report queue, and delivery to the report endpoint with retries.
 * Call once, synchronously, when the background starts (listeners must exist before events arrive).
 */
export function setupReports(): void {
  browser.runtime.onInstalled.addListener(() => {
    // Recreated on every install and update; removing first avoids a duplicate-id error.
    void browser.contextMenus.removeAll().then(() =>
      // In the browser's language (the context menu is the browser's, not our page's).
      browser.contextMenus.create({ id: MENU_ID, title: browser.i18n.getMessage('menuReport') || 'Report to Caveat…', contexts: ['selection'] }),
    );
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === MENU_ID) void openFromTab(tab, info.selectionText);
  });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === RETRY_ALARM) void deliver();
  });
  browser.runtime.onMessage.addListener(onMessage);

  // A new or changed endpoint gets every waiting report at once, back-off or not; none clears the alarm.
  let endpoint: string | undefined | null = null;
  void getSettings().then((s) => {
    if (endpoint === null) endpoint = s.reportEndpoint;
  });
  watchSettings((s) => {
    if (s.reportEndpoint === endpoint) return;
    endpoint = s.reportEndpoint;
    void deliver({ force: true });
  });

  // The worker starts on browser start-up, on install or update, and whenever an event wakes it:
  // each time, whatever is due (and the retry alarm) is taken care of.
  void deliver();
}

/** Opens the report form in a new tab next to `opener`, prefilled. */
export async function openReportForm(prefill: ReportPrefill, opener?: Browser.tabs.Tab): Promise<void> {
  await browser.tabs.create({
    url: browser.runtime.getURL(`/report.html?${prefillToQuery(prefill)}`),
    ...(opener?.index !== undefined ? { index: opener.index + 1 } : {}),
    ...(opener?.windowId !== undefined ? { windowId: opener.windowId } : {}),
    ...(opener?.id !== undefined ? { openerTabId: opener.id } : {}),
  });
}

/** Context menu and popup: ask the tab's content script for the selection and its sentence; fall back to what the browser knows. */
async function openFromTab(tab: Browser.tabs.Tab | undefined, selectionText?: string): Promise<void> {
  const answer = tab?.id === undefined ? undefined : await askTab(tab.id);
  const prefill = prefillFromTab(answer, {
    ...(selectionText ? { selectionText } : {}),
    ...(tab?.title ? { tabTitle: tab.title } : {}),
    ...(tab?.url ? { tabUrl: tab.url } : {}),
  });
  await openReportForm(prefill, tab);
}

async function askTab(tabId: number): Promise<unknown> {
  const msg: ToContent = { type: 'caveat:selection' };
  // No content script (a browser page, "only when I click" mode) rejects; a busy one may never answer.
  const timeout = new Promise((resolve) => setTimeout(resolve, ASK_TIMEOUT_MS, undefined));
  return Promise.race([browser.tabs.sendMessage(tabId, msg, { frameId: 0 }).catch(() => undefined), timeout]);
}

/** Messages from the report pages and the popup. Only extension pages may change the queue. */
function onMessage(raw: unknown, sender: Browser.runtime.MessageSender): Promise<unknown> | undefined {
  const parsed = ToReports.safeParse(raw);
  if (!parsed.success) return undefined;
  if (sender.id !== browser.runtime.id || !sender.url?.startsWith(browser.runtime.getURL('/'))) return undefined;
  const msg = parsed.data;
  switch (msg.type) {
    case 'caveat:report-submit':
      return submit(msg.report);
    case 'caveat:report-retry':
      return deliver({ force: true });
    case 'caveat:report-delete':
      return withQueueLock(() => deleteEntry(msg.id)).then(() => deliver());
    case 'caveat:report-discard-aside':
      return withQueueLock(() => discardAside(msg.key));
    case 'caveat:report-from-tab':
      return browser.tabs.get(msg.tabId).then((tab) => openFromTab(tab), () => openFromTab(undefined));
  }
}

/** Saves a report at once (before any network), then starts delivery without waiting for it. */
async function submit(report: Parameters<typeof toWire>[0]): Promise<SubmitAnswer> {
  try {
    const clean = toWire(report);
    await withQueueLock(async () => {
      // Saving twice (a double click, a resent message) keeps the first.
      if (!(await readEntry(clean.id))) await writeEntry(newEntry(clean));
    });
    void deliver();
    return { ok: true, id: clean.id };
  } catch (e) {
    return { ok: false, error: `The report could not be saved in this browser's storage: ${(e as Error).message}` };
  }
}

let running: Promise<void> | undefined;
let pending: { force: boolean } | undefined;

/**
 * Sends what is due. One round at a time: a request during a round is remembered and run after it,
 * so a report filed mid-round is not missed and none is sent twice.
 */
export function deliver({ force = false } = {}): Promise<void> {
  if (running) {
    pending = { force: force || !!pending?.force };
    return running;
  }
  running = (async () => {
    let next: { force: boolean } | undefined = { force };
    while (next) {
      pending = undefined;
      await deliverOnce(next.force).catch((e: unknown) => console.error('Caveat: report delivery failed', e));
      next = pending;
    }
  })().finally(() => {
    running = undefined;
  });
  return running;
}

async function deliverOnce(force: boolean): Promise<void> {
  const snapshot = await withQueueLock(async () => {
    const s = await readReports();
    await setAside(s.corrupt, new Date());
    return s;
  });
  const endpoint = (await getSettings()).reportEndpoint;
  if (!endpoint) {
    await browser.alarms.clear(RETRY_ALARM);
    return;
  }
  const config = await getDeliveryConfig();
  const due = dueEntries(snapshot.entries, Date.now(), force);
  // A safety net first: if the worker is stopped mid-request, this alarm picks the report up again.
  if (due.length) await browser.alarms.create(RETRY_ALARM, { when: Date.now() + STALE_SENDING_MS + 1000 });
  let unreachable: string | undefined;
  for (const { report } of due) {
    // Claim the entry under the lock, so a deletion or a second round cannot race the request.
    const claimed = await withQueueLock(async () => {
      const current = await readEntry(report.id);
      if (!current || current.state.sentAt) return false;
      // Once the endpoint proved unreachable this round, the others fail the same way without a wait each.
      if (unreachable) await writeEntry({ ...current, state: markFailed(current.state, unreachable, Date.now(), config) });
      else await writeEntry({ ...current, state: markSending(current.state, Date.now()) });
      return !unreachable;
    });
    if (!claimed) continue;
    const result = await postReport((url, init) => fetch(url, init), endpoint, report);
    if (!result.ok && result.error.startsWith('Could not reach')) unreachable = result.error;
    await withQueueLock(async () => {
      const current = await readEntry(report.id);
      if (!current) return; // deleted while in flight
      const now = Date.now();
      await writeEntry({ ...current, state: result.ok ? markSent(current.state, endpoint, now) : markFailed(current.state, result.error, now, config) });
    });
  }
  await schedule();
}

/** Sets the retry alarm for the earliest scheduled retry, or clears it when nothing waits. */
async function schedule(): Promise<void> {
  const wake = nextWake((await readReports()).entries);
  if (wake === undefined) await browser.alarms.clear(RETRY_ALARM);
  // Browsers may round short delays up (Chrome: 30 s for packed extensions), never down.
  else await browser.alarms.create(RETRY_ALARM, { when: Math.max(wake, Date.now() + 500) });
}
