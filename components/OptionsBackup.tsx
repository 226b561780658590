import { useState } from 'preact/hooks';
import type { Messages } from '../lib/i18n';
import { DEFAULT_SETTINGS, exportSettings, importSettings, type ImportError, type Settings } from '../lib/settings';
import { useT } from './I18nProvider';

interface Props {
  settings: Settings;
  /** Replaces all settings at once (import, restore defaults). */
  onReplace: (settings: Settings) => Promise<void>;
}

/** An import error in words a person can act on. */
function describe(t: Messages, e: ImportError): string {
  const m = t.importErrors;
  switch (e.kind) {
    case 'too-large':
      return m.tooLarge;
    case 'not-json':
      return m.notJson(e.detail);
    case 'not-settings':
      return m.notSettings;
    case 'newer-version':
      return m.newerVersion(e.version);
    case 'unknown-field':
      return m.unknownField(e.field);
    case 'bad-value':
      return e.item === undefined ? m.badValue(t.fields[e.field]) : m.badItem(t.fields[e.field], e.item + 1);
  }
}

/** Export to a JSON file, import from one (checked before anything is applied), restore defaults. */
export default function OptionsBackup({ settings, onReplace }: Props) {
  const t = useT();
  const [message, setMessage] = useState<{ error: boolean; text: string } | undefined>();

  const download = () => {
    const blob = new Blob([exportSettings(settings)], { type: 'application/json' });
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = 'caveat-settings.json';
    a.click();
    setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
  };

  const load = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    let text: string;
    try {
      text = await file.text();
    } catch {
      setMessage({ error: true, text: `${t.importErrors.unreadable} ${t.importFailed}` });
      return;
    } finally {
      // Lets the same file be chosen again after it is fixed.
      input.value = '';
    }
    const result = importSettings(text);
    if (!result.ok) {
      setMessage({ error: true, text: `${describe(t, result.error)} ${t.importFailed}` });
      return;
    }
    await onReplace(result.settings).then(
      () => setMessage({ error: false, text: t.imported }),
      (err: unknown) => setMessage({ error: true, text: t.saveFailed(String(err)) }),
    );
  };

  const reset = async () => {
    if (!window.confirm(t.resetConfirm)) return;
    await onReplace(DEFAULT_SETTINGS);
    setMessage({ error: false, text: t.resetDone });
  };

  return (
    <div class="backup">
      <p class="hint">{t.backupHint}</p>
      <div class="row">
        <button type="button" onClick={download}>
          {t.exportButton}
        </button>
        <label class="file">
          {t.importLabel}
          <input
            type="file"
            accept=".json,application/json"
            data-testid="import"
            onChange={(e) => void load(e.currentTarget)}
          />
        </label>
        <button type="button" onClick={() => void reset()}>
          {t.resetButton}
        </button>
      </div>
      {/* Both live regions exist from the start, so screen readers announce what appears in them. */}
      <p role="status" class="muted" data-testid="backup-status">
        {message && !message.error && message.text}
      </p>
      <p role="alert" class="error" data-testid="backup-error">
        {message?.error && message.text}
      </p>
    </div>
  );
}
