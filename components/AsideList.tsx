import type { AsideEntry } from '../lib/reports/queue';
import { useT } from './I18nProvider';
import Time from './Time';

interface Props {
  entries: readonly AsideEntry[];
  onDownload: (entry: AsideEntry) => void;
  onDiscard: (entry: AsideEntry) => Promise<void>;
}

/** Stored entries that could not be read: kept as they were, shown, and deleted only when the reader says so. */
export default function AsideList({ entries, onDownload, onDiscard }: Props) {
  const t = useT();
  if (!entries.length) return null;
  return (
    <section class="aside" aria-labelledby="aside-title" data-testid="aside">
      <h2 id="aside-title">{t.asideTitle(entries.length)}</h2>
      <p class="muted">
        {t.asideIntro}
      </p>
      <ul>
        {entries.map((e) => (
          <li key={e.key}>
            <details>
              <summary>
                {e.key}: {e.reason}
                {e.at && (
                  <>
                    {' '}
                    ({t.asideSetAside} <Time at={e.at} />)
                  </>
                )}
              </summary>
              <pre>{JSON.stringify(e.raw, null, 2) ?? String(e.raw)}</pre>
            </details>
            <div class="actions">
              <button type="button" class="link" onClick={() => onDownload(e)}>
                {t.asideDownload}
              </button>
              <button type="button" class="link" onClick={() => void onDiscard(e)}>
                {t.asideDelete}
              </button>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
