import { render } from 'preact';
import { browser } from 'wxt/browser';
import ReportForm from '../../components/ReportForm';
import '../../components/pages.css';
import '../../components/reports.css';
import { SubmitAnswer, type ToReports } from '../../lib/reports/messages';
import { prefillFromQuery } from '../../lib/reports/prefill';
import type { UserReport } from '../../lib/reports/schema';
import { claimTitles } from '../../utils/reports-store';
import { getSettings } from '../../utils/settings-store';

// The report form, opened by the context menu, the popup and the popover with the prefill in its query string.
const prefill = prefillFromQuery(location.search);
const myReports = browser.runtime.getURL('/reports.html');

/** Hands the report to the background, the queue's only writer; on success, shows it in My reports. */
async function save(report: UserReport): Promise<string | undefined> {
  const msg: ToReports = { type: 'caveat:report-submit', report };
  const answer = SubmitAnswer.safeParse(await browser.runtime.sendMessage(msg).catch(() => undefined));
  if (!answer.success) return 'Caveat’s background did not answer, so the report was not saved. Try again in a moment.';
  if (!answer.data.ok) return answer.data.error;
  // Replace, so that Back does not return to a form that was already filed.
  location.replace(`${myReports}?saved=${encodeURIComponent(answer.data.id)}`);
  return undefined;
}

void Promise.all([getSettings(), claimTitles(prefill.claim ? [prefill.claim] : [])]).then(([settings, titles]) =>
  render(
    <ReportForm
      initial={prefill}
      endpoint={settings.reportEndpoint}
      claimTitle={prefill.claim ? titles.get(prefill.claim) : undefined}
      newId={() => crypto.randomUUID()}
      now={() => new Date()}
      onSubmit={save}
      myReportsHref={myReports}
      openOptions={() => void browser.runtime.openOptionsPage()}
    />,
    document.getElementById('app')!,
  ),
);
