import { foldText } from './fold';
/**
 * Finds the figures a sentence states, in the ways English and German blogs write
 * them: digits with any grouping ("1,000,000", "1.000.000", "1 000 000"), decimals
 * ("1.5", "1,5"), multipliers ("1m", "500k", "1 mln", "eine Million"), number words
 * ("half a million", "a quarter of a million"), vague quantities ("hundreds of
 * thousands", "Hunderttausende") and ranges ("between 500,000 and 1 million",
 * "500,000–1,000,000", "up to a million"). Years and percentages are not figures.
 */

/** A figure on the page: a single value has low === high. */
export interface Quantity {
  low: number;
  high: number;
  /** Offsets into the text that was parsed. */
  start: number;
  end: number;
}

const WORD_VALUES: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60,
  seventy: 70, eighty: 80, ninety: 90,
  anderthalb: 1.5, eineinhalb: 1.5,
  ein: 1, eine: 1, einer: 1, einen: 1, zwei: 2, drei: 3, vier: 4, funf: 5, sechs: 6, sieben: 7, acht: 8, neun: 9, zehn: 10,
  elf: 11, zwolf: 12, dreizehn: 13, vierzehn: 14, funfzehn: 15, sechzehn: 16, siebzehn: 17, achtzehn: 18, neunzehn: 19,
  zwanzig: 20, dreissig: 30, vierzig: 40, funfzig: 50,
};
/** The units a ten takes in English: "ninety-one", "eighty five". */
const UNITS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9 };
const ARTICLES = new Set(['a', 'an', 'ein', 'eine', 'einer', 'einen']);
/** "eine ganze Million", "a full million", "a cool million", "eine knappe Million". */
const WHOLE = new Set(['whole', 'full', 'cool', 'good', 'solid', 'ganze', 'ganzen', 'volle', 'vollen', 'gute', 'guten', 'knappe', 'knappen']);
const MULTIPLIERS: Record<string, number> = {
  hundred: 100, hundert: 100, thousand: 1e3, tausend: 1e3, k: 1e3, grand: 1e3,
  million: 1e6, millions: 1e6, m: 1e6, mln: 1e6, mio: 1e6, mil: 1e6, millionen: 1e6,
  billion: 1e9, bn: 1e9, milliarde: 1e9, milliarden: 1e9, mrd: 1e9, hunderttausend: 1e5,
  viertelmillion: 2.5e5, millionenmal: 1e6,
};
/** Plural quantity words without a number: "hundreds of thousands" ≈ 200,000–900,000. */
const VAGUE: Record<string, [number, number]> = {
  hundreds: [200, 900], thousands: [2e3, 9e3], millions: [2e6, 9e6],
  hunderte: [200, 900], tausende: [2e3, 9e3], hunderttausende: [2e5, 9e5], zehntausende: [2e4, 9e4],
};
/** "several hundred thousand", "mehrere hunderttausend": a vague multiple of what follows. */
const SOME = new Set(['few', 'several', 'some', 'many', 'mehrere', 'einige', 'viele', 'etliche']);
/** "a few hundred thousand", "a couple of hundred thousand", "ein paar Hunderttausend". */
const FEW: Record<string, string[]> = { a: ['few', 'couple'], ein: ['paar'] };
const FRACTIONS: Record<string, number> = { half: 0.5, halbe: 0.5, halben: 0.5, quarter: 0.25, viertel: 0.25, third: 1 / 3, drittel: 1 / 3 };
/** "three-quarters of a million", "two thirds of a million", "drei Viertel einer Million". */
const PLURAL_FRACTIONS: Record<string, number> = { quarters: 0.25, thirds: 1 / 3, viertel: 0.25, drittel: 1 / 3 };

/** German writes numbers as one word: "fünfhunderttausend", "zweihundertfünfzigtausend". */
const GERMAN_PIECES: [string, number][] = Object.entries({
  ein: 1, eins: 1, zwei: 2, drei: 3, vier: 4, funf: 5, sechs: 6, sieben: 7, acht: 8, neun: 9, zehn: 10, elf: 11, zwolf: 12,
  zwanzig: 20, dreissig: 30, vierzig: 40, funfzig: 50, sechzig: 60, siebzig: 70, achtzig: 80, neunzig: 90,
  hundert: 100, tausend: 1000, und: 0,
}).sort((a, b) => b[0].length - a[0].length);
const GERMAN_COMPOUND = /^[a-z]*(?:hundert|tausend)[a-z]*$/;

