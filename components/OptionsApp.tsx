import { h } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { VERDICTS, type Verdict } from '../lib/claims/verdicts';
import { LANGUAGE_NAMES, UI_LANGUAGES, messagesFor, resolveLanguage, type Messages } from '../lib/i18n';
import { MODES, SENSITIVITIES, STYLES, type LanguageSetting, type Settings } from '../lib/settings';
import ChoiceGroup from './ChoiceGroup';
import I18nProvider from './I18nProvider';
import OptionsBackup from './OptionsBackup';
import OptionsEndpoint from './OptionsEndpoint';
import OptionsSites from './OptionsSites';
import VerdictBadge from './VerdictBadge';

/** A keyboard command as the browser reports it. */
export interface Shortcut {
  name: string;
  description: string;
  /** Empty when none is set (the suggested key was taken, or the user removed it). */
  shortcut: string;
}

/** Our commands' names in the interface language (the browser gives the manifest's, in the browser's language). */
const commandLabel = (t: Messages, s: Shortcut) =>
  s.name === 'next-highlight' ? t.shortcutNext : s.name.startsWith('_execute_') ? t.shortcutPopup : s.description;

interface Props {
  initial: Settings;
  save: (settings: Settings) => Promise<void>;
  /** Calls back when settings change elsewhere (the popup, another tab); returns the unsubscribe function. */
  watch: (cb: (settings: Settings) => void) => () => void;
  /** navigator.languages, for the 'auto' language. */
  browserLanguages: readonly string[];
  shortcuts: readonly Shortcut[];
  /** Opens the browser's shortcut settings; absent where the browser cannot. */
  openShortcuts?: () => void;
}

type Status = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved' } | { kind: 'failed'; reason: string };

