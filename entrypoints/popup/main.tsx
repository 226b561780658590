import { render } from 'preact';
import { browser } from 'wxt/browser';
import I18nProvider from '../../components/I18nProvider';
import PopupApp from '../../components/PopupApp';
import '../../components/pages.css';
import { resolveLanguage } from '../../lib/i18n';
import { TabState, type ToContent } from '../../lib/messages';
import type { ToReports } from '../../lib/reports/messages';
import { withSite } from '../../lib/settings';
import { getSettings, setSettings } from '../../utils/settings-store';
import { injectInto } from '../../utils/inject';

/** Opened as a page (tests, keyboard users) rather than as the toolbar popup: stay open after actions. */
const asPage = new URLSearchParams(location.search).has('tab');

/** The tab the popup is about: the active tab, or ?tab=ID when opened as a page. */
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

const done = () => {
  if (!asPage) window.close();
};

const settings = await getSettings();
render(
  <I18nProvider lang={resolveLanguage(settings.language, navigator.languages)}>
    <PopupApp
      load={async () => {
        const parsed = TabState.safeParse(await ask({ type: 'caveat:state' }).catch(() => undefined));
        return parsed.success ? parsed.data : undefined;
      }}
      open={(id) => void ask({ type: 'caveat:open', id }).then(done)}
      setSiteEnabled={async (hostname, enabled) => setSettings(withSite(await getSettings(), hostname, enabled))}
      openLibrary={() => void browser.tabs.create({ url: browser.runtime.getURL('/library.html') })}
      openSettings={() => void browser.runtime.openOptionsPage()}
      checkPage={
        settings.mode === 'click'
          ? async () => {
              const id = await tabId();
              if (id === undefined) throw new Error('no tab');
              await injectInto(id);
            }
          : undefined
      }
      reportClaim={() =>
        void tabId().then(async (id) => {
          const msg: ToReports = { type: 'caveat:report-from-tab', tabId: id ?? -1 };
          await browser.runtime.sendMessage(msg);
          done();
        })
      }
    />
  </I18nProvider>,
  document.getElementById('app')!,
);