/** The value of a German compound number word with "hundert" or "tausend" in it, or undefined. */
function germanNumber(word: string): number | undefined {
  if (!GERMAN_COMPOUND.test(word)) return undefined;
  let total = 0;
  let current = 0;
  for (let i = 0; i < word.length; ) {
    const piece = GERMAN_PIECES.find(([w]) => word.startsWith(w, i));
    if (!piece) return undefined;
    const [w, v] = piece;
    if (w === 'hundert') current = (current || 1) * 100;
    else if (w === 'tausend') {
      total += (current || 1) * 1000;
      current = 0;
    } else current += v;
    i += w.length;
  }
  return total + current;
}
const RANGE_JOIN = new Set(['to', 'and', 'or', '-', 'bis', 'und', 'oder']);
const UPTO = [['up', 'to'], ['as', 'many', 'as'], ['bis', 'zu']];


/** Words a figure can start with; any other token that is not digits is passed over at once. */
const STARTS = new Set([...Object.keys(VAGUE), 'tens', 'the', ...SOME, ...Object.keys(FRACTIONS), ...ARTICLES, ...Object.keys(WORD_VALUES)]);

interface Tok { s: string; start: number; end: number }

const TOKEN = /\d\/\d(?![\d])|\d+(?:[.,\u00a0 ]\d{3})+(?:[.,]\d+)?(?![\d])|\d+(?:[.,]\d+)?|[a-z\u00c0-\u024f]+|[-%]/g;

function tokens(folded: string): Tok[] {
  const out: Tok[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(folded); m; m = TOKEN.exec(folded)) out.push({ s: m[0], start: m.index, end: m.index + m[0].length });
  return out;
}

/** Can token s start a figure? Most words cannot, and are passed over without parsing. */
function mayStart(s: string): boolean {
  const c = s.charCodeAt(0);
  return (c >= 48 && c <= 57) || STARTS.has(s) || (s.length >= 7 && (s.includes('hundert') || s.includes('tausend')));
}

/** Parses digits: "1,000,000" / "1.000.000" / "1 000 000" are grouped; "1.5" / "1,5" are decimals. */
export function parseNumeral(s: string): number {
  const grouped = /^\d{1,3}(?:([.,\u00a0 ])\d{3})(?:\1\d{3})*$/.exec(s);
  if (grouped) return Number(s.replace(/[.,\u00a0 ]/g, ''));
  const mixed = /^(\d{1,3}(?:([.,\u00a0 ])\d{3})+)[.,](\d+)$/.exec(s);
  if (mixed) return Number(`${mixed[1]!.replace(/[.,\u00a0 ]/g, '')}.${mixed[3]}`);
  return Number(s.replace(',', '.'));
}

interface Parsed { low: number; high: number; end: number; bare: boolean; vague: boolean }

