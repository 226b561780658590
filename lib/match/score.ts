import { isWordChar } from './dictionary';

/**
 * How close a sentence is to a claim's known wordings, 0..1, and which wording:
 * the Dice overlap of their word stems (first five letters, so "executed" and
 * "executions", "Kriegsgefangene" and "Kriegsgefangenen" agree). It runs for
 * every candidate sentence, so it must cost microseconds: fuse.js's token search
 * gave much the same ranking at 0.3–1 ms a call, which dominated the whole scan
 * (see README, "Speed"). fuse.js does the library page's fuzzy search instead.
 */
export class WordingScorer {
  private readonly wordings: Set<string>[];

  /** `folded`: the claim's statement and variants, already case- and accent-folded. */
  constructor(folded: readonly string[]) {
    this.wordings = folded.map(stems);
  }

  /** `words`: the sentence's {@link stems}. */
  score(words: ReadonlySet<string>): { score: number; index: number } {
    let best = { score: 0, index: 0 };
    this.wordings.forEach((w, index) => {
      if (!w.size || !words.size) return;
      let shared = 0;
      for (const s of words) if (w.has(s)) shared++;
      const score = (2 * shared) / (w.size + words.size);
      if (score > best.score) best = { score, index };
    });
    return best;
  }
}

const STOP = new Set(['the', 'a', 'an', 'of', 'and', 'or', 'to', 'in', 'by', 'were', 'was', 'der', 'die', 'das', 'und', 'von']);

/** A folded text's word stems (words as the scan reads them), without the commonest words. */
export function stems(text: string): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i < text.length; ) {
    if (!isWordChar(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    while (i < text.length && isWordChar(text.charCodeAt(i))) i++;
    const w = text.slice(start, i);
    if (!STOP.has(w)) out.add(w.slice(0, 5));
  }
  return out;
}
