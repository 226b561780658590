import type { AsideEntry } from '../lib/reports/queue';
import Time from './Time';

interface Props {
  entries: readonly AsideEntry[];
  onDownload: (entry: AsideEntry) => void;
  onDiscard: (entry: AsideEntry) => Promise<void>;
}

/** Stored entries that could not be read: kept as they were, shown, and deleted only when the reader says so. */
export default function AsideList({ entries, onDownload, onDiscard }: Props) {
  if (!entries.length) return null;
  return (
    <section class="aside" aria-labelledby="aside-title" data-testid="aside">
      <h2 id="aside-title">Unreadable entries ({entries.length})</h2>
      <p class="muted">
        These stored reports could not be read (damaged storage, or saved by a different version of Caveat). They are kept as they were and
        never sent. Download one to recover its text, or delete it.
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
                    (set aside <Time at={e.at} />)
                  </>
                )}
              </summary>
              <pre>{JSON.stringify(e.raw, null, 2) ?? String(e.raw)}</pre>
            </details>
            <div class="actions">
              <button type="button" class="link" onClick={() => onDownload(e)}>
                Download
              </button>
              <button type="button" class="link" onClick={() => void onDiscard(e)}>
                Delete
              </button>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
