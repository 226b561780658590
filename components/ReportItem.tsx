import { useState } from 'preact/hooks';
import type { ReportStatus } from '../lib/reports/delivery';
import { issueUrl } from '../lib/reports/export';
import { isHttpUrl, type UserReport } from '../lib/reports/schema';
import { useT } from './I18nProvider';
import ReportStatusLine from './ReportStatusLine';
import Time from './Time';

interface Props {
  report: UserReport;
  status: ReportStatus;
  /** The report the reader just filed, shown outlined. */
  highlighted: boolean;
  claimTitle: string | undefined;
  onDelete: () => Promise<void>;
}

/** One report in My reports: what was reported, where it stands, and what the reader can do with it. */
export default function ReportItem({ report, status, highlighted, claimTitle, onDelete }: Props) {
  const t = useT();
  const [confirming, setConfirming] = useState(false);
  const headingId = `report-${report.id}`;
  return (
    <li class={`report-item${highlighted ? ' saved' : ''}`} data-report-id={report.id} aria-labelledby={headingId}>
      <header>
        <h2 id={headingId}>{t.reportKinds[report.kind]}</h2>
        <ReportStatusLine status={status} />
      </header>
      <blockquote>{report.selection}</blockquote>
      <dl>
        {report.claim && (
          <>
            <dt>{t.reportEntry}</dt>
            <dd>{claimTitle ?? report.claim}</dd>
          </>
        )}
        {(report.pageTitle || report.pageUrl) && (
          <>
            <dt>{t.reportPage}</dt>
            <dd>
              {report.pageUrl && isHttpUrl(report.pageUrl) ? (
                <a href={report.pageUrl} target="_blank" rel="noopener noreferrer">
                  {report.pageTitle || report.pageUrl}
                </a>
              ) : (
                [report.pageTitle, report.pageUrl].filter(Boolean).join(' — ')
              )}
            </dd>
          </>
        )}
        {report.sentence && (
          <>
            <dt>{t.reportSentence}</dt>
            <dd>{report.sentence}</dd>
          </>
        )}
        {report.why && (
          <>
            <dt>{report.kind === 'new-claim' ? t.reportWhy : t.reportComment}</dt>
            <dd>{report.why}</dd>
          </>
        )}
        {report.sourceUrl && (
          <>
            <dt>{t.reportSource}</dt>
            <dd>
              <a href={report.sourceUrl} target="_blank" rel="noopener noreferrer">
                {report.sourceUrl}
              </a>
            </dd>
          </>
        )}
        {report.verdict && (
          <>
            <dt>{t.reportSuggestedVerdict}</dt>
            <dd>{t.verdicts[report.verdict]}</dd>
          </>
        )}
        <dt>{t.reportFiled}</dt>
        <dd>
          <Time at={report.createdAt} />
        </dd>
      </dl>
      <div class="actions">
        {status.kind !== 'sent' && (
          <a href={issueUrl(report)} target="_blank" rel="noopener noreferrer" data-testid="issue-link">
            {t.reportOpenIssue}
            <span class="visually-hidden">{t.newTab}</span>
          </a>
        )}
        {confirming ? (
          <span role="group" aria-label={t.reportConfirmDeletion}>
            {t.reportDeleteQuestion}{' '}
            <button type="button" class="button danger" onClick={() => void onDelete()}>
              {t.reportDelete}
            </button>{' '}
            <button type="button" class="button secondary" autoFocus onClick={() => setConfirming(false)}>
              {t.reportKeep}
            </button>
          </span>
        ) : (
          <button type="button" class="link" aria-describedby={headingId} onClick={() => setConfirming(true)}>
            {t.reportDeleteStart}
          </button>
        )}
      </div>
    </li>
  );
}
