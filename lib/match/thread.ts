/**
 * The lines that stand between two posts of a comment section or forum thread
 * as a reader copies it: the author line ("Irina S. · 1 year ago", "u/x • 3h",
 * "Posted by Gunnar_W", "Klaus_M schrieb am 12.03.2019 um 14:07:") and the
 * action bar ("Reply", "Like · Reply · 3w", "Antworten · 7 ▲"). Below one, a
 * different person writes: a reply may correct the post above it.
 */

/** How long ago, or when, a post was written: "1 year ago", "3y", "14h", "vor 3 Jahren", "14.04.2023, 21:17". */
const WHEN = new RegExp(
  '^(?:edited |bearbeitet )?(?:' +
    [
      '\\d+ ?(?:s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|w|wks?|weeks?|mo|mos|months?|y|yrs?|years?)(?: ago)?',
      // German short forms: "1 T.", "2 J.", "3 Std.", "5 Min."
      '\\d+ ?(?:t|j|std|min|wo|mon)\\.?',
      '(?:an?|one) (?:second|minute|hour|day|week|month|year) ago',
      'vor (?:\\d+|einem|einer|zwei|drei|vier|funf|sechs|sieben|acht|neun|zehn|elf|zwolf) (?:sekunden?|minuten?|stunden?|tag|tagen|woche|wochen|monat|monaten|jahr|jahren)',
      'yesterday|gestern|today|heute|just now|gerade eben',
      '\\d{1,2}\\. ?\\d{1,2}\\. ?\\d{2,4}(?:,? (?:um )?\\d{1,2}:\\d\\d)?',
      '\\d{4}-\\d\\d-\\d\\d',
      '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.? \\d{1,2},? \\d{4}',
    ].join('|') +
    ')$',
);

/** A line, or part of one, that names a post's author: "Posted by u/x", "Kommentar von Wolfgang R.". */
const BYLINE = /^(?:posted by|post by|answered by|comment by|reply from|reply to|answer by|quote from:?|kommentar von|antwort von|antwort an|zitat von|beitrag von) /;
/**
 * The end of an author line whose parts ran together on the page ("Dave M.February 9, 2025 at 6:04 pm"): a time
 * of day, which a heading ("Dresden, February 13, 1945", "Vor 80 Jahren") does not have.
 */
const ENDS_AT_TIME = /\d{1,2}:\d\d ?(?:am|pm|uhr)?$/;

/** A part of an author line that names the post's kind: "Top comment · u/x", "Answer · Studied history at uni". */
const KIND = /^(?:top comment|answer|antwort|reply|comment|kommentar)$/;

/** "kurt_1944 schrieb:", "Klaus_M schrieb am 12.03.2019 um 14:07:", "grandson_of_6th_army wrote:". */
const WROTE = /^[@\w.-]{2,30} (?:wrote|writes|said|says|schrieb|schreibt)(?: (?:am|on|at|um) .{1,40})?:$/;

/** A word of an action bar. */
const ACTION = /^(?:(?:reply|replies|antworten|antwort|like|likes|gefallt|mir|share|teilen|report|melden|quote|zitieren|link|permalink|edit|upvote|downvote|points?|punkte|kommentare?|comments?|views|aufrufe|geteilt|shared|retweets?)+|\d+[.,]?\d*[km]?×?)$/;

/** Separators between the parts of an author line or action bar. */
const PARTS = /\s*[·•|]\s*/;

/** What every header line has: a separator, a mention, a colon, a closing time, or one of the words of one. */
const MAY_BE_HEADER = /[·•|@:]|(?:ago|\d|[ap]m|\.)$|reply|antwort|posted|post by|comment|kommentar|beitrag|quote|zitat|answer|like|gef/;

/** The most words a header line has. */
const HEADER_WORDS = 10;

/**
 * Is the folded line f[start, end) (lower case, without diacritics: "gefallt mir") a post's author line or action bar? Markdown
 * emphasis, quote marks and symbols around it are ignored ("> **mike_b** · 3 years ago").
 */
export function isPostHeader(f: string, start: number, end: number): boolean {
  // Most short lines are headings: they are passed over without the cleaning below.
  if (!MAY_BE_HEADER.test(f.slice(start, end).trim())) return false;
  const line = f
    .slice(start, end)
    .replace(/[*>]+|(?:^|\s)_+|_+(?=\s|$)/g, ' ')
    .replace(/[^\p{L}\p{N}\s·•|@/:.,×_-]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (!line || line.split(' ').length > HEADER_WORDS) return false;
  if (WROTE.test(line)) return true;
  const parts = line.split(PARTS).filter(Boolean);
  if (parts.some((p) => BYLINE.test(p)) || (parts.length > 1 && KIND.test(parts[0]!))) return true;
  // An author and when they wrote: "Irina S. · 1 year ago", "@OstpreussenErbe · 14h".
  if ((parts.length > 1 && parts.slice(1).some((p) => WHEN.test(p))) || ENDS_AT_TIME.test(line)) return true;
  // An action bar: only its words, counts and symbols ("Like · Reply · 3w", "👍 1,4K · 212 Kommentare").
  const words = line.split(/[\s·•|]+/).filter(Boolean);
  return words.every((w) => ACTION.test(w) || WHEN.test(w)) && words.some((w) => /\p{L}/u.test(w) || parts.length > 1);
}
