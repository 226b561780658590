import { hostOf } from '../lib/reports/host';
import type { ReportStatus } from '../lib/reports/delivery';
import { useT } from './I18nProvider';
import Time from './Time';

/** The server's host; undefined when there is no address (the messages then name "the report server"). */
const hostOrNone = (url: string | undefined) => (url ? hostOf(url) : undefined);

const ICONS: Record<ReportStatus['kind'], string> = { sent: '✓', sending: '↑', local: '⌂', queued: '…', retrying: '↻' };

/** Where one report stands, in words (never colour alone). */
export default function ReportStatusLine({ status }: { status: ReportStatus }) {
  const t = useT();
  return (
    <p class={`status status-${status.kind}`} data-status={status.kind}>
      <span aria-hidden="true">{ICONS[status.kind]}</span>
      <span>
        <span class="status-label">{t.reportStatus[status.kind]}</span>
        <span class="status-detail">
          {status.kind === 'sent' && (
            <>{t.statusReceived(hostOrNone(status.to), <Time at={status.at} />)}</>
          )}
          {status.kind === 'sending' && <>{t.statusSending}</>}
          {status.kind === 'local' && <>{t.statusLocal}</>}
          {status.kind === 'queued' && <>{t.statusQueued(hostOrNone(status.to))}</>}
          {status.kind === 'retrying' && (
            <>
              {t.statusFailed(status.attempts)}
              {status.lastError ? ` (${status.lastError.replace(/\.$/, '')})` : ''}.
              {status.nextAt !== undefined && (
                <>
                  {' '}
                  {t.statusNextTry} <Time at={status.nextAt} />.
                </>
              )}
            </>
          )}
        </span>
      </span>
    </p>
  );
}