/** Parses one figure starting at token i, or returns undefined. */
function figureAt(t: Tok[], i: number): Parsed | undefined {
  const tok = t[i];
  if (!tok) return undefined;
  const c = tok.s.charCodeAt(0);
  if (!(c >= 48 && c <= 57) && !STARTS.has(tok.s)) {
    const german = germanNumber(tok.s);
    return german && german >= 100 ? { low: german, high: german, end: i, bare: false, vague: false } : undefined;
  }
  // "by the hundred thousand", "by the thousand", "by the million": in such numbers. Any other "the" (the commonest
  // word) starts no figure, and leaves at once.
  if (tok.s === 'the') {
    let j = i + 1;
    let m = 1;
    if (t[i - 1]?.s === 'by') while (t[j] && MULTIPLIERS[t[j]!.s.replace(/s$/, '')] && t[j]!.s.length > 2) m *= MULTIPLIERS[t[j++]!.s.replace(/s$/, '')]!;
    return m >= 1000 ? { low: m, high: 9 * m, end: j - 1, bare: false, vague: true } : undefined;
  }
  const vague = VAGUE[tok.s];
  if (vague) {
    // "hundreds of thousands", "tens of thousands"
    if (t[i + 1]?.s === 'of' && (t[i + 2]?.s === 'thousands' || t[i + 2]?.s === 'millions')) {
      const m = t[i + 2]!.s === 'thousands' ? 1e3 : 1e6;
      return { low: vague[0] * m, high: vague[1] * m, end: i + 2, bare: false, vague: true };
    }
    return { low: vague[0], high: vague[1], end: i, bare: false, vague: true };
  }
  if (tok.s === 'tens' && t[i + 1]?.s === 'of' && t[i + 2]?.s === 'thousands') return { low: 2e4, high: 9e4, end: i + 2, bare: false, vague: true };
  // "a few hundred thousand", "several million", "mehrere hunderttausend", "einige Millionen", "ein paar Hunderttausend"
  const some = SOME.has(tok.s) ? i : FEW[tok.s]?.includes(t[i + 1]?.s ?? '') ? (t[i + 2]?.s === 'of' ? i + 2 : i + 1) : -1;
  if (some >= 0) {
    let j = some + 1;
    let m = 1;
    if (t[j]?.s === 'hunderttausend') { m = 1e5; j++; }
    // "a few hundred k": the lone "k" only after a multiplier word.
    while (t[j] && MULTIPLIERS[t[j]!.s] && (t[j]!.s.length > 1 || (t[j]!.s === 'k' && m >= 100))) { m *= MULTIPLIERS[t[j]!.s]!; j++; }
    if (m >= 100) return { low: 2 * m, high: 9 * m, end: j - 1, bare: false, vague: true };
  }
  let value: number | undefined;
  let j = i;
  const digitFraction = /^(\d)\/(\d)$/.exec(tok.s);
  if (digitFraction) {
    // "3/4 of a million", "2/3 einer Million": only as a fraction of a multiplier
    const k = t[i + 1]?.s === 'of' ? i + 2 : i + 1;
    if (!ARTICLES.has(t[k]?.s ?? '') || !MULTIPLIERS[t[k + 1]?.s ?? '']) return undefined;
    value = Number(digitFraction[1]) / Number(digitFraction[2]);
    j = k;
  } else if (/^\d/.test(tok.s)) value = parseNumeral(tok.s);
  else if (FRACTIONS[tok.s] !== undefined && (ARTICLES.has(t[i + 1]?.s ?? '') || t[i + 1]?.s === 'of')) {
    // "half a million", "a quarter of a million", "eine halbe Million"
    value = FRACTIONS[tok.s];
    j = i + 1;
    if (t[j]?.s === 'of') j++;
    if (!ARTICLES.has(t[j]?.s ?? '')) j--;
  } else if (ARTICLES.has(tok.s) && FRACTIONS[t[i + 1]?.s ?? ''] !== undefined) {
    value = FRACTIONS[t[i + 1]!.s];
    j = i + 1;
    if (t[j + 1]?.s === 'of' && ARTICLES.has(t[j + 2]?.s ?? '')) j += 2;
    // "a quarter-million", "a half-million"
    else if (t[j + 1]?.s === '-' && MULTIPLIERS[t[j + 2]?.s ?? '']) j++;
  } else if (ARTICLES.has(tok.s) && WHOLE.has(t[i + 1]?.s ?? '') && MULTIPLIERS[t[i + 2]?.s ?? ''] && t[i + 2]!.s.length > 1) {
    // "eine ganze Million", "a full million" ("eine" is also the number one)
    value = 1;
    j = i + 1;
  } else if (WORD_VALUES[tok.s] !== undefined) {
    [value, j] = wordsBelowHundred(t, i);
    // "three-quarters of a million", "two thirds of a million"
    const k = t[i + 1]?.s === '-' ? i + 2 : i + 1;
    const part = PLURAL_FRACTIONS[t[k]?.s ?? ''];
    if (part !== undefined && (t[k + 1]?.s === 'of' || ARTICLES.has(t[k + 1]?.s ?? ''))) {
      value! *= part;
      j = t[k + 1]!.s === 'of' && ARTICLES.has(t[k + 2]?.s ?? '') ? k + 2 : k + 1;
      if (!ARTICLES.has(t[j]!.s)) j--;
    }
  }
  else if (ARTICLES.has(tok.s) && MULTIPLIERS[t[i + 1]?.s ?? ''] && t[i + 1]!.s.length > 1) value = 1;
  if (value === undefined || Number.isNaN(value)) return undefined;
  // "one and a half million", "1 and a half million"
  if (andAHalf(t, j)) {
    value += 0.5;
    j += 3;
  }
  // "ninety-odd thousand", "90-odd thousand": about that many
  if (t[j + 1]?.s === 'odd') j++;
  else if (t[j + 1]?.s === '-' && t[j + 2]?.s === 'odd') j += 2;
  let multiplied = false;
  let unit = 1;
  while (true) {
    const next = t[j + 1];
    const m = next ? MULTIPLIERS[next.s] : undefined;
    // "1 m" only counts when glued ("1m"); a lone "m" is too ambiguous.
    if (!m || (next!.s === 'm' && next!.start !== t[j]!.end)) break;
    value *= m;
    unit = m;
    multiplied = true;
    j++;
    // "a hundred and fifty thousand", "two hundred fifty thousand" (not "two hundred and three hundred")
    if (m === 100) {
      const k = t[j + 1]?.s === 'and' ? j + 2 : j + 1;
      const [rest, last] = WORD_VALUES[t[k]?.s ?? ''] !== undefined && !ARTICLES.has(t[k]!.s) ? wordsBelowHundred(t, k) : [0, k];
      if (rest > 0 && rest < 100 && MULTIPLIERS[t[last + 1]?.s ?? ''] !== 100) {
        value += rest;
        j = last;
      }
    }
  }
  // "a million and a half"
  if (multiplied && andAHalf(t, j)) {
    value += unit / 2;
    j += 3;
  }
  const isWord = !/^\d/.test(tok.s);
  if (isWord && !multiplied && value < 100 && !ARTICLES.has(tok.s)) {
    return { low: value, high: value, end: j, bare: true, vague: false };
  }
  // "eine halbe bis eine ganze Million": a bare fraction that a range's end may scale
  if (isWord && !multiplied) return FRACTIONS[t[j]?.s ?? ''] !== undefined ? { low: value, high: value, end: j, bare: true, vague: false } : undefined;
  return { low: value, high: value, end: j, bare: !multiplied, vague: false };
}

