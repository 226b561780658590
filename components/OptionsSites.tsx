import { useState } from 'preact/hooks';
import { normalizeSite, siteCovers, type Settings } from '../lib/settings';
import { useT } from './I18nProvider';

interface Props {
  sites: readonly string[];
  /** Turns Caveat off (enabled false) or on again for a host. */
  onChange: (change: (s: Settings) => Settings) => void;
}

/** The list of sites where Caveat is off, with a field to add one and a button per entry to remove it. */
export default function OptionsSites({ sites, onChange }: Props) {
  const t = useT();
  const [input, setInput] = useState('');
  const [error, setError] = useState('');

  const add = (e: Event) => {
    e.preventDefault();
    const host = normalizeSite(input);
    if (!host) return setError(t.siteInvalid(input.trim()));
    if (sites.some((entry) => siteCovers(entry, host))) return setError(t.siteCovered(host));
    setError('');
    setInput('');
    // A new entry makes the entries for its subdomains redundant.
    onChange((s) => ({ ...s, disabledSites: [...s.disabledSites.filter((e) => !siteCovers(host, e)), host] }));
  };

  return (
    <section aria-labelledby="sites-heading">
      <h3 id="sites-heading">{t.sitesHeading}</h3>
      <p class="hint">{t.sitesHint}</p>
      {sites.length === 0 ? (
        <p class="muted" data-testid="sites-empty">
          {t.sitesEmpty}
        </p>
      ) : (
        <ul class="sites" data-testid="sites">
          {[...sites].sort().map((host) => (
            <li key={host}>
              <span class="host">{host}</span>
              <button
                type="button"
                aria-label={t.siteRemoveLabel(host)}
                onClick={() => onChange((s) => ({ ...s, disabledSites: s.disabledSites.filter((h) => h !== host) }))}
              >
                {t.siteRemove}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form class="add-site" onSubmit={add} noValidate>
        <label for="site-input">{t.siteInputLabel}</label>
        <input
          id="site-input"
          type="text"
          inputMode="url"
          autocomplete="off"
          spellcheck={false}
          placeholder={t.siteInputPlaceholder}
          value={input}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? 'site-error' : undefined}
          onInput={(e) => setInput(e.currentTarget.value)}
        />
        <button type="submit">{t.siteAdd}</button>
        {error && (
          <p class="error" id="site-error" role="alert">
            {error}
          </p>
        )}
      </form>
    </section>
  );
}
