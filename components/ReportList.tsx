import { statusOf } from '../lib/reports/delivery';
import type { QueueEntry } from '../lib/reports/queue';
import ReportItem from './ReportItem';

interface Props {
  entries: readonly QueueEntry[];
  endpoint: string | undefined;
  now: number;
  savedId?: string | undefined;
  claimTitle: (id: string) => string | undefined;
  onDelete: (id: string) => Promise<void>;
}

/** The reader's reports, newest first, each with its delivery status. */
export default function ReportList({ entries, endpoint, now, savedId, claimTitle, onDelete }: Props) {
  return (
    <ol class="report-list" aria-label="Your reports, newest first">
      {entries.map(({ report, state }) => (
        <ReportItem
          key={report.id}
          report={report}
          status={statusOf(state, endpoint, now)}
          highlighted={report.id === savedId}
          claimTitle={report.claim ? claimTitle(report.claim) : undefined}
          onDelete={() => onDelete(report.id)}
        />
      ))}
    </ol>
  );
}
