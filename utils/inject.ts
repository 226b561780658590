import { browser } from 'wxt/browser';
import type { ToContent } from '../lib/messages';

/** The content script's file in the build, and whether it runs in frames too (registration and injection agree). */
export const SCRIPT_FILE = 'content-scripts/caveat.js';
export const ALL_FRAMES = true;

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

