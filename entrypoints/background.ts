import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { ToBackground } from '../lib/messages';

export default defineBackground(() => {
  browser.runtime.onMessage.addListener((raw: unknown, sender) => {
    const msg = ToBackground.safeParse(raw);
    if (!msg.success) return undefined;
    if (msg.data.type === 'caveat:count') {
      const tabId = sender.tab?.id;
      if (tabId === undefined) return undefined;
      const text = msg.data.count ? String(msg.data.count) : '';
      void browser.action.setBadgeText({ tabId, text });
      void browser.action.setBadgeBackgroundColor({ tabId, color: '#b3261e' });
      return undefined;
    }
    const hash = msg.data.claim ? `#${encodeURIComponent(msg.data.claim)}` : '';
    void browser.tabs.create({ url: browser.runtime.getURL(`/library.html${hash}`) });
    return undefined;
  });
});
