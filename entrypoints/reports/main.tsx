import { render } from 'preact';
import { browser } from 'wxt/browser';
import I18nProvider from '../../components/I18nProvider';
import ReportsApp from '../../components/ReportsApp';
import '../../components/pages.css';
import '../../components/reports.css';
import { resolveLanguage } from '../../lib/i18n';
import type { ToReports } from '../../lib/reports/messages';
import type { Settings } from '../../lib/settings';
import { claimTitles, readReports, watchReports } from '../../utils/reports-store';
import { getSettings, watchSettings } from '../../utils/settings-store';

// My reports: reads the queue itself, changes it only through the background.
const send = async (msg: ToReports) => void (await browser.runtime.sendMessage(msg));
let titles = new Map<string, string>();

/** Saves text as a file through a temporary link; nothing is inserted as HTML. */
function download(fileName: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

const root = document.getElementById('app')!;
// The app reads the queue and the endpoint itself; the settings here only pick the language.
const show = (current: Settings) =>
  render(
    <I18nProvider lang={resolveLanguage(current.language, navigator.languages)}>
      <ReportsApp
        load={async () => {
          const [queue, settings] = await Promise.all([readReports(), getSettings()]);
          const missing = queue.entries.flatMap((e) => (e.report.claim && !titles.has(e.report.claim) ? [e.report.claim] : []));
          if (missing.length) titles = new Map([...titles, ...(await claimTitles(missing))]);
          return { queue, endpoint: settings.reportEndpoint };
        }}
        subscribe={(cb) => {
          const a = watchReports(cb);
          const b = watchSettings(cb);
          return () => {
            a();
            b();
          };
        }}
        savedId={new URLSearchParams(location.search).get('saved') ?? undefined}
        retryNow={() => send({ type: 'caveat:report-retry' })}
        remove={(id) => send({ type: 'caveat:report-delete', id })}
        discardAside={(key) => send({ type: 'caveat:report-discard-aside', key })}
        download={download}
        claimTitle={(id) => titles.get(id)}
        newReportHref={browser.runtime.getURL('/report.html')}
        openOptions={() => void browser.runtime.openOptionsPage()}
        now={() => Date.now()}
      />
    </I18nProvider>,
    root,
  );
show(await getSettings());
watchSettings(show);
