import { statusOf } from '../lib/reports/delivery';
import type { QueueEntry } from '../lib/reports/queue';
import { useT } from './I18nProvider';
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
  const t = useT();
  return (
    <ol class="report-list" aria-label={t.reportsListLabel}>
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
