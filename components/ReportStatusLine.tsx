import type { ReportStatus } from '../lib/reports/delivery';
import Time from './Time';

const hostOf = (url: string | undefined) => {
  try {
    return url ? new URL(url).host : 'the report server';
  } catch {
    return url ?? 'the report server';
  }
};

const LABELS: Record<ReportStatus['kind'], string> = {
  sent: 'Sent',
  sending: 'Sending…',
  local: 'Local only',
  queued: 'Queued',
  retrying: 'Not sent yet',
};
const ICONS: Record<ReportStatus['kind'], string> = { sent: '✓', sending: '↑', local: '⌂', queued: '…', retrying: '↻' };

/** Where one report stands, in words (never colour alone). */
export default function ReportStatusLine({ status }: { status: ReportStatus }) {
  return (
    <p class={`status status-${status.kind}`} data-status={status.kind}>
      <span aria-hidden="true">{ICONS[status.kind]}</span>
      <span>
        <span class="status-label">{LABELS[status.kind]}</span>
        <span class="status-detail">
          {status.kind === 'sent' && (
            <>
              Received by {hostOf(status.to)} on <Time at={status.at} />.
            </>
          )}
          {status.kind === 'sending' && <>Being sent now.</>}
          {status.kind === 'local' && <>Stays in this browser: no report server is set.</>}
          {status.kind === 'queued' && <>Waiting to be sent to {hostOf(status.to)}.</>}
          {status.kind === 'retrying' && (
            <>
              {status.attempts} failed {status.attempts === 1 ? 'attempt' : 'attempts'}
              {status.lastError ? ` (${status.lastError.replace(/\.$/, '')})` : ''}.
              {status.nextAt !== undefined && (
                <>
                  {' '}
                  Next try: <Time at={status.nextAt} />.
                </>
              )}
            </>
          )}
        </span>
      </span>
    </p>
  );
}
