import { render } from 'preact';
import { browser } from 'wxt/browser';
import PopupApp from '../../components/PopupApp';
import '../../components/pages.css';
import { TabState, type ToContent } from '../../lib/messages';
import type { ToReports } from '../../lib/reports/messages';
import { withSite } from '../../lib/settings';
import { getSettings, setSettings } from '../../utils/settings-store';

/** The tab the popup is about: the active tab, or ?tab=ID when opened as a page (tests, keyboard users). */
async function tabId(): Promise<number | undefined> {
  const param = new URLSearchParams(location.search).get('tab');
  if (param) return Number(param);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

async function ask(msg: ToContent): Promise<unknown> {
  const id = await tabId();
  return id === undefined ? undefined : browser.tabs.sendMessage(id, msg);
}

render(
  <PopupApp
    load={async () => {
      const parsed = TabState.safeParse(await ask({ type: 'caveat:state' }).catch(() => undefined));
      return parsed.success ? parsed.data : undefined;
    }}
    open={(id) => {
      void ask({ type: 'caveat:open', id }).then(() => {
        if (!new URLSearchParams(location.search).has('tab')) window.close();
      });
    }}
    setSiteEnabled={async (hostname, enabled) => setSettings(withSite(await getSettings(), hostname, enabled))}
    openLibrary={() => void browser.tabs.create({ url: browser.runtime.getURL('/library.html') })}
    reportClaim={() =>
      void tabId().then(async (id) => {
        const msg: ToReports = { type: 'caveat:report-from-tab', tabId: id ?? -1 };
        await browser.runtime.sendMessage(msg);
        if (!new URLSearchParams(location.search).has('tab')) window.close();
      })
    }
  />,
  document.getElementById('app')!,
);
