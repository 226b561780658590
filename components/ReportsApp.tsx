import { useEffect, useState } from 'preact/hooks';
import { statusOf } from '../lib/reports/delivery';
import { exportFileName, reportFileText } from '../lib/reports/export';
import type { AsideEntry, QueueSnapshot } from '../lib/reports/queue';
import AsideList from './AsideList';
import ReportList from './ReportList';
import ReportStatusLine from './ReportStatusLine';

export interface ReportsData {
  queue: QueueSnapshot;
  /** Where reports are sent; undefined: they stay in this browser. */
  endpoint: string | undefined;
}

interface Props {
  load: () => Promise<ReportsData>;
  /** Calls back whenever the queue or the settings change; returns the unsubscribe. */
  subscribe: (cb: () => void) => () => void;
  /** The report just filed (from the form), announced at the top. */
  savedId?: string | undefined;
  retryNow: () => Promise<void>;
  remove: (id: string) => Promise<void>;
  discardAside: (key: string) => Promise<void>;
  download: (fileName: string, text: string) => void;
  claimTitle: (id: string) => string | undefined;
  newReportHref: string;
  openOptions?: (() => void) | undefined;
  now: () => number;
}

const hostOf = (url: string) => {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
};

/** My reports: every report the reader filed, its delivery status, export, and what to do with reports that stay local. */
export default function ReportsApp(props: Props) {
  const { load, subscribe, savedId, retryNow, remove, discardAside, download, claimTitle, newReportHref, openOptions, now } = props;
  const [data, setData] = useState<ReportsData>();
  const [error, setError] = useState<string>();
  const [, setTick] = useState(0);

  useEffect(() => {
    const refresh = () => load().then(setData, (e: unknown) => setError(`Your reports could not be read: ${(e as Error).message}`));
    void refresh();
    const unsubscribe = subscribe(() => void refresh());
    // Statuses depend on the clock ("sending" goes stale, retry times pass).
    const timer = setInterval(() => setTick((n) => n + 1), 10_000);
    return () => {
      unsubscribe();
      clearInterval(timer);
    };
  }, []);

  if (error) return <main class="reports-page"><h1>My reports</h1><p class="error" role="alert">{error}</p></main>;
  if (!data) return <main class="reports-page"><h1>My reports</h1><p class="muted">Loading…</p></main>;

  const { queue, endpoint } = data;
  const t = now();
  const saved = savedId ? queue.entries.find((e) => e.report.id === savedId) : undefined;
  const unsent = queue.entries.filter((e) => !e.state.sentAt).length;
  const aside = [...queue.aside, ...queue.corrupt];

  return (
    <main class="reports-page">
      <h1>My reports</h1>
      <nav class="links" aria-label="Reports">
        <a href={newReportHref}>File a new report</a>
      </nav>

      <div role="status" data-testid="saved-banner">
        {saved && (
          <div class="banner">
            <strong>Report saved.</strong>
            <ReportStatusLine status={statusOf(saved.state, endpoint, t)} />
          </div>
        )}
      </div>

      <p class="notice" data-testid="destination">
        {endpoint ? (
          <>
            Reports are sent to <strong>{hostOf(endpoint)}</strong>. A report counts as sent only once that server confirms it received it; until
            then Caveat keeps it here and tries again, waiting longer after each failure.
          </>
        ) : (
          <>
            No report server is set, so your reports stay in this browser and are never sent. To pass them on, export them as a file for the
            maintainers (it is what <code>npm run claims -- new --from-report</code> reads), or open one as an issue on the project’s tracker.
            {openOptions && (
              <>
                {' '}
                <button type="button" class="link" onClick={openOptions}>
                  Set a report server
                </button>
              </>
            )}
          </>
        )}
      </p>

      <div class="toolbar">
        <button
          type="button"
          class="button secondary"
          disabled={!queue.entries.length}
          onClick={() => download(exportFileName(new Date(t)), reportFileText(queue.entries.map((e) => e.report)))}
        >
          Export all as JSON ({queue.entries.length})
        </button>
        {endpoint && unsent > 0 && (
          <button type="button" class="button secondary" onClick={() => void retryNow()}>
            Send now ({unsent})
          </button>
        )}
      </div>

      {queue.entries.length ? (
        <ReportList entries={queue.entries} endpoint={endpoint} now={t} savedId={savedId} claimTitle={claimTitle} onDelete={remove} />
      ) : (
        <p class="muted" data-testid="empty">
          You have not filed any reports. Select text on a page, right-click it and choose “Report to Caveat…”, or use “Report a claim on
          this page” in Caveat’s toolbar popup.
        </p>
      )}

      <AsideList
        entries={aside}
        onDownload={(e: AsideEntry) => download(`caveat-unreadable-${e.key.replace(/[^\w.-]+/g, '_')}.json`, `${JSON.stringify(e, null, 2)}\n`)}
        onDiscard={(e: AsideEntry) => discardAside(e.key)}
      />
    </main>
  );
}
