import { useEffect, useRef, useState } from 'preact/hooks';
import { statusOf } from '../lib/reports/delivery';
import { exportFileName, reportFileText } from '../lib/reports/export';
import type { AsideEntry, QueueSnapshot } from '../lib/reports/queue';
import AsideList from './AsideList';
import DestinationNotice from './DestinationNotice';
import { useT } from './I18nProvider';
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


/** The context menu item's title (entrypoints/background/reports.ts), which is not translated. */
const CONTEXT_MENU_TITLE = 'Report to Caveat…';

/** My reports: every report the reader filed, its delivery status, export, and what to do with reports that stay local. */
export default function ReportsApp(props: Props) {
  const { load, subscribe, savedId, retryNow, remove, discardAside, download, claimTitle, newReportHref, openOptions, now } = props;
  const [data, setData] = useState<ReportsData>();
  const [error, setError] = useState<string>();
  const [, setTick] = useState(0);
  const t = useT();
  // The latest dictionary for callbacks that outlive a render (a change of language re-renders, not re-subscribes).
  const tRef = useRef(t);
  tRef.current = t;

  // This component is the whole page, so it owns the page's language and title.
  useEffect(() => {
    document.documentElement.lang = t.lang;
    document.title = t.myReportsTitle;
  }, [t]);

  useEffect(() => {
    const refresh = () => load().then(setData, (e: unknown) => setError(tRef.current.reportsReadFailed((e as Error).message)));
    void refresh();
    const unsubscribe = subscribe(() => void refresh());
    // Statuses depend on the clock ("sending" goes stale, retry times pass).
    const timer = setInterval(() => setTick((n) => n + 1), 10_000);
    return () => {
      unsubscribe();
      clearInterval(timer);
    };
  }, []);

  if (error) return <main class="reports-page"><h1>{t.myReports}</h1><p class="error" role="alert">{error}</p></main>;
  if (!data) return <main class="reports-page"><h1>{t.myReports}</h1><p class="muted">{t.reportsLoading}</p></main>;

  const { queue, endpoint } = data;
  const at = now();
  const saved = savedId ? queue.entries.find((e) => e.report.id === savedId) : undefined;
  const unsent = queue.entries.filter((e) => !e.state.sentAt).length;
  const aside = [...queue.aside, ...queue.corrupt];

  return (
    <main class="reports-page">
      <h1>{t.myReports}</h1>
      <nav class="links" aria-label={t.reportsNavLabel}>
        <a href={newReportHref}>{t.reportsFileNew}</a>
      </nav>

      <div role="status" data-testid="saved-banner">
        {saved && (
          <div class="banner">
            <strong>{t.reportsSaved}</strong>
            <ReportStatusLine status={statusOf(saved.state, endpoint, at)} />
          </div>
        )}
      </div>

      <DestinationNotice
        endpoint={endpoint}
        sentTo={(host) => t.reportsSentTo(host)}
        local={t.reportsLocal(<code>npm run claims -- new --from-report</code>)}
        openOptions={openOptions}
      />

      <div class="toolbar">
        <button
          type="button"
          class="button secondary"
          disabled={!queue.entries.length}
          onClick={() => download(exportFileName(new Date(at)), reportFileText(queue.entries.map((e) => e.report)))}
        >
          {t.reportsExportAll(queue.entries.length)}
        </button>
        {endpoint && unsent > 0 && (
          <button type="button" class="button secondary" onClick={() => void retryNow()}>
            {t.reportsSendNow(unsent)}
          </button>
        )}
      </div>

      {queue.entries.length ? (
        <ReportList entries={queue.entries} endpoint={endpoint} now={at} savedId={savedId} claimTitle={claimTitle} onDelete={remove} />
      ) : (
        <p class="muted" data-testid="empty">
          {t.reportsEmpty(CONTEXT_MENU_TITLE)}
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