/** The number word at token i, with the unit a ten takes ("ninety-one"): its value and its last token. */
function wordsBelowHundred(t: Tok[], i: number): [number, number] {
  const value = WORD_VALUES[t[i]!.s]!;
  if (value < 20 || value % 10 !== 0) return [value, i];
  const k = t[i + 1]?.s === '-' && t[i + 1]!.start === t[i]!.end ? i + 2 : i + 1;
  const unit = UNITS[t[k]?.s ?? ''];
  return unit ? [value + unit, k] : [value, i];
}

/** Do "and a half" / "und ein halb" follow token j? */
function andAHalf(t: Tok[], j: number): boolean {
  return (t[j + 1]?.s === 'and' || t[j + 1]?.s === 'und') && ARTICLES.has(t[j + 2]?.s ?? '') && (t[j + 3]?.s === 'half' || t[j + 3]?.s === 'halb');
}

function isYear(tok: Tok, p: Parsed): boolean {
  return p.bare && /^\d{4}$/.test(tok.s) && p.low >= 1000 && p.low <= 2100;
}

/**
 * All figures in a sentence, ranges merged, years, percentages and numbered things ("Order No. 270") dropped.
 * `folded`: the text is already folded ({@link foldText}), as the matcher's is.
 */
export function findQuantities(text: string, folded = false): Quantity[] {
  const t = tokens(folded ? text : foldText(text));
  const out: Quantity[] = [];
  for (let i = 0; i < t.length; i++) {
    if (!mayStart(t[i]!.s)) continue;
    const first = figureAt(t, i);
    if (!first) continue;
    let { low, high, end } = first;
    const prev = t[i - 1]?.s;
    const skip = t[end + 1]?.s === '%' || t[end + 1]?.s === 'percent' || t[end + 1]?.s === 'prozent' ||
      prev === 'no' || prev === 'nr' || prev === 'order' || prev === 'befehl' || isYear(t[i]!, first);
    // Range: "500,000 to 1 million", "between 1 and 1.5 million", "500,000-1,000,000"
    const join = t[end + 1];
    // "from 500k up to a full million", "von 500.000 bis zu einer Million"
    const upTo = (join?.s === 'up' && t[end + 2]?.s === 'to') || (join?.s === 'bis' && t[end + 2]?.s === 'zu') ? 1 : 0;
    if (join && (RANGE_JOIN.has(join.s) || upTo)) {
      const at = end + 2 + upTo;
      const second = figureAt(t, at);
      if (second && !isYear(t[at]!, second) && (second.high >= high || first.bare)) {
        // "1 to 1.5 million": the first figure borrows the second one's multiplier.
        if (first.bare && !first.vague && second.high / high >= 1000) {
          const base = t[at]!.s;
          const scale = second.high / (Number(base.replace(',', '.')) || WORD_VALUES[base] || 1);
          if (Number.isFinite(scale) && scale >= 1000) low *= scale;
        }
        high = second.high;
        end = second.end;
      }
    }
    if (skip && end === first.end) { i = end; continue; }
    if (first.bare && high === low && low < 100) { i = end; continue; }
    // "up to a million": the figure is a ceiling.
    const before = t.slice(Math.max(0, i - 3), i).map((x) => x.s);
    if (UPTO.some((w) => w.every((x, k) => before[before.length - w.length + k] === x))) low = 0;
    // "two-thirds of a million" is a round figure, not 666,666.67.
    const round = (x: number) => (x >= 100 ? Math.round(x) : x);
    out.push({ low: round(low), high: round(high), start: t[i]!.start, end: t[end]!.end });
    i = end;
  }
  return out;
}
