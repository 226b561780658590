import { browser } from 'wxt/browser';

// MV3 has `action`; Firefox's MV2 build has `browserAction`.
const action = () => browser.action ?? browser.browserAction;

/** The toolbar badge shows how many claims Caveat highlighted in the tab. */
export function setBadge(tabId: number, count: number): void {
  void action().setBadgeText({ tabId, text: count ? String(count) : '' });
  void action().setBadgeBackgroundColor({ tabId, color: '#b3261e' });
}
