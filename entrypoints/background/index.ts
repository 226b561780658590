import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { ToBackground } from '../../lib/messages';
import { setBadge } from './badge';

export default defineBackground(() => {
  browser.runtime.onMessage.addListener((raw: unknown, sender) => {
    const msg = ToBackground.safeParse(raw);
    if (!msg.success) return undefined;
    switch (msg.data.type) {
      case 'caveat:count':
        if (sender.tab?.id !== undefined) setBadge(sender.tab.id, msg.data.count);
        return undefined;
      case 'caveat:library': {
        const hash = msg.data.claim ? `#${encodeURIComponent(msg.data.claim)}` : '';
        void browser.tabs.create({ url: browser.runtime.getURL(`/library.html${hash}`) });
        return undefined;
      }
    }
  });
});
