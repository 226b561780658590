import { useEffect, useState } from 'preact/hooks';
import type { HighlightSummary, TabState } from '../lib/messages';
import { useT } from './I18nProvider';
import VerdictBadge from './VerdictBadge';

interface Props {
  /** Reads the active tab's state; undefined when Caveat does not run there (yet). */
  load: () => Promise<TabState | undefined>;
  open: (id: number) => void;
  setSiteEnabled: (hostname: string, enabled: boolean) => Promise<void>;
  openLibrary: () => void;
  openSettings: () => void;
  /** In "only when I click" mode: runs Caveat in the tab now. Rejects where a page cannot be scripted. */
  checkPage?: (() => Promise<unknown>) | undefined;
  /** When given, the popup offers "Report a claim on this page" (the form opens prefilled from the tab). */
  reportClaim?: (() => void) | undefined;
}

/** The toolbar popup: the tab's claims, the switch for this site, and the ways out (library, settings, report). */
export default function PopupApp({ load, open, setSiteEnabled, openLibrary, openSettings, checkPage, reportClaim }: Props) {
  const t = useT();
  const [state, setState] = useState<TabState | undefined | null>(null);
  const [checkFailed, setCheckFailed] = useState(false);
  const refresh = () => load().then(setState, () => setState(undefined));
  useEffect(() => {
    void refresh();
  }, []);

  if (state === null) return <main class="popup"><p>{t.popupLoading}</p></main>;
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
            <span>{t.popupOnFor(state.hostname)}</span>
          </label>
        )}
      </header>
      {!state ? (
        checkPage ? (
          <div class="click-mode">
            <p class="muted">{t.popupClickMode}</p>
            <button
              type="button"
              class="primary"
              onClick={() =>
                checkPage().then(
                  () => setTimeout(refresh, 300),
                  () => setCheckFailed(true),
                )
              }
            >
              {t.popupCheckPage}
            </button>
            {checkFailed && <p class="error">{t.popupNotHere}</p>}
          </div>
        ) : (
          <p class="muted">{t.popupNotHere}</p>
        )
      ) : !state.enabled ? (
        <p class="muted">{t.popupOffHere}</p>
      ) : (
        <>
          <p class="count" aria-live="polite">
            <strong data-testid="count">{count}</strong> {t.popupCount(count)}
          </p>
          {state.error && <p class="error">{t.popupError(state.error)}</p>}
          {state.truncated && <p class="muted">{t.popupTruncated}</p>}
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
          {t.popupLibrary}
        </button>
        {' · '}
        <button type="button" class="link" onClick={openSettings}>
          {t.popupSettings}
        </button>
        {reportClaim && (
          <>
            {' · '}
            <button type="button" class="link" onClick={reportClaim}>
              {t.popupReport}
            </button>
          </>
        )}
      </footer>
    </main>
  );
}
