import { hashOf, isWordChar } from './dictionary';

/** Abbreviations whose full stop does not end a sentence. */
const ABBREVIATIONS = new Set(['gen', 'dr', 'mr', 'mrs', 'ms', 'st', 'no', 'nr', 'vs', 'ca', 'col', 'lt', 'capt', 'sgt', 'maj', 'prof', 'jr', 'sr', 'fig', 'vol', 'pp', 'bzw', 'vgl', 'approx', 'est', 'ggf', 'evtl']);
/**
 * Abbreviated number words: the noun or adjective they count follows ("1,5 Mio. Rotarmisten", "1,5 Mio.
 * sowjetische Soldaten"), unless a new sentence opens with one of the words sentences open with.
 */
const NUMBER_ABBREVIATIONS = new Set(['mio', 'mrd', 'tsd', 'mill']);
const SENTENCE_OPENERS = /^\s+(?:das|die|der|den|dem|des|ein|eine|einer|es|er|sie|wir|ich|man|du|ihr|in|im|am|an|auf|aus|nach|bei|mit|und|aber|doch|denn|so|da|dann|heute|the|a|an|this|that|these|those|it|he|she|they|we|i|you|in|on|at|but|and|so|then|today)\b/;
const ABBREVIATION_LENGTH = 6;
/** Their hashes: a word before a full stop is hashed in place, and only sliced when the hash is one of these. */
const ABBREVIATION_HASHES = new Set([...ABBREVIATIONS, ...NUMBER_ABBREVIATIONS].map((w) => hashOf(w)));

export const isDigit = (c: number) => c >= 48 && c <= 57;