/** The options page: every setting, saved as soon as it changes. */
export default function OptionsApp({ initial, save, watch, browserLanguages, shortcuts, openShortcuts }: Props) {
  const [settings, setSettings] = useState(initial);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  // Saves run one after another, so the last change is the one that stays.
  const queue = useRef(Promise.resolve());
  const lastSaved = useRef(JSON.stringify(initial));
  const lang = resolveLanguage(settings.language, browserLanguages);
  const t = messagesFor(lang);

  useEffect(
    () =>
      watch((next) => {
        // Our own saves come back through the watcher; only changes made elsewhere replace local state.
        if (JSON.stringify(next) !== lastSaved.current) setSettings(next);
      }),
    [],
  );
  useEffect(() => {
    document.documentElement.lang = t.lang;
    document.title = t.optionsTitle;
  }, [t]);

  const replace = (next: Settings): Promise<void> => {
    setSettings(next);
    setStatus({ kind: 'saving' });
    lastSaved.current = JSON.stringify(next);
    const run = queue.current.then(() => save(next));
    queue.current = run.then(
      () => setStatus({ kind: 'saved' }),
      (err: unknown) => setStatus({ kind: 'failed', reason: err instanceof Error ? err.message : String(err) }),
    );
    return run;
  };
  const update = (change: (s: Settings) => Settings) => void replace(change(settings)).catch(() => undefined);
  const set = <K extends keyof Settings>(key: K, value: Settings[K]) => update((s) => ({ ...s, [key]: value }));

  const toggleVerdict = (v: Verdict, on: boolean) =>
    // Kept in the scale's order, so exported files read the same however the boxes were clicked.
    set('verdicts', VERDICTS.filter((x) => (x === v ? on : settings.verdicts.includes(x))));

  return (
    <I18nProvider lang={lang}>
      <div class="options">
        <header class="options-bar">
          <h1>{t.optionsTitle}</h1>
          <p role="status" class="save-status" data-testid="save-status" data-state={status.kind}>
            {status.kind === 'saving' ? t.saving : status.kind === 'saved' ? `✓ ${t.saved}` : ''}
          </p>
        </header>
        <main>
          <p class="muted">{t.optionsIntro}</p>
          {status.kind === 'failed' && (
            <p role="alert" class="error">
              {t.saveFailed(status.reason)}
            </p>
          )}

          <section aria-labelledby="where">
            <h2 id="where">{t.sectionWhere}</h2>
            <ChoiceGroup
              name="mode"
              legend={t.modeLegend}
              value={settings.mode}
              onChange={(v) => set('mode', v)}
              choices={MODES.map((m) => ({
                value: m,
                label: m === 'always' ? t.modeAlways : t.modeClick,
                hint: m === 'always' ? t.modeAlwaysHint : t.modeClickHint,
              }))}
            />
            <OptionsSites sites={settings.disabledSites} onChange={update} />
          </section>

          <section aria-labelledby="what">
            <h2 id="what">{t.sectionHighlights}</h2>
            <fieldset class="choices">
              <legend>{t.verdictsLegend}</legend>
              {VERDICTS.map((v) => (
                <div class="choice" key={v}>
                  <input
                    type="checkbox"
                    id={`verdict-${v}`}
                    name="verdicts"
                    value={v}
                    checked={settings.verdicts.includes(v)}
                    aria-describedby={`verdict-${v}-hint`}
                    onChange={(e) => toggleVerdict(v, e.currentTarget.checked)}
                  />
                  <label for={`verdict-${v}`}>
                    <VerdictBadge verdict={v} />
                  </label>
                  <p class="hint" id={`verdict-${v}-hint`}>
                    {t.verdictHints[v]}
                  </p>
                </div>
              ))}
              <p class="warning" role="status">
                {settings.verdicts.length === 0 && t.verdictsNone}
              </p>
            </fieldset>
            <ChoiceGroup
              name="sensitivity"
              legend={t.sensitivityLegend}
              value={settings.sensitivity}
              onChange={(v) => set('sensitivity', v)}
              choices={SENSITIVITIES.map((s) => ({ value: s, label: t.sensitivity[s], hint: t.sensitivityHints[s] }))}
            />
            <ChoiceGroup
              name="style"
              legend={t.styleLegend}
              value={settings.style}
              onChange={(v) => set('style', v)}
              choices={STYLES.map((s) => ({
                value: s,
                label: (
                  <>
                    {t.styles[s]}
                    <span class="preview">
                      {/* The page's own mark element and styles, so the preview is exactly what pages show. */}
                      {h('caveat-mark', { 'data-verdict': 'false', 'data-style': s }, t.stylePreview)}
                    </span>
                  </>
                ),
              }))}
            />
          </section>

          <section aria-labelledby="language">
            <h2 id="language">{t.sectionLanguage}</h2>
            <label for="language-select">{t.languageLabel}</label>
            <select
              id="language-select"
              value={settings.language}
              onChange={(e) => set('language', e.currentTarget.value as LanguageSetting)}
            >
              <option value="auto">
                {t.languageAuto} ({LANGUAGE_NAMES[resolveLanguage('auto', browserLanguages)]})
              </option>
              {UI_LANGUAGES.map((l) => (
                <option key={l} value={l} lang={l}>
                  {LANGUAGE_NAMES[l]}
                </option>
              ))}
            </select>
          </section>

          <section aria-labelledby="reports">
            <h2 id="reports">{t.sectionReports}</h2>
            <OptionsEndpoint
              endpoint={settings.reportEndpoint}
              onChange={(url) =>
                update(({ reportEndpoint: _old, ...rest }) => (url ? { ...rest, reportEndpoint: url } : rest))
              }
            />
          </section>

          {shortcuts.length > 0 && (
            <section aria-labelledby="keyboard">
              <h2 id="keyboard">{t.sectionKeyboard}</h2>
              <dl class="shortcuts">
                {shortcuts.map((s) => (
                  <div key={s.name}>
                    <dt>{commandLabel(t, s)}</dt>
                    <dd>{s.shortcut ? <kbd>{s.shortcut}</kbd> : <span class="muted">{t.shortcutNone}</span>}</dd>
                  </div>
                ))}
              </dl>
              {openShortcuts && (
                <button type="button" onClick={openShortcuts}>
                  {t.shortcutsChange}
                </button>
              )}
            </section>
          )}

          <section aria-labelledby="backup">
            <h2 id="backup">{t.sectionBackup}</h2>
            <OptionsBackup settings={settings} onReplace={replace} />
          </section>
        </main>
      </div>
    </I18nProvider>
  );
}
