import { useEffect, useMemo, useState } from 'preact/hooks';
import { ClaimSearch } from '../lib/claims/search';
import { CATEGORIES, VERDICTS, type Category, type Claim, type Verdict } from '../lib/claims/schema';
import { messagesFor, resolveLanguage, type Language } from '../lib/i18n';
import ClaimArticle from './ClaimArticle';
import I18nProvider from './I18nProvider';

interface Props {
  claims: readonly Claim[];
  /** Interface language; without it, the browser's (what the 'auto' setting means). */
  language?: Language;
}

/** The claims library: every entry, searchable and filterable, each linkable by id. */
export default function LibraryApp({ claims, language }: Props) {
  const lang = language ?? resolveLanguage('auto', navigator.languages);
  const t = messagesFor(lang);
  const search = useMemo(() => new ClaimSearch(claims), [claims]);
  const [text, setText] = useState('');
  const [verdict, setVerdict] = useState<Verdict | ''>('');
  const [category, setCategory] = useState<Category | ''>('');
  const results = search.search({ text, ...(verdict ? { verdict } : {}), ...(category ? { category } : {}) });

  useEffect(() => {
    const id = decodeURIComponent(location.hash.slice(1));
    if (id) document.getElementById(id)?.scrollIntoView();
  }, []);
  // This component is the whole page, so it owns the page's language and title.
  useEffect(() => {
    document.documentElement.lang = t.lang;
    document.title = t.libraryTitle;
  }, [t]);

  return (
    <I18nProvider lang={lang}>
      <main class="library">
        <h1>{t.libraryTitle}</h1>
        <p class="muted">{t.libraryIntro(claims.length)}</p>
        <form class="filters" role="search" onSubmit={(e) => e.preventDefault()}>
          <label>
            {t.search}
            <input type="search" value={text} placeholder={t.searchPlaceholder} onInput={(e) => setText(e.currentTarget.value)} />
          </label>
          <label>
            {t.verdict}
            <select value={verdict} onChange={(e) => setVerdict(e.currentTarget.value as Verdict | '')}>
              <option value="">{t.all}</option>
              {VERDICTS.map((v) => (
                <option key={v} value={v}>
                  {t.verdicts[v]}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t.category}
            <select value={category} onChange={(e) => setCategory(e.currentTarget.value as Category | '')}>
              <option value="">{t.all}</option>
              {CATEGORIES.map((c) => (
                <option key={c} value={c}>
                  {t.categories[c]}
                </option>
              ))}
            </select>
          </label>
        </form>
        <p aria-live="polite" class="muted" data-testid="results">
          {t.results(results.length)}
        </p>
        {results.map((c) => (
          <ClaimArticle key={c.id} claim={c} />
        ))}
      </main>
    </I18nProvider>
  );
}
