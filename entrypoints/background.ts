import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { ToBackground } from '../lib/messages';

export default defineBackground(() => {
  // MV3 has `action`; Firefox's MV2 build has `browserAction`.
  const action = browser.action ?? browser.browserAction;
  browser.runtime.onMessage.addListener((raw: unknown, sender) => {
    const msg = ToBackground.safeParse(raw);
    if (!msg.success) return undefined;
    if (msg.data.type === 'caveat:count') {
      const tabId = sender.tab?.id;
      if (tabId === undefined) return undefined;
      const text = msg.data.count ? String(msg.data.count) : '';
      void action.setBadgeText({ tabId, text });
      void action.setBadgeBackgroundColor({ tabId, color: '#b3261e' });
      return undefined;
    }
    const hash = msg.data.claim ? `#${encodeURIComponent(msg.data.claim)}` : '';
    void browser.tabs.create({ url: browser.runtime.getURL(`/library.html${hash}`) });
    return undefined;
  });
});
