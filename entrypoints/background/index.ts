import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import details from 'virtual:caveat/details';
import index from 'virtual:caveat/index';
import { ToBackground } from '../../lib/messages';
import { setBadge } from './badge';
import { setupCommands } from './commands';
import { setupRegistration } from './registration';
import { openReportForm, setupReports } from './reports';

export default defineBackground(() => {
  setupRegistration();
  setupCommands();
  setupReports();
  browser.runtime.onMessage.addListener((raw: unknown, sender) => {
    const msg = ToBackground.safeParse(raw);
    if (!msg.success) return undefined;
    switch (msg.data.type) {
      case 'caveat:count':
        if (sender.tab?.id !== undefined) setBadge(sender.tab.id, msg.data.count);
        return undefined;
      case 'caveat:index':
        return Promise.resolve(index);
      case 'caveat:details': {
        const wanted = new Set(msg.data.ids);
        return Promise.resolve(details.filter((d) => wanted.has(d.id)));
      }
      case 'caveat:library': {
        const hash = msg.data.claim ? `#${encodeURIComponent(msg.data.claim)}` : '';
        void browser.tabs.create({ url: browser.runtime.getURL(`/library.html${hash}`) });
        return undefined;
      }
      case 'caveat:report-open':
        void openReportForm(msg.data, sender.tab);
        return undefined;
    }
  });
});
