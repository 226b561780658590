import { useEffect, useState } from 'preact/hooks';
import { isReportEndpoint } from '../lib/settings';
import { useT } from './I18nProvider';

interface Props {
  endpoint: string | undefined;
  /** Saves a valid address, or undefined to keep reports in the browser. */
  onChange: (endpoint: string | undefined) => void;
}

/** The report server's address: saved when the field is committed (Enter or leaving it), never while half-typed. */
export default function OptionsEndpoint({ endpoint, onChange }: Props) {
  const t = useT();
  const [value, setValue] = useState(endpoint ?? '');
  const [invalid, setInvalid] = useState(false);
  // Follows changes made elsewhere (an import, another tab) unless the user is mid-correction.
  useEffect(() => {
    if (!invalid) setValue(endpoint ?? '');
  }, [endpoint]);

  const commit = () => {
    const url = value.trim();
    if (url && !isReportEndpoint(url)) return setInvalid(true);
    setInvalid(false);
    if (url !== (endpoint ?? '')) onChange(url || undefined);
  };
  const describedBy = ['endpoint-hint', invalid ? 'endpoint-error' : 'endpoint-state'].join(' ');

  return (
    <form
      class="endpoint"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        commit();
      }}
    >
      <label for="endpoint">{t.endpointLabel}</label>
      <p class="hint" id="endpoint-hint">
        {t.endpointHint}
      </p>
      <input
        id="endpoint"
        type="url"
        inputMode="url"
        autocomplete="off"
        spellcheck={false}
        placeholder="https://"
        value={value}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy}
        onInput={(e) => setValue(e.currentTarget.value)}
        onChange={commit}
      />
      {invalid ? (
        <p class="error" id="endpoint-error" role="alert">
          {t.endpointInvalid}
        </p>
      ) : (
        <p class="muted" id="endpoint-state" data-testid="endpoint-state">
          {endpoint ? t.endpointSaved(endpoint) : t.endpointNone}
          {endpoint?.startsWith('http://') && <> {t.endpointHttp}</>}
        </p>
      )}
    </form>
  );
}
