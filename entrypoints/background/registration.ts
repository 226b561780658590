import { browser } from 'wxt/browser';
import type { Mode } from '../../lib/settings';
import { ALL_FRAMES, injectInto, SCRIPT_FILE } from '../../utils/inject';
import { getSettings, watchSettings } from '../../utils/settings-store';

/** The content script's id for `browser.scripting` and its file in the build. */
export const SCRIPT_ID = 'caveat';
// Mirror the options of defineContentScript in entrypoints/caveat.content/index.ts.
const MATCHES = ['http://*/*', 'https://*/*'];


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
