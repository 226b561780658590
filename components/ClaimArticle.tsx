import type { Claim } from '../lib/claims/schema';
import { formatDate } from '../lib/i18n';
import Citation from './Citation';
import FigureList from './FigureList';
import { useT } from './I18nProvider';
import VerdictBadge from './VerdictBadge';

/**
 * A claims-library entry with its whole historiography; its id is its anchor.
 * German readers get the entry's German summary where it has one; the rest of
 * an entry is written in English and marked so (lang="en") for screen readers.
 */
export default function ClaimArticle({ claim }: { claim: Claim }) {
  const t = useT();
  const german = t.lang === 'de' && !!claim.summary_de;
  // Only mark English text when the page around it is not English.
  const english = t.lang === 'en' ? undefined : 'en';
  return (
    <article id={claim.id} class="entry" aria-labelledby={`${claim.id}-title`}>
      <header>
        <VerdictBadge verdict={claim.verdict} />
        <span class="category">{t.categories[claim.category]}</span>
        <h2 id={`${claim.id}-title`} lang={english}>
          <a href={`#${claim.id}`}>{claim.title}</a>
        </h2>
      </header>
      <p class="statement">
        {t.claim} <q lang={english}>{claim.statement}</q>
      </p>
      {german ? (
        <p class="summary" lang="de">
          {claim.summary_de}
        </p>
      ) : (
        <p class="summary" lang={english}>
          {claim.summary}
        </p>
      )}
      {claim.context.split(/\n\s*\n/).map((para) => (
        <p key={para.slice(0, 40)} lang={english}>
          {para}
        </p>
      ))}
      {claim.origin && (
        <p>
          <strong>{t.origin}</strong> <span lang={english}>{claim.origin}</span>
        </p>
      )}
      {claim.figures.length > 0 && (
        <>
          <h3>{t.whatHistoriansFound}</h3>
          <FigureList figures={claim.figures} />
        </>
      )}
      <h3>{t.sources}</h3>
      <ol>
        {claim.sources.map((s) => (
          <Citation key={s.title + (s.url ?? '')} source={s} />
        ))}
      </ol>
      {claim.related.length > 0 && (
        <p>
          {t.related}{' '}
          {claim.related.map((id, i) => (
            <span key={id}>
              {i > 0 && ', '}
              <a href={`#${id}`}>{id}</a>
            </span>
          ))}
        </p>
      )}
      <p class="muted">{t.lastReviewed(formatDate(t, claim.reviewed))}</p>
    </article>
  );
}
