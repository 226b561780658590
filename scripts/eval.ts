/**
 * `npm run eval [-- --json] [-- --sensitivity strict|balanced|sensitive]`
 *
 * Measures the matcher's precision and recall over eval/corpus/*.jsonl, every
 * claim's own examples (flag → expects the claim, pass → expects nothing) and the
 * accurate sets in claims-db/accurate (expect nothing). Prints a table per claim
 * and overall, then the false positives and misses with their text so
 * maintainers can act. Exits 1 when overall precision < 0.95 or recall < 0.90,
 * or when a corpus file is malformed. It only measures: never tune claims here.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { loadAccurate, loadClaims } from '../claims-db/load';
import { buildDatabase, issuesWarning } from '../lib/cli/database';
import { formatIssue } from '../lib/claims/errors';
import {
  checkTargets, evaluate, formatReport, itemsFromAccurate, itemsFromClaims, parseCorpus, type CorpusError, type EvalItem,
} from '../lib/eval/metrics';
import { Matcher } from '../lib/match/matcher';
import { SENSITIVITY, type Sensitivity } from '../lib/match/types';

const CORPUS_DIR = join(import.meta.dirname, '..', 'eval', 'corpus');
// --file measures one labelled file alone (e.g. a fresh held-out set before it joins the corpus).
const USAGE = 'usage: npm run eval [-- --json] [-- --sensitivity strict|balanced|sensitive] [-- --file set.jsonl]';

function main(): number {
  let args;
  try {
    args = parseArgs({
      options: { json: { type: 'boolean', default: false }, sensitivity: { type: 'string', default: 'balanced' }, file: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
      strict: true,
    }).values;
  } catch (err) {
    console.error(`eval: ${err instanceof Error ? err.message : String(err)}\n${USAGE}`);
    return 2;
  }
  if (args.help) {
    console.log(USAGE);
    return 0;
  }
  if (!(args.sensitivity in SENSITIVITY)) {
    console.error(`eval: --sensitivity must be one of ${Object.keys(SENSITIVITY).join(', ')}; got "${args.sensitivity}"`);
    return 2;
  }
  const sensitivity = args.sensitivity as Sensitivity;
  const threshold = SENSITIVITY[sensitivity];

  const db = buildDatabase(loadClaims());
  const loaded = loadAccurate();
  const accurate = { sets: loaded.items, issues: loaded.issues };
  const warning = issuesWarning([...db.issues, ...accurate.issues]);
  if (warning) console.error(warning);

  const items: EvalItem[] = [];
  const errors: CorpusError[] = [];
  const files = args.file ? [args.file] : readdirSync(CORPUS_DIR).filter((f) => f.endsWith('.jsonl')).sort().map((name) => join(CORPUS_DIR, name));
  for (const path of files) {
    let content: string;
    try {
      content = readFileSync(path, 'utf8');
    } catch (err) {
      console.error(`eval: cannot read ${path}: ${err instanceof Error ? err.message : String(err)}`);
      return 2;
    }
    const parsed = parseCorpus(content, relative(process.cwd(), path), basename(path));
    items.push(...parsed.items);
    errors.push(...parsed.errors);
  }
  // A file measured alone is measured without the entries' own examples and the accurate sets.
  const examples = args.file ? [] : itemsFromClaims(db.claims);
  const accurateItems = args.file ? [] : itemsFromAccurate(accurate.sets);
  items.push(...examples, ...accurateItems);
  for (const e of errors) console.error(`${e.source}: ${e.reason}`);

  const matcher = new Matcher(db.index);
  const started = performance.now();
  const results = items.map((item) => ({ item, predicted: [...new Set(matcher.match(item.text, { threshold }).map((m) => m.claim))] }));
  const ms = performance.now() - started;
  const report = evaluate(results, db.index.entries.map((e) => e.id));
  const check = checkTargets(report.overall);

  if (args.json) {
    console.log(JSON.stringify({
      sensitivity, threshold, claims: db.index.entries.length, ms: Math.round(ms), ...report, targets: check,
      corpusErrors: errors, dbIssues: [...db.issues, ...accurate.issues].map(formatIssue),
    }, null, 2));
  } else {
    console.log(`Caveat eval: ${items.length} items (${items.length - examples.length - accurateItems.length} corpus, ` +
      `${examples.length} claim examples, ${accurateItems.length} accurate) against ${db.index.entries.length} claims, ` +
      `sensitivity ${sensitivity} (threshold ${threshold}), matched in ${ms.toFixed(0)} ms\n`);
    console.log(formatReport(report, check));
    if (errors.length) console.log(`\n${errors.length} malformed corpus line(s), listed on stderr; the evaluation is incomplete.`);
    console.log(`\n${check.met && !errors.length ? 'PASS' : 'FAIL'}: precision ≥ ${check.precision.target} ${check.precision.met ? 'met' : 'not met'}, recall ≥ ${check.recall.target} ${check.recall.met ? 'met' : 'not met'}`);
  }
  return check.met && !errors.length ? 0 : 1;
}

process.exitCode = main();
