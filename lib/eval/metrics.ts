/**
 * Precision and recall of the matcher over labelled sentences: the eval corpus
 * (eval/corpus/*.jsonl), every claim's own examples and the accurate sets. Pure:
 * the caller runs the matcher and hands in what it predicted for each item.
 *
 * Counting, per item: predicted = the set of claim ids the matcher returned for
 * the text; expected = the item's `expect`. Each id in both is a true positive
 * for that claim, each predicted-only id a false positive, each expected-only id
 * a miss (false negative). Overall figures add the counts over all claims
 * (micro-average), so a claim with many examples weighs more.
 */

/** One labelled text. */
export interface EvalItem {
  text: string;
  /** Claim ids the matcher must find; empty when nothing may be highlighted. */
  expect: string[];
  /** Where the item comes from, e.g. "eval/corpus/claims-en.jsonl:12". */
  source: string;
  /** The source set, for the per-set table: a corpus file name, "claim examples" or "accurate sets". */
  set: string;
  note?: string;
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

/** Counts with their ratios; a ratio is null when its denominator is zero (nothing to measure). */
export interface Scores extends Counts {
  precision: number | null;
  recall: number | null;
  f1: number | null;
}

export interface ItemResult {
  item: EvalItem;
  /** Claim ids the matcher returned for the item's text (duplicates are ignored). */
  predicted: readonly string[];
}

/** A claim the matcher found where the item does not expect it. */
export interface FalsePositive {
  claim: string;
  source: string;
  text: string;
  expected: string[];
}

/** A claim the item expects that the matcher did not find. */
export interface Miss {
  claim: string;
  source: string;
  text: string;
  predicted: string[];
}

export interface Report {
  items: number;
  overall: Scores;
  /** Per claim id, sorted by id; includes every known claim, even one with nothing to count. */
  perEntry: Record<string, Scores>;
  /** Per source set (corpus file, claim examples, accurate sets), with how many items each has. */
  perSet: Record<string, Scores & { items: number }>;
  falsePositives: FalsePositive[];
  misses: Miss[];
  /** Ids that items expect but the database does not have (typos, or a claim file that failed to load). */
  unknownIds: string[];
}

/** Targets for `npm run eval`. */
export const TARGETS = { precision: 0.95, recall: 0.9 } as const;

export function scores({ tp, fp, fn }: Counts): Scores {
  const precision = tp + fp ? tp / (tp + fp) : null;
  const recall = tp + fn ? tp / (tp + fn) : null;
  const f1 = tp + fp + fn ? (2 * tp) / (2 * tp + fp + fn) : null;
  return { tp, fp, fn, precision, recall, f1 };
}

const add = (map: Map<string, Counts>, key: string, field: keyof Counts) => {
  let c = map.get(key);
  if (!c) map.set(key, (c = { tp: 0, fp: 0, fn: 0 }));
  c[field]++;
};

/** Tallies the matcher's predictions against the labels. `knownIds` lists the database's claims. */
export function evaluate(results: readonly ItemResult[], knownIds: readonly string[] = []): Report {
  const perEntry = new Map<string, Counts>(knownIds.map((id) => [id, { tp: 0, fp: 0, fn: 0 }]));
  const perSet = new Map<string, Counts>();
  const setItems = new Map<string, number>();
  const total: Counts = { tp: 0, fp: 0, fn: 0 };
  const falsePositives: FalsePositive[] = [];
  const misses: Miss[] = [];
  const known = new Set(knownIds);
  const unknown = new Set<string>();
  for (const { item, predicted } of results) {
    const got = new Set(predicted);
    const want = new Set(item.expect);
    if (!perSet.has(item.set)) perSet.set(item.set, { tp: 0, fp: 0, fn: 0 });
    setItems.set(item.set, (setItems.get(item.set) ?? 0) + 1);
    for (const id of want) {
      if (known.size && !known.has(id)) unknown.add(id);
      const field = got.has(id) ? 'tp' : 'fn';
      add(perEntry, id, field);
      add(perSet, item.set, field);
      total[field]++;
      if (field === 'fn') misses.push({ claim: id, source: item.source, text: item.text, predicted: [...got] });
    }
    for (const id of got) {
      if (want.has(id)) continue;
      add(perEntry, id, 'fp');
      add(perSet, item.set, 'fp');
      total.fp++;
      falsePositives.push({ claim: id, source: item.source, text: item.text, expected: [...want] });
    }
  }
  const byKey = <T>(m: Map<string, T>) => Object.fromEntries([...m].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  return {
    items: results.length,
    overall: scores(total),
    perEntry: byKey(new Map([...perEntry].map(([k, c]) => [k, scores(c)]))),
    perSet: byKey(new Map([...perSet].map(([k, c]) => [k, { items: setItems.get(k) ?? 0, ...scores(c) }]))),
    falsePositives,
    misses,
    unknownIds: [...unknown].sort(),
  };
}

export interface TargetCheck {
  precision: { target: number; value: number | null; met: boolean };
  recall: { target: number; value: number | null; met: boolean };
  met: boolean;
}

/**
 * Compares the overall figures with {@link TARGETS}. A ratio with nothing to
 * measure counts as met (no predictions means no false positives), except that
 * an evaluation with no labelled claims at all cannot meet the recall target.
 */
export function checkTargets(overall: Scores, targets: { precision: number; recall: number } = TARGETS): TargetCheck {
  const precisionMet = overall.precision === null || overall.precision >= targets.precision;
  const recallMet = overall.recall !== null && overall.recall >= targets.recall;
  return {
    precision: { target: targets.precision, value: overall.precision, met: precisionMet },
    recall: { target: targets.recall, value: overall.recall, met: recallMet },
    met: precisionMet && recallMet,
  };
}

/** A problem in a corpus file, with its line. */
export interface CorpusError {
  source: string;
  reason: string;
}

/**
 * Parses one eval/corpus/*.jsonl file: lines {"text", "expect": [ids], "note"?}.
 * Blank lines are skipped; every other bad line is reported, never guessed at.
 */
export function parseCorpus(content: string, file: string, set = file.replace(/^.*\//, '')): { items: EvalItem[]; errors: CorpusError[] } {
  const items: EvalItem[] = [];
  const errors: CorpusError[] = [];
  content.split('\n').forEach((raw, i) => {
    const line = raw.trim();
    const source = `${file}:${i + 1}`;
    if (!line) return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (err) {
      errors.push({ source, reason: `not valid JSON (${err instanceof Error ? err.message : String(err)})` });
      return;
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      errors.push({ source, reason: 'expected a JSON object {"text": ..., "expect": [...]}' });
      return;
    }
    const { text, expect, note } = value as Record<string, unknown>;
    if (typeof text !== 'string' || !text.trim()) {
      errors.push({ source, reason: '"text" must be a non-empty string' });
      return;
    }
    if (!Array.isArray(expect) || !expect.every((x): x is string => typeof x === 'string')) {
      errors.push({ source, reason: '"expect" must be an array of claim ids (use [] for "nothing may match")' });
      return;
    }
    items.push({ text, expect: [...new Set(expect)], source, set, ...(typeof note === 'string' ? { note } : {}) });
  });
  return { items, errors };
}

/** Each claim's own examples: flag sentences expect the claim, pass sentences expect nothing. */
export function itemsFromClaims(claims: readonly { file: string; value: { id: string; examples: { flag: string[]; pass: string[] } } }[]): EvalItem[] {
  return claims.flatMap(({ file, value }) => [
    ...value.examples.flag.map((text, i) => ({ text, expect: [value.id], source: `${file} examples.flag.${i}`, set: 'claim examples (flag)' })),
    ...value.examples.pass.map((text, i) => ({ text, expect: [], source: `${file} examples.pass.${i}`, set: 'claim examples (pass)' })),
  ]);
}

/** The accurate statements: no claim may match any of them. */
export function itemsFromAccurate(sets: readonly { file: string; value: { examples: string[] } }[]): EvalItem[] {
  return sets.flatMap(({ file, value }) => value.examples.map((text, i) => ({ text, expect: [], source: `${file} examples.${i}`, set: 'accurate sets' })));
}

const ratio = (x: number | null) => (x === null ? '—' : x.toFixed(3));

/** Cuts a text to its first `n` characters on one line. */
export function snippet(text: string, n = 80): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > n ? `${flat.slice(0, n - 1)}…` : flat;
}

/** Renders rows as a plain-text table with right-aligned numeric columns. */
export function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => (r[c] ?? '').length)));
  const line = (cells: string[]) => cells.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  ').trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

