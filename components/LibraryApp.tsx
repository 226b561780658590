import { useEffect, useMemo, useState } from 'preact/hooks';
import { ClaimSearch } from '../lib/claims/search';
import { CATEGORIES, VERDICTS, type Category, type Claim, type Verdict } from '../lib/claims/schema';
import ClaimArticle from './ClaimArticle';

/** The claims library: every entry, searchable and filterable, each linkable by id. */
export default function LibraryApp({ claims }: { claims: readonly Claim[] }) {
  const search = useMemo(() => new ClaimSearch(claims), [claims]);
  const [text, setText] = useState('');
  const [verdict, setVerdict] = useState<Verdict | ''>('');
  const [category, setCategory] = useState<Category | ''>('');
  const results = search.search({ text, ...(verdict ? { verdict } : {}), ...(category ? { category } : {}) });

  useEffect(() => {
    const id = decodeURIComponent(location.hash.slice(1));
    if (id) document.getElementById(id)?.scrollIntoView();
  }, []);

  return (
    <main class="library">
      <h1>Caveat claims library</h1>
      <p class="muted">{claims.length} dubious claims about the Second World War, with what historians found.</p>
      <form class="filters" role="search" onSubmit={(e) => e.preventDefault()}>
        <label>
          Search
          <input type="search" value={text} placeholder="e.g. Dresden, Bacque, 1.5 million" onInput={(e) => setText(e.currentTarget.value)} />
        </label>
        <label>
          Verdict
          <select value={verdict} onChange={(e) => setVerdict(e.currentTarget.value as Verdict | '')}>
            <option value="">All</option>
            {VERDICTS.map((v) => (
              <option key={v} value={v}>{v.replace('-', ' ')}</option>
            ))}
          </select>
        </label>
        <label>
          Category
          <select value={category} onChange={(e) => setCategory(e.currentTarget.value as Category | '')}>
            <option value="">All</option>
            {CATEGORIES.map((c) => (
              <option key={c} value={c}>{c.replace(/-/g, ' ')}</option>
            ))}
          </select>
        </label>
      </form>
      <p aria-live="polite" class="muted" data-testid="results">
        {results.length} {results.length === 1 ? 'entry' : 'entries'}
      </p>
      {results.map((c) => (
        <ClaimArticle key={c.id} claim={c} />
      ))}
    </main>
  );
}
