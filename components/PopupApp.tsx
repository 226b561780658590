import { useEffect, useState } from 'preact/hooks';
import type { HighlightSummary, TabState } from '../lib/messages';
import VerdictBadge from './VerdictBadge';

interface Props {
  /** Reads the active tab's state; undefined when Caveat cannot run there. */
  load: () => Promise<TabState | undefined>;
  open: (id: number) => void;
  setSiteEnabled: (hostname: string, enabled: boolean) => Promise<void>;
  openLibrary: () => void;
  /** When given, the popup offers "Report a claim on this page" (the form opens prefilled from the tab). */
  reportClaim?: (() => void) | undefined;
}

/** The toolbar popup: the tab's claims, and the switch for this site. */
export default function PopupApp({ load, open, setSiteEnabled, openLibrary, reportClaim }: Props) {
  const [state, setState] = useState<TabState | undefined | null>(null);
  const refresh = () => load().then(setState, () => setState(undefined));
  useEffect(() => {
    void refresh();
  }, []);

  if (state === null) return <main class="popup"><p>Loading…</p></main>;
  const count = state?.highlights.length ?? 0;
  return (
    <main class="popup">
      <header>
        <h1>Caveat</h1>
        {state && (
          <label class="switch">
            <input
              type="checkbox"
              checked={state.enabled}
              onChange={async (e) => {
                await setSiteEnabled(state.hostname, e.currentTarget.checked);
                setTimeout(refresh, 150);
              }}
            />
            <span>On for {state.hostname}</span>
          </label>
        )}
      </header>
      {!state ? (
        <p class="muted">Caveat does not run on this page.</p>
      ) : !state.enabled ? (
        <p class="muted">Caveat is off for this site.</p>
      ) : (
        <>
          <p class="count" aria-live="polite">
            <strong data-testid="count">{count}</strong> {count === 1 ? 'dubious claim' : 'dubious claims'} on this page
          </p>
          {state.error && <p class="error">Caveat could not check this page: {state.error}</p>}
          {state.truncated && <p class="muted">This page is very long; Caveat checked only its first 5 million characters.</p>}
          <ul class="claims">
            {state.highlights.map((h: HighlightSummary) => (
              <li key={h.id}>
                <button type="button" onClick={() => open(h.id)}>
                  <VerdictBadge verdict={h.verdict} />
                  <span class="title">{h.title}</span>
                  <span class="quote">“{h.quote.length > 140 ? `${h.quote.slice(0, 140)}…` : h.quote}”</span>
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      <footer>
        <button type="button" class="link" onClick={openLibrary}>
          Claims library
        </button>
        {reportClaim && (
          <>
            {' · '}
            <button type="button" class="link" onClick={reportClaim}>
              Report a claim on this page
            </button>
          </>
        )}
      </footer>
    </main>
  );
}
