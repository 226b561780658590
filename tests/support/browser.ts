import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before } from 'node:test';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { serve, type StaticServer } from './server';

export const EXTENSION_DIR = resolve('.output/chrome-mv3');

/** Debian's Chromium; its /usr/bin wrapper prints noise, so the real binary is preferred. */
export function chromiumPath(): string {
  const found = ['/usr/lib/chromium/chromium', '/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));
  if (!found) throw new Error('Chromium not found: install it with `apt-get install -y chromium` (see README).');
  return found;
}

export interface Launched {
  context: BrowserContext;
  extensionId: string;
  close(): Promise<void>;
}

/** Real Chromium with the built extension loaded, in a fresh profile. */
export async function launchWithExtension({ headless = true, dark = false, profileDir = '' } = {}): Promise<Launched> {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) throw new Error(`No built extension in ${EXTENSION_DIR}: run \`npm run build\` first.`);
  // A given profile is kept (to test what survives a browser restart); a fresh one is removed on close.
  const profile = profileDir || mkdtempSync(join(tmpdir(), 'caveat-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless,
    colorScheme: dark ? 'dark' : 'light',
    viewport: { width: 1280, height: 900 },
    args: [
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-quic',
      '--disable-sync',
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  // The content script is registered by the background at install; pages opened before that would not get it.
  await worker.evaluate(async () => {
    const api = (globalThis as unknown as { chrome: { scripting: { getRegisteredContentScripts(): Promise<unknown[]> } } }).chrome;
    for (let i = 0; i < 100 && !(await api.scripting.getRegisteredContentScripts()).length; i++) await new Promise((r) => setTimeout(r, 100));
  });
  return {
    context,
    extensionId,
    close: async () => {
      await context.close();
      if (!profileDir) rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Waits until the content script has finished its first scan (it marks <html> when done). */
export async function waitForCaveat(page: Page): Promise<void> {
  await page.waitForFunction(() => document.documentElement.hasAttribute('data-caveat-scanned'), undefined, { timeout: 15_000 });
}

/** The highlights on a page: claim ids per highlight and the text they cover. */
export async function highlightsOn(page: Page): Promise<{ id: string; verdict: string; text: string }[]> {
  return page.evaluate(() => {
    const byId = new Map<string, { id: string; verdict: string; text: string }>();
    for (const mark of document.querySelectorAll('caveat-mark')) {
      const key = mark.getAttribute('data-caveat-id')!;
      const entry = byId.get(key) ?? { id: mark.getAttribute('data-claims') ?? '', verdict: mark.getAttribute('data-verdict') ?? '', text: '' };
      entry.text += mark.textContent;
      byId.set(key, entry);
    }
    return [...byId.values()];
  });
}

/** The id of the active tab, asked of the extension's service worker (the popup needs it when opened as a page). */
export async function activeTabId(launched: Launched): Promise<number> {
  const worker = launched.context.serviceWorkers()[0]!;
  const id = await worker.evaluate(async () => {
    const api = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id?: number }[]> } } }).chrome;
    return (await api.tabs.query({ active: true }))[0]?.id;
  });
  if (typeof id !== 'number') throw new Error('no active tab');
  return id;
}

/**
 * For a test file: serves `roots` on 127.0.0.1 and launches Chromium with Caveat
 * before its tests, and closes both after them. The fields are set once the
 * `before` hook has run.
 */
export function useExtensionAndSite(roots: string[], headers?: Parameters<typeof serve>[1]): { browser: Launched; site: StaticServer } {
  const env = {} as { browser: Launched; site: StaticServer };
  before(async () => {
    env.site = await serve(roots, headers);
    env.browser = await launchWithExtension();
  });
  after(async () => {
    await env.browser?.close();
    await env.site?.close();
  });
  return env;
}
