import { browser } from 'wxt/browser';
import type { ToContent } from '../../lib/messages';
import { getSettings } from '../../utils/settings-store';
import { injectInto } from '../../utils/inject';

/** Keyboard commands, as named in the manifest's `commands`. */
export const COMMANDS = { next: 'next-highlight' } as const;

const delay = (ms: number) => new Promise((ok) => setTimeout(ok, ms));

/** Asks the tab's content script to move to the next highlight; false when nothing answered. */
async function sendNext(tabId: number): Promise<boolean> {
  const msg: ToContent = { type: 'caveat:next' };
  return browser.tabs.sendMessage(tabId, msg).then(
    () => true,
    () => false,
  );
}

/**
 * "Next highlight": focuses the next highlight in the tab and opens it. In click
 * mode a page may not be checked yet; the shortcut then counts as the click
 * (a keyboard command grants `activeTab`): Caveat checks the page, then moves.
 */
async function nextHighlight(tabId: number | undefined): Promise<void> {
  const id = tabId ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  if (id === undefined || (await sendNext(id))) return;
  if ((await getSettings()).mode !== 'click') return;
  if (!(await injectInto(id).catch(() => false))) return;
  // The content script answers once its first scan is done.
  for (let i = 0; i < 30; i++) {
    await delay(100);
    if (await sendNext(id)) return;
  }
}

/** Listens for the extension's keyboard commands. Call once, synchronously, from the background's main. */
export function setupCommands(): void {
  browser.commands?.onCommand.addListener((command, tab) => {
    if (command === COMMANDS.next) void nextHighlight(tab?.id);
  });
}
