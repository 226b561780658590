import type { Claim } from '../lib/claims/schema';
import Citation from './Citation';
import FigureList from './FigureList';
import VerdictBadge from './VerdictBadge';

/** A claims-library entry with its whole historiography; its id is its anchor. */
export default function ClaimArticle({ claim }: { claim: Claim }) {
  return (
    <article id={claim.id} class="entry">
      <header>
        <VerdictBadge verdict={claim.verdict} />
        <span class="category">{claim.category.replace(/-/g, ' ')}</span>
        <h2>
          <a href={`#${claim.id}`}>{claim.title}</a>
        </h2>
      </header>
      <p class="statement">
        Claim: <q>{claim.statement}</q>
      </p>
      <p>{claim.summary}</p>
      {claim.context.split(/\n\s*\n/).map((para) => (
        <p key={para.slice(0, 40)}>{para}</p>
      ))}
      {claim.origin && (
        <p>
          <strong>Origin:</strong> {claim.origin}
        </p>
      )}
      {claim.figures.length > 0 && (
        <>
          <h3>What historians found</h3>
          <FigureList figures={claim.figures} />
        </>
      )}
      <h3>Sources</h3>
      <ol>
        {claim.sources.map((s) => (
          <Citation key={s.title + (s.url ?? '')} source={s} />
        ))}
      </ol>
      {claim.related.length > 0 && (
        <p>
          Related:{' '}
          {claim.related.map((id, i) => (
            <span key={id}>
              {i > 0 && ', '}
              <a href={`#${id}`}>{id}</a>
            </span>
          ))}
        </p>
      )}
      <p class="muted">Last reviewed {claim.reviewed}.</p>
    </article>
  );
}
