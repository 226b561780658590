import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { launchWithExtension } from '../support/browser';

const profileDir = mkdtempSync(join(tmpdir(), 'caveat-restart-'));
after(() => rmSync(profileDir, { recursive: true, force: true }));

describe('nothing reported is lost', () => {
  it('a saved report and the settings survive a browser restart', async () => {
    let browser = await launchWithExtension({ profileDir });
    const ext = (path: string) => `chrome-extension://${browser.extensionId}/${path}`;
    const q = new URLSearchParams({ kind: 'new-claim', selection: 'two million German POWs were shot', title: 'Forum post', url: 'https://example.org/thread' });
    const form = await browser.context.newPage();
    await form.goto(ext(`report.html?${q}`));
    await form.getByLabel(/Why is it dubious/).fill('Overmans counts about 363,000 deaths, from all causes.');
    await form.getByRole('button', { name: /^Save/ }).click();
    await form.waitForURL(/reports\.html\?saved=/, { timeout: 10_000 });
    const id = new URL(form.url()).searchParams.get('saved')!;
    const options = await browser.context.newPage();
    await options.goto(ext('options.html'));
    await options.locator('#style-dotted').check();
    await options.getByText(/Saved/).first().waitFor();
    await browser.close();

    browser = await launchWithExtension({ profileDir });
    const reports = await browser.context.newPage();
    await reports.goto(`chrome-extension://${browser.extensionId}/reports.html`);
    const item = reports.locator(`[data-report-id="${id}"]`);
    await item.waitFor({ timeout: 10_000 });
    assert.match(await item.innerText(), /two million German POWs were shot/);
    const opts = await browser.context.newPage();
    await opts.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await opts.locator('#style-dotted').waitFor();
    assert.equal(await opts.locator('#style-dotted').isChecked(), true);
    await browser.close();
  });
});
