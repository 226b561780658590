import type { AccurateSet, Claim } from './schema';

/** Anything that finds claims in text; the real `Matcher` in the CLI and tests. */
export interface SentenceMatcher {
  match(text: string): readonly { claim: string }[];
}

/** A sentence and the entries that matched it. */
export interface Fire {
  sentence: string;
  by: string[];
}

/** How one entry's own examples fared, and where it fires on sentences that are not its own. */
export interface EntryResult {
  id: string;
  /** `misses` are flag sentences not matched as this entry; `by` says what matched them instead. */
  flag: { total: number; hits: number; misses: Fire[] };
  /** `fires` are pass sentences that some entry (this one included) matched. */
  pass: { total: number; clean: number; fires: Fire[] };
  /** Other entries' pass sentences and accurate sentences this entry matched; `owner` is an entry id or "accurate:<topic>". */
  firesOn: { owner: string; sentence: string }[];
}

/** How one accurate set fared: none of its sentences may be matched. */
export interface AccurateResult {
  topic: string;
  total: number;
  clean: number;
  fires: Fire[];
}

export interface ExampleReport {
  entries: EntryResult[];
  accurate: AccurateResult[];
  /** Misses plus false fires; the CLI fails when this is not zero. */
  problems: number;
}

const idsIn = (m: SentenceMatcher, sentence: string) => [...new Set(m.match(sentence).map((x) => x.claim))].sort();

/**
 * Runs every entry's examples and every accurate sentence through the matcher.
 * Each sentence is matched alone, as the flag and pass lists promise something
 * about that sentence and nothing about its neighbours.
 */
export function runExamples(claims: readonly Pick<Claim, 'id' | 'examples'>[], accurate: readonly AccurateSet[], matcher: SentenceMatcher): ExampleReport {
  const firesOn = new Map<string, { owner: string; sentence: string }[]>(claims.map((c) => [c.id, []]));
  const blame = (owner: string, fire: Fire) => {
    for (const id of fire.by) if (id !== owner) firesOn.get(id)?.push({ owner, sentence: fire.sentence });
  };
  const checkClean = (owner: string, sentences: readonly string[]) => {
    const fires = sentences.map((sentence) => ({ sentence, by: idsIn(matcher, sentence) })).filter((f) => f.by.length);
    fires.forEach((f) => blame(owner, f));
    return { total: sentences.length, clean: sentences.length - fires.length, fires };
  };
  const partial = claims.map((c) => {
    const flags = c.examples.flag.map((sentence) => ({ sentence, by: idsIn(matcher, sentence) }));
    const misses = flags.filter((f) => !f.by.includes(c.id));
    return { id: c.id, flag: { total: flags.length, hits: flags.length - misses.length, misses }, pass: checkClean(c.id, c.examples.pass) };
  });
  const sets = accurate.map((a) => ({ topic: a.topic, ...checkClean(`accurate:${a.topic}`, a.examples) }));
  const entries = partial.map((p) => ({ ...p, firesOn: firesOn.get(p.id) ?? [] }));
  const problems = entries.reduce((n, e) => n + e.flag.misses.length + e.pass.fires.length, 0) + sets.reduce((n, s) => n + s.fires.length, 0);
  return { entries, accurate: sets, problems };
}

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  return rows.map((r) => r.map((cell, c) => cell.padEnd(widths[c]!)).join(' | ').trimEnd()).join('\n');
}

const list = (ids: string[]) => (ids.length ? [...new Set(ids)].sort().join(', ') : '-');

/**
 * The report as the CLI prints it: a table with a row per entry and per
 * accurate set, then every miss and false fire with its sentence.
 */
export function formatReport(report: ExampleReport): string {
  const rows = [['entry', 'flag hits', 'pass clean', "fired on by (this entry's pass)", "fires on (others' pass/accurate)"]];
  for (const e of report.entries) {
    const firedBy = e.pass.fires.flatMap((f) => f.by.filter((id) => id !== e.id));
    const self = e.pass.fires.some((f) => f.by.includes(e.id)) ? ['(itself)'] : [];
    rows.push([e.id, `${e.flag.hits}/${e.flag.total}`, `${e.pass.clean}/${e.pass.total}`, list([...self, ...firedBy]), list(e.firesOn.map((f) => f.owner))]);
  }
  for (const a of report.accurate) rows.push([`accurate:${a.topic}`, '-', `${a.clean}/${a.total}`, list(a.fires.flatMap((f) => f.by)), '-']);
  const lines = [table(rows), ''];
  const misses = report.entries.flatMap((e) => e.flag.misses.map((m) => `  ${e.id}: ${JSON.stringify(m.sentence)}${m.by.length ? ` (matched as ${m.by.join(', ')})` : ''}`));
  const fires = [
    ...report.entries.flatMap((e) => e.pass.fires.map((f) => `  ${e.id} pass, matched by ${f.by.join(', ')}: ${JSON.stringify(f.sentence)}`)),
    ...report.accurate.flatMap((a) => a.fires.map((f) => `  accurate:${a.topic}, matched by ${f.by.join(', ')}: ${JSON.stringify(f.sentence)}`)),
  ];
  if (misses.length) lines.push(`Misses (flag examples not matched as their entry): ${misses.length}`, ...misses, '');
  if (fires.length) lines.push(`False fires (pass or accurate examples that were matched): ${fires.length}`, ...fires, '');
  lines.push(report.problems ? `${report.problems} problem(s)` : 'All examples behave as they say.');
  return lines.join('\n');
}
