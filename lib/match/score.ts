import Fuse from 'fuse.js';

/**
 * How close a sentence is to a claim's known wordings, 0..1, and which wording.
 * fuse.js's token search (TF-IDF over words, each word fuzzily compared) suits
 * this: it tolerates typos and inflections and ignores word order. It runs only
 * on sentences the dictionary scan already picked, never on the whole page.
 */
export class FuzzyScorer {
  private readonly fuse: Fuse<string>;

  constructor(variants: readonly string[]) {
    this.fuse = new Fuse(variants, { includeScore: true, ignoreLocation: true, threshold: 1, useTokenSearch: true });
  }

  score(sentence: string): { score: number; index: number } {
    const best = this.fuse.search(sentence, { limit: 1 })[0];
    if (!best) return { score: 0, index: 0 };
    return { score: 1 - (best.score ?? 1), index: best.refIndex };
  }
}
