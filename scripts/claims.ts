/**
 * The maintainers' command line for claims-db: `npm run claims -- <command>`.
 * Only file reading and writing happens here; what the commands compute lives in lib/claims/.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { z } from 'zod';
import { ACCURATE_DIR, CLAIMS_DIR, LEXICON_PATH, loadAccurate, loadClaims } from '../claims-db/load';
import { Lexicon } from '../lib/claims/lexicon';
import { canonicalize, CLAIM_STYLE, LEXICON_STYLE, type Style } from '../lib/claims/canonical';
import { importClaimReviews, toClaimReview } from '../lib/claims/claimreview';
import { draftFromReport, draftText, parseReportFile, scaffold, type DraftFile } from '../lib/claims/draft';
import { formatIssue, type FileIssue } from '../lib/claims/errors';
import { formatReport, runExamples } from '../lib/claims/examples';
import { AccurateSet, Claim, ClaimId } from '../lib/claims/schema';
import { compileIndex } from '../lib/match/compile';
import { Matcher } from '../lib/match/matcher';

const USAGE = `Usage: npm run claims -- <command>
  validate                        check claim and accurate files: schema, ids, related ids, canonical format
  format                          rewrite claim and accurate files in canonical format; invalid files are left alone
  test                            run each entry's examples and the accurate sets through the matcher
  new <id>                        create claims-db/claims/<id>.yaml from TEMPLATE.yaml
  new --from-report <file.json>   write drafts to claims-db/drafts/ from reports exported by the extension
  export-claimreview [--out <f>]  print all entries as schema.org ClaimReview JSON-LD, or write them to <f>
  import-claimreview <file.json>  write drafts to claims-db/drafts/ from ClaimReview JSON-LD
  compile                         check that the claims validate and compile into a matcher index (run by build)`;

// Derived from CLAIMS_DIR so that CAVEAT_CLAIMS_DIR moves the drafts along with the claims.
const DRAFTS_DIR = resolve(CLAIMS_DIR, '..', 'drafts');
const TEMPLATE = join(import.meta.dirname, '..', 'claims-db', 'TEMPLATE.yaml');

/** A failure the user can act on: printed as is, then the process exits with `code`. */
class CliError extends Error {
  constructor(message: string, readonly code = 1) {
    super(message);
  }
}
const usage = (why: string) => new CliError(`${why}\n\n${USAGE}`, 2);

const show = (issues: readonly FileIssue[]) => issues.forEach((i) => console.error(formatIssue(i)));
const rel = (path: string) => relative(process.cwd(), path);

/** Today in local time, as the `reviewed` field writes dates. */
function today(): string {
  const d = new Date();
  return [d.getFullYear(), d.getMonth() + 1, d.getDate()].map((n) => String(n).padStart(2, '0')).join('-');
}

/** Every file `format` owns, with the schema and layout it is written in. */
function dbFiles(): { path: string; schema: z.ZodType; style: Style }[] {
  const list = (dir: string) => (existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort().map((f) => join(dir, f)) : []);
  return [
    ...list(CLAIMS_DIR).map((path) => ({ path, schema: Claim, style: CLAIM_STYLE })),
    ...list(ACCURATE_DIR).map((path) => ({ path, schema: AccurateSet, style: {} })),
    ...(existsSync(LEXICON_PATH) ? [{ path: LEXICON_PATH, schema: Lexicon, style: LEXICON_STYLE }] : []),
  ];
}

function readJson(path: string | undefined, what: string): unknown {
  if (!path) throw usage(`missing ${what}`);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw new CliError(`${path}: (file): cannot read: ${(err as Error).message}`);
  }
  try {
    return JSON.parse(text);
  } catch (err) {
    throw new CliError(`${path}: (file): not valid JSON: ${(err as Error).message}`);
  }
}

function validate(): number {
  const claims = loadClaims();
  const accurate = loadAccurate();
  const format: FileIssue[] = [];
  for (const { path, schema, style } of dbFiles()) {
    const text = readFileSync(path, 'utf8');
    const r = canonicalize(rel(path), text, schema, style);
    // Invalid files are already reported by the loaders; only valid ones can have a canonical form.
    if (r.ok && r.text !== text) format.push({ file: rel(path), field: '', reason: 'not in canonical format; run npm run claims -- format' });
  }
  const issues = [...claims.issues, ...accurate.issues, ...format];
  show(issues);
  console.log(`${claims.items.length} claims, ${accurate.items.length} accurate sets, ${issues.length} problems`);
  return issues.length ? 1 : 0;
}

function format(): number {
  const issues: FileIssue[] = [];
  let changed = 0;
  const files = dbFiles();
  for (const { path, schema, style } of files) {
    const text = readFileSync(path, 'utf8');
    const r = canonicalize(rel(path), text, schema, style);
    if (!r.ok) issues.push(...r.issues);
    else if (r.text !== text) {
      writeFileSync(path, r.text);
      changed++;
    }
  }
  show(issues);
  const invalid = new Set(issues.map((i) => i.file)).size;
  console.log(`${changed} of ${files.length} files rewritten${invalid ? `; ${invalid} invalid files left as they are` : ''}`);
  return invalid ? 1 : 0;
}

