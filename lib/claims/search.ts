import Fuse from 'fuse.js';
import type { Category, Claim, Verdict } from './schema';

export interface LibraryQuery {
  text: string;
  verdict?: Verdict;
  category?: Category;
}

/** Search over the claims library: words of the claim, names, numbers; fuse.js tolerates typos. */
export class ClaimSearch {
  private readonly fuse: Fuse<Claim>;

  constructor(private readonly claims: readonly Claim[]) {
    this.fuse = new Fuse(claims, {
      ignoreLocation: true,
      threshold: 0.35,
      ignoreDiacritics: true,
      keys: [
        { name: 'title', weight: 3 },
        { name: 'statement', weight: 2 },
        { name: 'variants.en', weight: 1.5 },
        { name: 'variants.de', weight: 1 },
        { name: 'summary', weight: 1 },
        { name: 'figures.who', weight: 1 },
        { name: 'figures.value', weight: 1 },
        { name: 'sources.author', weight: 1 },
        { name: 'sources.title', weight: 1 },
        { name: 'context', weight: 0.5 },
        { name: 'id', weight: 1 },
      ],
    });
  }

  search({ text, verdict, category }: LibraryQuery): Claim[] {
    const q = text.trim();
    const hits = q ? this.fuse.search(q).map((r) => r.item) : [...this.claims].sort((a, b) => a.title.localeCompare(b.title));
    return hits.filter((c) => (!verdict || c.verdict === verdict) && (!category || c.category === category));
  }
}
