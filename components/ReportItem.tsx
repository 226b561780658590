import { useState } from 'preact/hooks';
import type { ReportStatus } from '../lib/reports/delivery';
import { issueUrl, KIND_LABELS } from '../lib/reports/export';
import { isHttpUrl, type UserReport } from '../lib/reports/schema';
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
  const [confirming, setConfirming] = useState(false);
  const headingId = `report-${report.id}`;
  return (
    <li class={`report-item${highlighted ? ' saved' : ''}`} data-report-id={report.id} aria-labelledby={headingId}>
      <header>
        <h2 id={headingId}>{KIND_LABELS[report.kind]}</h2>
        <ReportStatusLine status={status} />
      </header>
      <blockquote>{report.selection}</blockquote>
      <dl>
        {report.claim && (
          <>
            <dt>Entry</dt>
            <dd>{claimTitle ?? report.claim}</dd>
          </>
        )}
        {(report.pageTitle || report.pageUrl) && (
          <>
            <dt>Page</dt>
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
            <dt>Sentence</dt>
            <dd>{report.sentence}</dd>
          </>
        )}
        {report.why && (
          <>
            <dt>{report.kind === 'new-claim' ? 'Why' : 'Comment'}</dt>
            <dd>{report.why}</dd>
          </>
        )}
        {report.sourceUrl && (
          <>
            <dt>Source</dt>
            <dd>
              <a href={report.sourceUrl} target="_blank" rel="noopener noreferrer">
                {report.sourceUrl}
              </a>
            </dd>
          </>
        )}
        {report.verdict && (
          <>
            <dt>Suggested verdict</dt>
            <dd>{report.verdict}</dd>
          </>
        )}
        <dt>Filed</dt>
        <dd>
          <Time at={report.createdAt} />
        </dd>
      </dl>
      <div class="actions">
        {status.kind !== 'sent' && (
          <a href={issueUrl(report)} target="_blank" rel="noopener noreferrer" data-testid="issue-link">
            Open as an issue on GitHub<span class="visually-hidden"> (new tab)</span>
          </a>
        )}
        {confirming ? (
          <span role="group" aria-label="Confirm deletion">
            Delete this report from this browser?{' '}
            <button type="button" class="button danger" onClick={() => void onDelete()}>
              Delete
            </button>{' '}
            <button type="button" class="button secondary" autoFocus onClick={() => setConfirming(false)}>
              Keep
            </button>
          </span>
        ) : (
          <button type="button" class="link" aria-describedby={headingId} onClick={() => setConfirming(true)}>
            Delete…
          </button>
        )}
      </div>
    </li>
  );
}