/** What may stand before a list item's number on its line: spaces, Markdown heading, bullet or quote marks. */
const LIST_MARK = /^[\s#*>-]*$/;

/**
 * Does the "." / "!" / "?" at f[i] end a sentence? `ws..we` is the word just before it.
 * Text is folded (lowercase), so abbreviations are compared in lowercase.
 */
export function endsSentence(f: string, i: number, ws: number, we: number): boolean {
  let j = i + 1;
  // Closing quotes and brackets, and Markdown emphasis ("**Q: … Hitler?**"), belong to the sentence they close.
  while (j < f.length && (f[j] === '"' || f[j] === "'" || f[j] === ')' || f[j] === '.' || f[j] === '*' || f[j] === '_')) j++;
  const next = f.charCodeAt(j);
  if (j < f.length && next !== 32 && next !== 10 && next !== 9 && next !== 13) return false;
  if (f.charCodeAt(i) !== 46 || we !== i) return true;
  // "Gen. Vlasov", "J. Bacque", "No. 270"; numbers ending a sentence ("in 1945.") do end it,
  // but German ordinals ("am 14. Februar", "die 6. Armee") do not.
  const len = we - ws;
  if (len <= 2 && isDigit(f.charCodeAt(ws)) && isDigit(f.charCodeAt(we - 1)) && /^\s+\p{L}/u.test(f.slice(j, j + 3))) return false;
  // A list item's number ("## 9. \"Hundreds of thousands …\"", "3. Stalin …") opens its line, not a sentence of its own.
  if (len <= 2 && isDigit(f.charCodeAt(ws)) && isDigit(f.charCodeAt(we - 1)) && LIST_MARK.test(f.slice(f.lastIndexOf('\n', ws - 1) + 1, ws))) return false;
  if (len === 1 && !isDigit(f.charCodeAt(ws))) return false;
  if (len > ABBREVIATION_LENGTH || !ABBREVIATION_HASHES.has(hashOf(f, we, ws))) return true;
  const word = f.slice(ws, we);
  if (NUMBER_ABBREVIATIONS.has(word)) return SENTENCE_OPENERS.test(f.slice(j, j + 12));
  return !ABBREVIATIONS.has(word);
}

/**
 * A sentence wrapped onto the next line, or carried on by the next item of a list, goes on there: the line
 * ends without punctuation after a few words, and the next one starts with a lower-case joining word
 * ("- Stalin refused to sign the Geneva Convention" / "- so Germany was under no obligation to feed them").
 * Not any lower-case line: in a chat every line may start in lower case.
 */
const CONTINUATION = /^[ \t]*(?:[-*•][ \t]*)?(?:and|but|or|so|because|which|who|whose|then|while|when|where|until|after|before|since|though|although|with|without|of|to|in|by|for|from|und|aber|oder|denn|weil|dass|sodass|mit|von|zu|bei|nach|als|obwohl)\b/;
/** Does the sentence go on past the line break at text[at]? `lastWordEnd`: where its last word ended; `words`: how many it has. */
export function continuesOnNextLine(text: string, at: number, lastWordEnd: number, words: number): boolean {
  if (words < 4 || !/^[ \t]*$/.test(text.slice(lastWordEnd, at))) return false;
  return CONTINUATION.test(text.slice(at + 1, at + 16));
}

/** A numbered post of a thread ("2/ With one signature Stalin …", "3/10 The result: …"). */
const THREAD_POST = /^[ \t]*\d{1,2}\/(?:\d{1,2})?[ \t]/;
/** A field of an infobox or fact sheet: a short label, a colon, a value ("Civilian deaths: 135,000", "Stärke: ca. 1.000.000 Mann"). */
const FIELD = /^[ \t]*\p{L}[\p{L} .()/-]{0,30}:[ \t]+\S/u;

/**
 * Does the paragraph go on past the line break at text[at] (the line started at `lineStart`)? It does into the
 * next post of a numbered thread, and from one field of an infobox to the next, so a topic named in one line
 * reaches the claim in another.
 */
export function paragraphGoesOn(text: string, at: number, lineStart: number): boolean {
  const next = text.slice(at + 1, at + 40);
  // Most lines hold no colon near their start: the Unicode pattern is not run on them.
  if (!next.includes(':')) return THREAD_POST.test(next);
  return THREAD_POST.test(next) || (FIELD.test(next) && FIELD.test(text.slice(lineStart, Math.min(at, lineStart + 40))));
}

/** A sentence that opens by drawing a consequence of the one before ("Deshalb …", "That's why …"). */
const CONSEQUENCE_LEAD = /^\s*(?:deshalb|daher|darum|deswegen|folglich|therefore|hence|thus|consequently|which is why|that s why|that's why)\b/;

/** Does the sentence starting at f[start] open by drawing a consequence of the one before? */
export function drawsConsequence(f: string, start: number): boolean {
  return CONSEQUENCE_LEAD.test(f.slice(start, start + 24));
}

/** Does a quotation close where the sentence ends (at f[end - 1] or f[end], spaces aside)? */
export function closesQuote(f: string, end: number): boolean {
  let i = end - 1;
  while (i > 0 && (f.charCodeAt(i) === 32 || f.charCodeAt(i) === 10)) i--;
  return f.charCodeAt(i) === 34 || f.charCodeAt(end) === 34;
}

/** A straight quote, as folding leaves every quotation mark. */
const isQuote = (c: number) => c === 39 || c === 34;

/** Scare quotes doubt the word f[at, end): "You don't lose 86,000 men to 'disease'." */
export function inScareQuotes(f: string, at: number, end: number): boolean {
  return isQuote(f.charCodeAt(at - 1)) && isQuote(f.charCodeAt(end));
}

/** The most words of a quotation that names a claim rather than quoting someone ("the 'clean Wehrmacht'"). */
const SHORT_QUOTE_WORDS = 4;

/**
 * The quotation of a few words that f[at, end) stands in, opened after `from` (the sentence's start), as the
 * offsets of its quote marks; undefined when there is none. A quote mark opens before a word and closes after
 * one, so the apostrophes of "didn't" and "Germany's" are none.
 */
export function shortQuotation(f: string, from: number, at: number, end: number): { open: number; close: number } | undefined {
  let open = at - 1;
  while (open >= from && open > at - 40 && !isQuote(f.charCodeAt(open))) open--;
  if (open < from || open <= at - 40 || (open > from && isWordChar(f.charCodeAt(open - 1))) || !isWordChar(f.charCodeAt(open + 1))) return undefined;
  let close = end;
  while (close < f.length && close < end + 40 && !isQuote(f.charCodeAt(close))) close++;
  if (close >= f.length || close >= end + 40 || !isWordChar(f.charCodeAt(close - 1)) || isWordChar(f.charCodeAt(close + 1))) return undefined;
  const quoted = f.slice(open + 1, close);
  return /[.!?;]/.test(quoted) || quoted.split(' ').length > SHORT_QUOTE_WORDS ? undefined : { open, close };
}

/** Skips leading spaces and quotes so the highlight starts on the sentence's first word. */
export function trimStart(f: string, start: number, end: number): number {
  let i = start;
  while (i < end && /[\s"'(\-*•]/.test(f[i]!)) i++;
  return i;
}

export function trimEnd(f: string, start: number, end: number): number {
  let i = end;
  while (i > start && /\s/.test(f[i - 1]!)) i--;
  return i;
}

/**
 * Clause breaks that close a negation's scope (", not the NKVD,"; "not a trickle but a flood"). A dash
 * with spaces around it opens or closes an aside ("accept — quietly, and never on television — that …");
 * a hyphen inside a word does not.
 */
const CLAUSE_END = /[,;:.!?)\n]| -+ | but | sondern /g;

/** Where the clause that f[at] is in starts, not before `from` (its sentence's start). */
export function clauseStart(f: string, from: number, at: number): number {
  for (let i = at - 1; i >= from; i--) {
    if (',;:('.includes(f[i]!)) return i + 1;
    if (f.startsWith(' but ', i) || f.startsWith(' sondern ', i) || (f[i] === '-' && f[i - 1] === ' ' && /^-* /.test(f.slice(i + 1, i + 4)))) return i + 1;
  }
  return from;
}

const SET_ASIDE = /\b(?:rather than|instead of|anstatt|statt|anstelle)\b/;
const PART_OF = /^\s*(?:most of them|many of them|some of them|die meisten davon|die meisten von ihnen|viele davon|viele von ihnen)\b/;

/**
 * Does f[at]'s clause set it aside: after "rather than", "instead of", "statt" ("Rather than treating them as labour,
 * …"), or in a clause about part of what the sentence counts ("…, most of them in the great encirclements around Kiev")?
 */
export function setAside(f: string, from: number, at: number): boolean {
  const clause = f.slice(clauseStart(f, from, at), at);
  return SET_ASIDE.test(clause) || PART_OF.test(clause);
}

/** "Not only", "not just", "nicht nur" add to what they qualify rather than deny it (the folded text keeps ß). */
export const ADDS = /^(?:not|nicht) (?:(?:only|just|merely|simply|nur|bloss|allein)\b|bloß(?![a-z]))/;

/** What the writer puts in place of what a negation before it denied: "kein Exzess einzelner Einheiten, sondern …". */
const INSTEAD = /^[^.;!?]{0,60}?(?:\bsondern\b|\bbut rather\b|\bbut instead\b)/;

/**
 * Where what the negation at f[at] sets aside ends (its clause, when "sondern" / "but rather" follows it or a clause
 * break before it makes it deny an alternative), or -1: the part of a sentence in which a claim's exclusion is no
 * exclusion ("…at Katyn, not the NKVD", "kein Exzess einzelner Einheiten, sondern …").
 */
export function setAsideEnd(f: string, at: number): number {
  const scope = contrastiveScopeEnd(f, at);
  if (scope >= 0) return scope;
  const end = clauseEnd(f, at);
  return INSTEAD.test(f.slice(end - 1, end + 80)) ? end : -1;
}

/** Where the clause that f[at] is in ends. */
export function clauseEnd(f: string, at: number): number {
  CLAUSE_END.lastIndex = at;
  const end = CLAUSE_END.exec(f);
  return end ? end.index : f.length;
}

/** Where the spaces and tabs before f[at] start. */
function skipSpaces(f: string, at: number): number {
  let i = at;
  while (i > 0 && (f[i - 1] === ' ' || f[i - 1] === '\t')) i--;
  return i;
}

/**
 * A negation that follows a clause break ("…shot them at Katyn, not the NKVD" / "— nicht die Sowjets" /
 * "… the work of the SS, never of the ordinary Landser")
 * denies an alternative, not the sentence: its scope runs to the next clause break. Returns where that
 * scope ends, or -1 when the negation at f[at] is not of this kind (it then negates the sentence).
 */
export function contrastiveScopeEnd(f: string, at: number): number {
  if (!/^(?:not|never|nicht|nie|niemals)\b/.test(f.slice(at, at + 8))) return -1;
  let i = skipSpaces(f, at);
  // "…, and not because of typhus", "…, aber nicht die Wehrmacht"
  const joined = /(?:^|\s)(?:and|und|or|oder|but|aber)$/.exec(f.slice(Math.max(0, i - 5), i));
  if (joined) i = skipSpaces(f, i - joined[0].trimStart().length);
  if (i === 0 || !',;-(–—'.includes(f[i - 1]!)) return -1;
  // "…, not only at Katyn but also…" adds rather than denies.
  if (ADDS.test(f.slice(at, at + 14))) return -1;
  return clauseEnd(f, at);
}

/** The most words of a sentence that only names a figure ("Es waren Hunderttausende.", "Half a million."). */
const FIGURE_LEAD_WORDS = 3;

/**
 * Where a short sentence starts that ends right before f[start] and may name the figure the sentence at f[start]
 * goes on to explain ("Es waren Hunderttausende. Deutsche, Italiener, auch Ungarn sind zu den Alliierten
 * rüber."), not before `from` (the paragraph's start); -1 when there is none.
 */
export function figureLeadIn(f: string, from: number, start: number): number {
  let i = start;
  while (i > from && (f.charCodeAt(i - 1) === 32 || f.charCodeAt(i - 1) === 9)) i--;
  if (i <= from || !'.!'.includes(f[i - 1]!)) return -1;
  let j = i - 1;
  // Back to the sentence end before it (not the point in "5.7 million").
  while (j > from && !(f[j - 1] === '\n' || ('.!?:;'.includes(f[j - 1]!) && (f[j] === ' ' || f[j] === '\n')))) j--;
  const words = f.slice(j, i - 1).trim().split(/\s+/);
  return words.length <= FIGURE_LEAD_WORDS && words[0] !== '' ? j : -1;
}
