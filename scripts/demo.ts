/**
 * Caveat's main job on the bundled demo blog: serves demo/site on 127.0.0.1 and
 * opens Chromium with the built extension. With a display it stays open for you
 * to click around; without one (CI, a server) it runs headless, prints what it
 * highlighted on each page and saves screenshots.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { activeTabId, highlightsOn, launchWithExtension, waitForCaveat } from '../tests/support/browser';
import { serve } from '../tests/support/server';

const PAGES = ['/posts/stalin-german-pows.html', '/posts/axis-defectors.html', '/posts/myths-roundup.html'];
const OUT = resolve('demo-output');
const headless = !process.env.DISPLAY || process.env.CI === 'true' || process.argv.includes('--headless');

const site = await serve(['demo/site']);
const browser = await launchWithExtension({ headless });
console.log(`Demo blog at ${site.url}/ (Caveat loaded, ${headless ? 'headless' : 'windowed'})\n`);
try {
  for (const path of PAGES) {
    const page = await browser.context.newPage();
    await page.goto(site.url + path);
    await waitForCaveat(page);
    const hs = await highlightsOn(page);
    console.log(`${path}: ${hs.length} highlights`);
    for (const h of hs) console.log(`  [${h.verdict}] ${h.id}: “${h.text.replace(/\s+/g, ' ').trim().slice(0, 110)}”`);
    console.log();
  }
  if (headless) {
    mkdirSync(OUT, { recursive: true });
    for (const dark of [false, true]) {
      const page = await browser.context.newPage();
      await page.emulateMedia({ colorScheme: dark ? 'dark' : 'light' });
      await page.goto(site.url + PAGES[0]);
      await waitForCaveat(page);
      const suffix = dark ? '-dark' : '';
      if (!dark) await page.screenshot({ path: `${OUT}/page.png` });
      const mark = page.locator('caveat-mark[tabindex="0"]', { hasText: 'It is estimated that' });
      await mark.scrollIntoViewIfNeeded();
      await mark.click();
      await page.locator('caveat-popover [role="dialog"]').waitFor();
      await page.screenshot({ path: `${OUT}/popover${suffix}.png` });
    }
    const popup = await browser.context.newPage();
    await popup.setViewportSize({ width: 380, height: 560 });
    const last = browser.context.pages()[browser.context.pages().length - 2]!;
    await last.bringToFront();
    const tab = await activeTabId(browser);
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${tab}`);
    await popup.getByTestId('count').waitFor();
    await popup.screenshot({ path: `${OUT}/popup.png` });
    const extensionPage = async (path: string, file: string) => {
      const page = await browser.context.newPage();
      await page.setViewportSize({ width: 1000, height: 900 });
      await page.goto(`chrome-extension://${browser.extensionId}/${path}`);
      await page.waitForLoadState('networkidle');
      await page.screenshot({ path: `${OUT}/${file}`, fullPage: true });
    };
    const prefill = new URLSearchParams({ kind: 'new-claim', selection: 'one million German POWs were shot', title: 'Demo post', url: `${site.url}${PAGES[0]}` });
    await extensionPage(`report.html?${prefill}`, 'report-form.png');
    await extensionPage('options.html', 'options.png');
    console.log(`Screenshots: ${OUT}/page.png, popover.png, popover-dark.png, popup.png, report-form.png, options.png`);
  } else {
    console.log('Close the browser window to end the demo.');
    await new Promise((done) => browser.context.on('close', done));
  }
} finally {
  await browser.close().catch(() => undefined);
  await site.close();
}
