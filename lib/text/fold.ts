/**
 * Case- and accent-folding that keeps one output unit per input unit, so offsets
 * into folded text are offsets into the page's text. Characters that fold to
 * more than one letter (ß → ss) are handled per word by {@link foldWord}.
 */
const TYPOGRAPHIC: Record<string, string> = {
  '\u2018': "'", '\u2019': "'", '\u201a': "'", '\u201b': "'", '\u2032': "'",
  '\u201c': '"', '\u201d': '"', '\u201e': '"', '\u00ab': '"', '\u00bb': '"',
  '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-', '\u2014': '-', '\u2015': '-', '\u2212': '-',
  '\u00a0': ' ', '\u202f': ' ', '\u2009': ' ', '\u2007': ' ',
};

const cache = new Map<string, string>();

/** Folds one character (one UTF-16 unit) to a lowercase, unaccented unit. */
export function foldChar(ch: string): string {
  let out = cache.get(ch);
  if (out === undefined) {
    const typographic = TYPOGRAPHIC[ch];
    if (typographic) out = typographic;
    else {
      const base = ch.toLowerCase().normalize('NFKD').replace(/\p{M}/gu, '');
      out = base.length === 1 ? base : ch.toLowerCase().length === 1 ? ch.toLowerCase() : ch;
    }
    cache.set(ch, out);
  }
  return out;
}

const NON_ASCII = /[^\x00-\x7f]/g;

/** Folds text unit by unit: same length as the input, so offsets carry over. */
export function foldText(text: string): string {
  const lower = text.toLowerCase();
  // toLowerCase keeps the length for all but a few characters (e.g. "İ"); then ASCII is lowered by runs and
  // everything else unit by unit.
  return (lower.length === text.length ? lower : text.replace(/[A-Z]+/g, (run) => run.toLowerCase())).replace(NON_ASCII, foldChar);
}

/** Folds a word for comparison with dictionary terms (ß → ss, NFKC ligatures). */
export function foldWord(word: string): string {
  return word.normalize('NFKC').normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/ß/g, 'ss');
}
