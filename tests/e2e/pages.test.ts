import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { activeTabId, highlightsOn, launchWithExtension, waitForCaveat, type Launched } from '../support/browser';
import { serve, type StaticServer } from '../support/server';

let browser: Launched;
let site: StaticServer;

before(async () => {
  site = await serve(['tests/fixtures'], {
    '/csp.html': { 'content-security-policy': "default-src 'none'; style-src 'none'; script-src 'none'" },
  });
  browser = await launchWithExtension();
});
after(async () => {
  await browser?.close();
  await site?.close();
});

async function open(path: string): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(site.url + path);
  await waitForCaveat(page);
  return { page, errors };
}
const claims = async (page: Page) => new Set((await highlightsOn(page)).flatMap((h) => h.id.split(' ')));

describe('real pages', () => {
  it('scans content that appears after load, once the page settles', async () => {
    const { page, errors } = await open('/late.html');
    await page.waitForFunction(() => document.querySelectorAll('caveat-mark').length > 0, undefined, { timeout: 10_000 });
    await page.waitForFunction(() => document.body.textContent!.includes('Dresden killed'));
    await page.waitForFunction(() => [...document.querySelectorAll('caveat-mark')].some((m) => m.textContent!.includes('Dresden')), undefined, { timeout: 10_000 });
    // A late paragraph is read with the one before it, which names the place its "dort" points to.
    await page.waitForFunction(() => [...document.querySelectorAll('caveat-mark')].some((m) => m.textContent!.includes('sind dort 250.000')), undefined, { timeout: 10_000 });
    const found = await claims(page);
    assert.ok(found.has('soviet-executed-german-pows'), [...found].join());
    assert.ok(found.has('dresden-death-toll'), [...found].join());
    assert.ok(await page.evaluate(() => document.body.textContent!.includes('Filler paragraph number 40')), 'page kept working');
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('works under a strict Content-Security-Policy, popover styled', async () => {
    const { page, errors } = await open('/csp.html');
    assert.ok((await claims(page)).has('soviet-executed-german-pows'));
    await page.locator('caveat-mark[tabindex="0"]').first().click();
    const dialog = page.locator('caveat-popover [role="dialog"]');
    await dialog.waitFor();
    // The constructed stylesheet applied despite style-src 'none': the popover is positioned, not in the flow.
    assert.equal(await dialog.evaluate((el) => getComputedStyle(el).position), 'fixed');
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('survives a page that overrides built-ins, and keeps its CSS away from the popover', async () => {
    const { page, errors } = await open('/hostile.html');
    assert.ok((await claims(page)).has('dresden-death-toll'));
    await page.locator('caveat-mark[tabindex="0"]').first().click();
    const dialog = page.locator('caveat-popover [role="dialog"]');
    await dialog.waitFor();
    // The page hides every div and forces 16px type; the popover keeps its own size and stays visible.
    const box = await dialog.boundingBox();
    assert.ok(box && box.width > 300 && box.height > 100, JSON.stringify(box));
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('single-page navigation: the new view is scanned, the old highlights, popover and count are gone', async () => {
    const { page, errors } = await open('/spa.html');
    assert.deepEqual([...(await claims(page))].sort(), ['roa-million-men', 'soviet-executed-german-pows']);
    await page.locator('caveat-mark[tabindex="0"]').first().click();
    await page.locator('caveat-popover [role="dialog"]').waitFor();
    await page.locator('#to-dresden').click();
    await page.waitForFunction(() => document.querySelector('caveat-mark[data-claims~="dresden-death-toll"]'), undefined, { timeout: 10_000 });
    assert.deepEqual([...(await claims(page))], ['dresden-death-toll']);
    assert.equal(await page.locator('caveat-popover [role="dialog"]').count(), 0, 'no orphan popover');
    await page.bringToFront();
    const tab = await activeTabId(browser);
    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${tab}`);
    assert.equal(await popup.getByTestId('count').innerText(), '1');
    await popup.close();
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('the keyboard command\'s message opens the next highlight, and the badge counts highlights', async () => {
    const { page } = await open('/spa.html');
    await page.bringToFront();
    const tab = await activeTabId(browser);
    const worker = browser.context.serviceWorkers()[0]!;
    type Api = { tabs: { sendMessage(id: number, m: object): Promise<unknown> }; action: { getBadgeText(q: object): Promise<string> } };
    const badge = await worker.evaluate((id) => (globalThis as unknown as { chrome: Api }).chrome.action.getBadgeText({ tabId: id }), tab);
    assert.equal(badge, '2');
    await worker.evaluate((id) => (globalThis as unknown as { chrome: Api }).chrome.tabs.sendMessage(id, { type: 'caveat:next' }), tab);
    const dialog = page.locator('caveat-popover [role="dialog"]');
    await dialog.waitFor();
    assert.match(await dialog.innerText(), /500,000/);
    await worker.evaluate((id) => (globalThis as unknown as { chrome: Api }).chrome.tabs.sendMessage(id, { type: 'caveat:next' }), tab);
    await page.waitForFunction(() => document.querySelector('caveat-popover')?.shadowRoot?.textContent?.includes('Vlasov'));
    await page.close();
  });
});

