import { browser } from 'wxt/browser';
import type { ToContent } from '../../lib/messages';
import type { Mode } from '../../lib/settings';
import { getSettings, watchSettings } from '../../utils/settings-store';

/** The content script's id for `browser.scripting` and its file in the build. */
export const SCRIPT_ID = 'caveat';
export const SCRIPT_FILE = 'content-scripts/caveat.js';
// Mirror the options of defineContentScript in entrypoints/caveat.content/index.ts.
const MATCHES = ['http://*/*', 'https://*/*'];
const ALL_FRAMES = true;

/**
 * While the manifest still declares the content script statically, registering
 * it again would run it twice on every page; until it is `registration: 'runtime'`
 * the mode setting only decides what the popup offers, never what is registered.
 */
function declaredInManifest(): boolean {
  return (browser.runtime.getManifest().content_scripts ?? []).some((cs) => cs.js?.some((f) => f.replace(/^\//, '') === SCRIPT_FILE));
}

const canRegister = () => !declaredInManifest() && typeof browser.scripting?.registerContentScripts === 'function';

// Registration calls are serialised, so a settings change during startup cannot register twice.
let queue: Promise<void> = Promise.resolve();

/**
 * Makes the registered content scripts match the mode: registered for every
 * http(s) page in 'always' mode, not at all in 'click' mode. `refresh`
 * re-registers even when already registered (after an update the options may differ).
 */
export function applyMode(mode: Mode, { refresh = false } = {}): Promise<void> {
  const run = queue.then(async () => {
    if (!canRegister()) return;
    const registered = (await browser.scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID] })).length > 0;
    if (registered && (mode === 'click' || refresh)) await browser.scripting.unregisterContentScripts({ ids: [SCRIPT_ID] });
    if (mode === 'always' && (!registered || refresh)) {
      await browser.scripting.registerContentScripts([
        { id: SCRIPT_ID, js: [SCRIPT_FILE], matches: MATCHES, runAt: 'document_idle', allFrames: ALL_FRAMES, persistAcrossSessions: true },
      ]);
    }
  });
  queue = run.catch((err: unknown) => console.error('[caveat] content script registration failed', err));
  return run;
}

/** Does the tab already run Caveat (does its content script answer)? */
async function isRunning(tabId: number): Promise<boolean> {
  const ping: ToContent = { type: 'caveat:state' };
  return browser.tabs.sendMessage(tabId, ping).then(
    (answer) => answer !== undefined,
    () => false,
  );
}

/**
 * Runs Caveat in one tab now (the popup's "Check this page", or the keyboard
 * command in click mode). Needs a user gesture in click mode: the toolbar click
 * or the shortcut grants `activeTab` for the tab. Resolves true when it injected,
 * false when Caveat was already running there; rejects when the page cannot be
 * scripted (browser pages, the web store).
 */
export async function injectInto(tabId: number): Promise<boolean> {
  if (await isRunning(tabId)) return false;
  await browser.scripting.executeScript({ target: { tabId, allFrames: ALL_FRAMES }, files: [`/${SCRIPT_FILE}`] });
  return true;
}

/** After switching from click mode to always: check the pages already open, as if they had just loaded. */
async function injectIntoOpenTabs(): Promise<void> {
  const tabs = await browser.tabs.query({ url: MATCHES, discarded: false });
  await Promise.all(tabs.map((tab) => (tab.id === undefined ? undefined : injectInto(tab.id).catch(() => false))));
}

/**
 * Keeps the content script's registration in step with the mode setting: on
 * every start of the background (install, update, browser start, wake-up) and
 * whenever the setting changes. Call once, synchronously, from the background's main.
 */
export function setupRegistration(): void {
  browser.runtime.onInstalled.addListener(() => {
    void getSettings().then((s) => applyMode(s.mode, { refresh: true }));
  });
  void getSettings().then((s) => applyMode(s.mode));
  watchSettings((next, previous) => {
    if (next.mode === previous.mode) return;
    void applyMode(next.mode).then(() => (next.mode === 'always' && canRegister() ? injectIntoOpenTabs() : undefined));
  });
}
