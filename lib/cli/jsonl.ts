import type { Match } from '../match/types';

/** What `match --jsonl` writes for one match: no explanation, just what a machine needs. */
export interface JsonlMatch {
  claim: string;
  verdict: Match['verdict'];
  score: number;
  start: number;
  end: number;
}

export type JsonlResponse = { matches: JsonlMatch[] } | { error: string };

/**
 * Answers one input line of `match --jsonl`: a JSON object with a "text" string.
 * Every line gets exactly one answer, so output line n always belongs to input
 * line n; a bad line (empty, not JSON, no "text") gets {"error": reason} and
 * never stops the stream. Offsets are UTF-16 code units into "text".
 */
export function respond(line: string, match: (text: string) => readonly Match[]): JsonlResponse {
  if (!line.trim()) return { error: 'empty line: expected a JSON object with a "text" string' };
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (err) {
    return { error: `not valid JSON: ${err instanceof Error ? err.message : String(err)}` };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { error: 'expected a JSON object with a "text" string' };
  const { text } = value as { text?: unknown };
  if (text === undefined) return { error: 'missing "text" field' };
  if (typeof text !== 'string') return { error: `"text" must be a string, got ${text === null ? 'null' : Array.isArray(text) ? 'array' : typeof text}` };
  try {
    return { matches: match(text).map(({ claim, verdict, score, start, end }) => ({ claim, verdict, score, start, end })) };
  } catch (err) {
    return { error: `matcher failed: ${err instanceof Error ? err.message : String(err)}` };
  }
}

/** The output line for one input line (JSON, no newline). */
export function respondLine(line: string, match: (text: string) => readonly Match[]): string {
  return JSON.stringify(respond(line, match));
}