const scoreRow = (name: string, s: Scores) => [name, String(s.tp), String(s.fp), String(s.fn), ratio(s.precision), ratio(s.recall), ratio(s.f1)];
const HEADER = ['tp', 'fp', 'fn', 'P', 'R', 'F1'];

/** The human-readable report: per-entry table, per-set table, overall, targets, then what to fix. */
export function formatReport(report: Report, check: TargetCheck = checkTargets(report.overall)): string {
  const out: string[] = [];
  out.push(table(['claim', ...HEADER], [...Object.entries(report.perEntry).map(([id, s]) => scoreRow(id, s)), scoreRow('OVERALL', report.overall)]));
  out.push('');
  out.push(table(['source set', 'items', ...HEADER], Object.entries(report.perSet).map(([set, s]) => {
    const [name, ...rest] = scoreRow(set, s);
    return [name!, String(s.items), ...rest];
  })));
  out.push('');
  out.push(`${report.items} items, ${report.overall.tp} true positives, ${report.overall.fp} false positives, ${report.overall.fn} misses`);
  out.push(`precision ${ratio(check.precision.value)} (target ≥ ${check.precision.target}): ${check.precision.met ? 'met' : 'NOT MET'}`);
  out.push(`recall    ${ratio(check.recall.value)} (target ≥ ${check.recall.target}): ${check.recall.met ? 'met' : 'NOT MET'}`);
  out.push(`F1        ${ratio(report.overall.f1)}`);
  if (report.unknownIds.length) out.push(`\nexpected ids not in the database (typo, or the claim file failed to load): ${report.unknownIds.join(', ')}`);
  if (report.falsePositives.length) {
    out.push(`\nFalse positives (${report.falsePositives.length}): highlighted claim ← text [source]`);
    for (const f of report.falsePositives) out.push(`  ${f.claim} ← "${snippet(f.text)}" [${f.source}]`);
  }
  if (report.misses.length) {
    out.push(`\nMisses (${report.misses.length}): expected claim ← text [source]`);
    for (const m of report.misses) {
      const got = m.predicted.length ? ` (found instead: ${m.predicted.join(', ')})` : '';
      out.push(`  ${m.claim} ← "${snippet(m.text)}" [${m.source}]${got}`);
    }
  }
  return out.join('\n');
}
