import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Page, Worker } from 'playwright-core';
import { draftFromReport, parseReportFile } from '../../lib/claims/draft';
import { ISSUE_TRACKER_NEW_ISSUE_URL } from '../../lib/reports/export';
import { startReportServer, type RunningServer } from '../../server/app';
import { activeTabId, launchWithExtension, waitForCaveat, type Launched } from '../support/browser';
import { serve, type StaticServer } from '../support/server';

let browser: Launched;
let site: StaticServer;
let intake: RunningServer | undefined;
let dir: string;
const dbPath = () => join(dir, 'reports.sqlite');
const POST = '/posts/stalin-german-pows.html';

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'caveat-reports-e2e-'));
  site = await serve(['demo/site']);
  browser = await launchWithExtension();
});
after(async () => {
  await browser?.close();
  await site?.close();
  await intake?.close();
  rmSync(dir, { recursive: true, force: true });
});

const ext = (path: string) => `chrome-extension://${browser.extensionId}/${path}`;

/** Polls `check` until it returns a truthy value; fails with `what` after `ms`. */
async function until<T>(what: string, check: () => Promise<T> | T, ms = 15_000): Promise<Exclude<T, false | undefined | null | '' | 0>> {
  const end = Date.now() + ms;
  let last: unknown;
  for (;;) {
    try {
      const value = await check();
      if (value) return value as Exclude<T, false | undefined | null | '' | 0>;
    } catch (e) {
      last = e;
    }
    if (Date.now() > end) throw new Error(`timed out after ${ms} ms waiting for ${what}${last ? `: ${String(last)}` : ''}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** The extension's service worker, woken by opening an extension page if it was stopped. */
async function worker(): Promise<Worker> {
  const live = browser.context.serviceWorkers().find((w) => w.url().startsWith(ext('')));
  if (live) return live;
  const waiting = browser.context.waitForEvent('serviceworker', { timeout: 10_000 });
  const page = await browser.context.newPage();
  await page.goto(ext('reports.html'));
  const w = await waiting;
  await page.close();
  return w;
}

type Chrome = { storage: { local: { get(k: string | null): Promise<Record<string, unknown>>; set(v: object): Promise<void> } }; alarms: { get(n: string): Promise<{ scheduledTime: number } | undefined> } };

/** Merges `patch` into a storage.local key through the service worker. */
async function patchStorage(key: string, patch: Record<string, unknown>): Promise<void> {
  await (await worker()).evaluate(
    async ([k, p]) => {
      const c = (globalThis as unknown as { chrome: Chrome }).chrome;
      const current = (await c.storage.local.get(k))[k];
      await c.storage.local.set({ [k]: { ...(typeof current === 'object' && current ? current : {}), ...p } });
    },
    [key, patch] as const,
  );
}

async function storageKeys(): Promise<string[]> {
  return (await worker()).evaluate(async () => Object.keys(await (globalThis as unknown as { chrome: Chrome }).chrome.storage.local.get(null)));
}

/** Fills the reason and submits; returns the id of the saved report (from My reports' URL). */
async function submit(form: Page, why: string): Promise<string> {
  await form.getByLabel(/Why is it dubious/).fill(why);
  await form.getByRole('button', { name: /^Save/ }).click();
  await form.waitForURL(/reports\.html\?saved=/, { timeout: 10_000 });
  return new URL(form.url()).searchParams.get('saved')!;
}

const AXE = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');

/** axe-core's WCAG A/AA violations on a page, in light and in dark mode ("rule: target" lines). */
async function axeViolations(page: Page): Promise<string[]> {
  // Evaluated through the debugger protocol, which the extension page's CSP does not apply to.
  await page.evaluate(AXE);
  const out: string[] = [];
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    const found = await page.evaluate(async () => {
      const axe = (globalThis as unknown as { axe: { run(o: object): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
      const r = await axe.run({ runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
      return r.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
    });
    out.push(...found.map((f) => `${colorScheme} ${f}`));
  }
  await page.emulateMedia({ colorScheme: null });
  return out;
}

const statusOf = (page: Page, id: string) => page.locator(`[data-report-id="${id}"] [data-status]`).getAttribute('data-status');

describe('reports', () => {
  const ids: string[] = [];

  it('files a report from the form opened with prefill parameters; it stays local without an endpoint', async () => {
    const q = new URLSearchParams({
      kind: 'new-claim',
      selection: 'one million German POWs were shot',
      sentence: 'Everyone knows one million German POWs were shot in 1945.',
      title: 'Demo post',
      url: `${site.url}${POST}`,
    });
    const form = await browser.context.newPage();
    await form.goto(ext(`report.html?${q}`));
    assert.equal(await form.getByLabel('Text on the page').inputValue(), 'one million German POWs were shot');
    assert.equal(await form.getByLabel('Sentence around it').inputValue(), 'Everyone knows one million German POWs were shot in 1945.');
    assert.equal(await form.getByLabel('Page title').inputValue(), 'Demo post');
    assert.equal(await form.getByLabel('Page address').inputValue(), `${site.url}${POST}`);
    assert.match(await form.getByTestId('destination').innerText(), /No report server is set, so this report stays in this browser/);
    // The reason field has focus, ready to type.
    assert.equal(await form.evaluate(() => document.activeElement?.id), 'r-why');

    // Submitting without a reason: a summary takes focus, the field says what is wrong and is tied to its message.
    await form.getByLabel('Page address').focus();
    await form.keyboard.press('Enter');
    const summary = form.getByRole('alert').filter({ hasText: 'There is a problem' });
    await summary.waitFor({ timeout: 5000 });
    assert.equal(await form.evaluate(() => document.activeElement?.classList.contains('error-summary')), true);
    const why = form.getByLabel(/Why is it dubious/);
    assert.equal(await why.getAttribute('aria-invalid'), 'true');
    assert.match((await why.getAttribute('aria-describedby')) ?? '', /r-why-error/);
    assert.match(await form.locator('#r-why-error').innerText(), /why this claim is dubious/);
    assert.deepEqual(await axeViolations(form), [], 'the form with its error messages is accessible, light and dark');
    await summary.getByRole('link').click();
    assert.equal(await form.evaluate(() => document.activeElement?.id), 'r-why');

    await form.getByLabel(/A source that supports/).fill('not a url');
    await form.getByLabel('Suggested verdict').selectOption('false');
    await why.fill('Overmans counts about 363,000 deaths in Soviet captivity, from all causes.');
    await form.getByRole('button', { name: 'Save report' }).click();
    await form.locator('#r-source-error').waitFor({ timeout: 5000 });
    await form.getByLabel(/A source that supports/).fill('https://example.org/overmans');
    ids.push(await submit(form, 'Overmans counts about 363,000 deaths in Soviet captivity, from all causes.'));

    // My reports: saved, listed, local only.
    await form.getByTestId('saved-banner').getByText('Report saved.').waitFor({ timeout: 5000 });
    assert.equal(await statusOf(form, ids[0]!), 'local');
    assert.match(await form.locator(`[data-report-id="${ids[0]}"]`).innerText(), /Local only[\s\S]*one million German POWs were shot/);
    assert.match(await form.getByTestId('destination').innerText(), /No report server is set/);
    await form.close();
  });

  it('opens the form from the popup, prefilled with the selection, its sentence and the page', async () => {
    const page = await browser.context.newPage();
    await page.goto(site.url + POST);
    await waitForCaveat(page);
    const selected = await page.evaluate(() => {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      const phrase = 'forced into labor camps';
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const at = n.textContent!.indexOf(phrase);
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(n, at);
        range.setEnd(n, at + phrase.length);
        getSelection()!.removeAllRanges();
        getSelection()!.addRange(range);
        return phrase;
      }
      return undefined;
    });
    assert.ok(selected, 'the demo post has the phrase to select');
    await page.bringToFront();
    const tab = await activeTabId(browser);
    const popup = await browser.context.newPage();
    await popup.goto(ext(`popup.html?tab=${tab}`));
    const [form] = await Promise.all([
      browser.context.waitForEvent('page', { timeout: 10_000, predicate: (p) => p.url().includes('/report.html') }),
      popup.getByRole('button', { name: 'Report a claim on this page' }).click(),
    ]);
    await form.getByLabel('Text on the page').waitFor({ timeout: 10_000 });
    assert.equal(await form.getByLabel('Page address').inputValue(), site.url + POST);
    assert.equal(await form.getByLabel('Page title').inputValue(), await page.title());
    assert.equal(await form.getByLabel('Text on the page').inputValue(), selected);
    assert.match(await form.getByLabel('Sentence around it').inputValue(), /forced into labor camps/);
    ids.push(await submit(form, 'Testing the popup path.'));
    // My reports loads its list after the redirect: wait for both items before counting.
    await form.locator('[data-report-id]').nth(1).waitFor({ timeout: 10_000 });
    assert.equal(await form.locator('[data-report-id]').count(), 2);
    await Promise.all([form.close(), popup.close(), page.close()]);
  });

  it('adds "Report to Caveat…" to the context menu of selected text', async () => {
    // No API lists menu items, but updating one that does not exist fails.
    const title = await (await worker()).evaluate(async () => {
      const c = (globalThis as unknown as { chrome: { contextMenus: { update(id: string, p: object): Promise<void> } } }).chrome;
      await c.contextMenus.update('caveat-report', { title: 'Report to Caveat…', contexts: ['selection'] });
      return 'ok';
    });
    assert.equal(title, 'ok');
  });

  it('opens the form from a popover button, about that claim', async () => {
    const page = await browser.context.newPage();
    await page.goto(site.url + POST);
    await waitForCaveat(page);
    await page.locator('caveat-mark[data-claims~="soviet-executed-german-pows"][tabindex="0"]').first().click();
    const dialog = page.locator('caveat-popover [role="dialog"]');
    await dialog.waitFor({ timeout: 5000 });
    const button = dialog.getByRole('button', { name: 'This highlight is wrong' }).first();
    const [form] = await Promise.all([
      browser.context.waitForEvent('page', { timeout: 10_000, predicate: (p) => p.url().includes('/report.html') }),
      button.click(),
    ]);
    await form.getByLabel('Text on the page').waitFor({ timeout: 10_000 });
    assert.equal(await form.getByLabel('Wrong highlight').isChecked(), true);
    assert.match(await form.getByTestId('about-claim').innerText(), /About Caveat’s entry: \S/);
    assert.ok((await form.getByLabel('Text on the page').inputValue()).length > 0);
    assert.equal(await form.getByLabel('Page address').inputValue(), site.url + POST);
    await Promise.all([form.close(), page.close()]);
  });

  it('exports the reports as a claims-db report file, and offers a prefilled GitHub issue', async () => {
    const page = await browser.context.newPage();
    await page.goto(ext('reports.html'));
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 10_000 }), page.getByRole('button', { name: /Export all as JSON/ }).click()]);
    assert.match(download.suggestedFilename(), /^caveat-reports-\d{4}-\d{2}-\d{2}\.json$/);
    const data: unknown = JSON.parse(readFileSync((await download.path())!, 'utf8'));
    const parsed = parseReportFile('export.json', data);
    assert.ok(parsed.ok, JSON.stringify(parsed));
    assert.equal(parsed.value.format, 'caveat-report');
    assert.equal(parsed.value.version, 1);
    assert.deepEqual(parsed.value.reports.map((r) => r.id).sort(), [...ids].sort());
    const allowed = new Set(['id', 'kind', 'selection', 'sentence', 'pageTitle', 'pageUrl', 'why', 'sourceUrl', 'verdict', 'claim', 'createdAt']);
    for (const r of parsed.value.reports) {
      for (const key of Object.keys(r)) assert.ok(allowed.has(key), `unexpected field ${key} in the export`);
    }
    const first = parsed.value.reports.find((r) => r.id === ids[0])!;
    assert.deepEqual(
      { ...first, createdAt: undefined, id: undefined },
      {
        id: undefined,
        createdAt: undefined,
        kind: 'new-claim',
        selection: 'one million German POWs were shot',
        sentence: 'Everyone knows one million German POWs were shot in 1945.',
        pageTitle: 'Demo post',
        pageUrl: `${site.url}${POST}`,
        why: 'Overmans counts about 363,000 deaths in Soviet captivity, from all causes.',
        sourceUrl: 'https://example.org/overmans',
        verdict: 'false',
      },
    );
    // Ready for `npm run claims -- new --from-report`.
    assert.equal(draftFromReport(first, '2026-11-22').draft.statement, first.selection);

    const href = (await page.locator(`[data-report-id="${ids[0]}"]`).getByTestId('issue-link').getAttribute('href'))!;
    const url = new URL(href);
    assert.equal(`${url.origin}${url.pathname}`, ISSUE_TRACKER_NEW_ISSUE_URL);
    assert.match(url.searchParams.get('title')!, /one million German POWs were shot/);
    assert.match(url.searchParams.get('body')!, /> one million German POWs were shot/);
    await page.close();
  });

  it('sends every report to the intake server once an endpoint is set', async () => {
    intake = await startReportServer({ port: 0, db: dbPath() });
    const page = await browser.context.newPage();
    await page.goto(ext('reports.html'));
    await patchStorage('settings', { reportEndpoint: `${intake.url}/reports` });
    await until('both reports in the server database', () => intake!.db.count() === 2);
    assert.deepEqual(intake.db.list().map((r) => ('report' in r ? r.report.id : r.id)).sort(), [...ids].sort());
    for (const id of ids) await until(`report ${id} marked sent`, async () => (await statusOf(page, id)) === 'sent', 10_000);
    assert.match(await page.locator(`[data-report-id="${ids[0]}"]`).innerText(), /Sent[\s\S]*Received by 127\.0\.0\.1:\d+ on/);
    assert.equal(await page.locator(`[data-report-id="${ids[0]}"]`).getByTestId('issue-link').count(), 0);
    assert.deepEqual(await axeViolations(page), [], 'My reports is accessible, light and dark');
    await page.close();
  });

  it('keeps a report queued with a retry scheduled while the server is down, and delivers it when it is back', async () => {
    const port = intake!.port;
    // A short back-off for the test; real use starts at one minute (lib/reports/delivery.ts).
    await patchStorage('reports:config', { backoffBaseMs: 1500, backoffMaxMs: 3000 });
    await intake!.close();
    intake = undefined;
    // A damaged entry, to be set aside (not dropped) by the next delivery round.
    await (await worker()).evaluate(async () => {
      await (globalThis as unknown as { chrome: Chrome }).chrome.storage.local.set({ 'report:broken': { v: 1, report: { id: 'broken', selection: '' } } });
    });

    const form = await browser.context.newPage();
    await form.goto(ext(`report.html?${new URLSearchParams({ selection: 'Stalin said there are no Soviet prisoners of war, only traitors', title: 'Demo', url: site.url + POST })}`));
    assert.match(await form.getByTestId('destination').innerText(), /sent to 127\.0\.0\.1:\d+/);
    await form.getByLabel(/Why is it dubious/).fill('The quote is not attested.');
    await form.getByRole('button', { name: 'Save and send report' }).click();
    await form.waitForURL(/reports\.html\?saved=/, { timeout: 10_000 });
    const id = new URL(form.url()).searchParams.get('saved')!;

    await until('a failed attempt shown', async () => (await statusOf(form, id)) === 'retrying', 10_000);
    assert.match(await form.locator(`[data-report-id="${id}"]`).innerText(), /Not sent yet[\s\S]*failed attempt[\s\S]*Could not reach 127\.0\.0\.1:\d+[\s\S]*Next try:/);
    const alarm = await (await worker()).evaluate(() => (globalThis as unknown as { chrome: Chrome }).chrome.alarms.get('caveat:reports-retry'));
    assert.ok(alarm && alarm.scheduledTime > Date.now() - 5000, `a retry alarm is scheduled: ${JSON.stringify(alarm)}`);

    const keys = await until('the damaged entry set aside', async () => {
      const k = await storageKeys();
      return k.includes('report-aside:report:broken') && !k.includes('report:broken') ? k : undefined;
    });
    assert.ok(keys.includes(`report:${id}`));
    await form.getByTestId('aside').getByText(/report:broken/).waitFor({ timeout: 5000 });

    // Back on the same port; the alarm's retry delivers it.
    intake = await startReportServer({ port, db: dbPath() });
    await until('the queued report in the server database', () => intake!.db.list().some((r) => 'report' in r && r.report.id === id), 20_000);
    await until('the report marked sent', async () => (await statusOf(form, id)) === 'sent', 10_000);
    assert.equal(intake.db.count(), 3);
    await form.close();
  });
});