function test(): number {
  const claims = loadClaims();
  const accurate = loadAccurate();
  const issues = [...claims.issues, ...accurate.issues];
  if (issues.length) {
    show(issues);
    console.error(`${issues.length} problem(s) in the files above; invalid files are left out of this run.\n`);
  }
  const values = claims.items.map((x) => x.value);
  const report = runExamples(values, accurate.items.map((x) => x.value), new Matcher(compileIndex(values)));
  console.log(formatReport(report));
  return report.problems || issues.length ? 1 : 0;
}

/** Writes drafts without overwriting; returns how many were written. */
function writeDrafts(drafts: DraftFile[]): number {
  mkdirSync(DRAFTS_DIR, { recursive: true });
  let written = 0;
  for (const d of drafts) {
    const path = join(DRAFTS_DIR, `${d.draft.id}.yaml`);
    if (existsSync(path)) {
      console.error(`${rel(path)}: (file): already exists; draft for "${d.draft.id}" not written`);
      continue;
    }
    if (existsSync(join(CLAIMS_DIR, `${d.draft.id}.yaml`))) console.error(`note: an entry "${d.draft.id}" already exists in claims/; merge rather than move the draft`);
    writeFileSync(path, draftText(d));
    console.log(`wrote ${rel(path)}`);
    written++;
  }
  return written;
}

function newEntry(args: string[]): number {
  if (args[0] === '--from-report') {
    if (args.length !== 2) throw usage('new --from-report takes one file');
    const parsed = parseReportFile(args[1]!, readJson(args[1], 'report file'));
    if (!parsed.ok) throw new CliError(`${parsed.issues.map(formatIssue).join('\n')}\nnot a Caveat report export ({"format": "caveat-report", "version": 1, "reports": [...]})`);
    const reports = parsed.value.reports.filter((r) => r.kind === 'new-claim');
    const written = writeDrafts(reports.map((r) => draftFromReport(r, today())));
    console.log(`${written} drafts from ${reports.length} new-claim reports; ${parsed.value.reports.length - reports.length} reports of other kinds ignored`);
    return written === reports.length ? 0 : 1;
  }
  const [id, ...rest] = args;
  if (!id || rest.length) throw usage('new takes one id, or --from-report <file.json>');
  const ok = ClaimId.safeParse(id);
  if (!ok.success) throw new CliError(`${id}: id: ${ok.error.issues[0]!.message}`);
  const path = join(CLAIMS_DIR, `${id}.yaml`);
  if (existsSync(path)) throw new CliError(`${rel(path)}: (file): already exists; refusing to overwrite`);
  writeFileSync(path, scaffold(readFileSync(TEMPLATE, 'utf8'), id, today()), { flag: 'wx' });
  console.log(`wrote ${rel(path)}; fill it in, then run npm run claims -- validate and test`);
  return 0;
}

function exportClaimReview(args: string[]): number {
  const out = args[0] === '--out' ? args[1] : undefined;
  if (args.length && (!out || args.length !== 2)) throw usage('export-claimreview takes only --out <file>');
  const { items, issues } = loadClaims();
  show(issues);
  const exported = new Set(items.map((x) => x.file));
  const leftOut = new Set(issues.map((i) => i.file).filter((f) => !exported.has(f)));
  const json = `${JSON.stringify(items.map((x) => toClaimReview(x.value)), null, 2)}\n`;
  if (out) writeFileSync(out, json);
  else process.stdout.write(json);
  if (leftOut.size) console.error(`${leftOut.size} invalid claim file(s) left out of the export`);
  if (out) console.error(`wrote ${items.length} ClaimReviews to ${out}`);
  return leftOut.size ? 1 : 0;
}

function importClaimReview(args: string[]): number {
  if (args.length !== 1) throw usage('import-claimreview takes one file');
  const result = importClaimReviews(args[0]!, readJson(args[0], 'ClaimReview file'), today());
  show(result.issues);
  result.skipped.forEach((s) => console.error(`skipped ${s}`));
  const written = writeDrafts(result.drafts);
  console.log(`${written} drafts written to ${rel(DRAFTS_DIR)}; complete them before moving them into claims/`);
  return result.issues.length || written < result.drafts.length ? 1 : 0;
}

function compile(): number {
  const { items, issues } = loadClaims();
  show(issues);
  if (issues.length) return 1;
  const index = compileIndex(items.map((x) => x.value));
  console.log(`${index.entries.length} entries, ${index.terms.length} terms compile`);
  return 0;
}

const COMMANDS: Record<string, (args: string[]) => number> = {
  validate, format, test, compile, new: newEntry, 'export-claimreview': exportClaimReview, 'import-claimreview': importClaimReview,
};
const NO_ARGS = new Set(['validate', 'format', 'test', 'compile']);

function main(argv: string[]): number {
  const [command, ...args] = argv;
  const run = command === undefined ? undefined : COMMANDS[command];
  if (!run) throw usage(command === undefined ? 'missing command' : `unknown command "${command}"`);
  if (NO_ARGS.has(command!) && args.length) throw usage(`${command} takes no arguments`);
  return run(args);
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (err) {
  if (!(err instanceof CliError)) throw err;
  console.error(err.message);
  process.exitCode = err.code;
}
