import { render } from 'preact';
import { browser } from 'wxt/browser';
import I18nProvider from '../../components/I18nProvider';
import ReportForm from '../../components/ReportForm';
import '../../components/pages.css';
import '../../components/reports.css';
import { messagesFor, resolveLanguage, type Language } from '../../lib/i18n';
import { SubmitAnswer, type ToReports } from '../../lib/reports/messages';
import { prefillFromQuery } from '../../lib/reports/prefill';
import type { UserReport } from '../../lib/reports/schema';
import { claimTitles } from '../../utils/reports-store';
import type { Settings } from '../../lib/settings';
import { getSettings, watchSettings } from '../../utils/settings-store';

// The report form, opened by the context menu, the popup and the popover with the prefill in its query string.
const prefill = prefillFromQuery(location.search);
const myReports = browser.runtime.getURL('/reports.html');
// The interface language, from the settings; `save` reads it for its own message.
let lang: Language = resolveLanguage('auto', navigator.languages);

/** Hands the report to the background, the queue's only writer; on success, shows it in My reports. */
async function save(report: UserReport): Promise<string | undefined> {
  const msg: ToReports = { type: 'caveat:report-submit', report };
  const answer = SubmitAnswer.safeParse(await browser.runtime.sendMessage(msg).catch(() => undefined));
  if (!answer.success) return messagesFor(lang).reportNoBackground;
  if (!answer.data.ok) return answer.data.error;
  // Replace, so that Back does not return to a form that was already filed.
  location.replace(`${myReports}?saved=${encodeURIComponent(answer.data.id)}`);
  return undefined;
}

const root = document.getElementById('app')!;
void Promise.all([getSettings(), claimTitles(prefill.claim ? [prefill.claim] : [])]).then(([initial, titles]) => {
  // Re-rendering keeps the form's state: what the reader typed survives a change of language or server.
  const show = (settings: Settings) => {
    lang = resolveLanguage(settings.language, navigator.languages);
    render(
      <I18nProvider lang={lang}>
        <ReportForm
          initial={prefill}
          endpoint={settings.reportEndpoint}
          claimTitle={prefill.claim ? titles.get(prefill.claim) : undefined}
          newId={() => crypto.randomUUID()}
          now={() => new Date()}
          onSubmit={save}
          myReportsHref={myReports}
          openOptions={() => void browser.runtime.openOptionsPage()}
        />
      </I18nProvider>,
      root,
    );
  };
  show(initial);
  watchSettings(show);
});
