/**
 * Caveat's command line: `npm run -s caveat -- <command>`; see USAGE in lib/cli/args.ts.
 *
 *   scan <file.html|file.txt|URL|->  [--json] [--sensitivity …]
 *   match --jsonl                     [--sensitivity …]   (JSON lines in, one JSON line out per line)
 *   claims                            [--json]
 *
 * Exit codes: 0 done, 1 the input could not be read, 2 a usage mistake.
 */
import { readFileSync, statSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { loadClaims } from '../claims-db/load';
import { parseCommand, USAGE, UsageError, type Command } from '../lib/cli/args';
import { buildDatabase, issuesWarning } from '../lib/cli/database';
import { claimsJson, formatClaims, formatScan, scanJson } from '../lib/cli/format';
import { InputError, isOtherUrl, isUrl, toPage, type Page } from '../lib/cli/input';
import { respondLine } from '../lib/cli/jsonl';
import { Matcher } from '../lib/match/matcher';

/** Writes to stdout, waiting when the pipe is full so large outputs stream instead of piling up. */
function write(s: string): Promise<void> | void {
  if (!process.stdout.write(s)) return new Promise((ok) => process.stdout.once('drain', () => ok()));
}

/** Reads all of stdin as UTF-8. */
async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

/** Reads a file, an http(s) URL or stdin ("-") into the text to match. */
async function readPage(source: string): Promise<Page> {
  if (source === '-') return toPage('stdin', '', await readStdin());
  if (isUrl(source)) {
    let res: Response;
    try {
      res = await fetch(source, { headers: { accept: 'text/html,text/plain;q=0.9,*/*;q=0.5', 'user-agent': 'caveat-cli' } });
    } catch (err) {
      const cause = err instanceof Error && err.cause instanceof Error ? err.cause.message : err instanceof Error ? err.message : String(err);
      throw new InputError(`could not fetch ${source}: ${cause}`);
    }
    if (!res.ok) throw new InputError(`could not fetch ${source}: HTTP ${res.status} ${res.statusText}`.trim());
    const contentType = res.headers.get('content-type') ?? undefined;
    const type = contentType?.split(';')[0]?.trim().toLowerCase() ?? '';
    if (type && !type.startsWith('text/') && type !== 'application/xhtml+xml') throw new InputError(`${source} is ${type}, not an HTML or text page`);
    return toPage(source, source, await res.text(), contentType);
  }
  if (isOtherUrl(source)) throw new InputError(`unsupported URL scheme in ${source}: only http:// and https:// are fetched`);
  let isFile: boolean;
  try {
    isFile = statSync(source).isFile();
  } catch {
    throw new InputError(`no such file: ${source}`);
  }
  if (!isFile) throw new InputError(`not a file: ${source}`);
  let content: string;
  try {
    content = readFileSync(source, 'utf8');
  } catch (err) {
    throw new InputError(`could not read ${source}: ${err instanceof Error ? err.message : String(err)}`);
  }
  return toPage(source, source, content);
}

function database() {
  const db = buildDatabase(loadClaims());
  const warning = issuesWarning(db.issues);
  if (warning) console.error(warning);
  if (!db.index.entries.length) throw new InputError('claims-db has no valid claims');
  return db;
}

async function run(cmd: Command): Promise<number> {
  switch (cmd.name) {
    case 'help':
      console.log(USAGE);
      return 0;
    case 'claims': {
      const db = database();
      if (cmd.json) await write(`${JSON.stringify(claimsJson(db.index, new Map(db.claims.map((c) => [c.value.id, c.value.statement]))), null, 2)}\n`);
      else await write(`${formatClaims(db.index)}\n`);
      return 0;
    }
    case 'scan': {
      const page = await readPage(cmd.source);
      const matcher = new Matcher(database().index);
      const matches = matcher.match(page.text, { threshold: cmd.threshold });
      const out = cmd.json
        ? JSON.stringify(scanJson(page.label, page.kind, page.text, cmd.sensitivity, matches), null, 2)
        : formatScan(page.label, page.kind, page.text, cmd.sensitivity, cmd.threshold, matches);
      await write(`${out}\n`);
      return 0;
    }
    case 'match': {
      const matcher = new Matcher(database().index);
      const match = (text: string) => matcher.match(text, { threshold: cmd.threshold });
      // One line in, one line out, in order; the stream never stops for a bad line.
      const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
      for await (const line of lines) await write(`${respondLine(line, match)}\n`);
      return 0;
    }
  }
}

async function main(): Promise<number> {
  // A closed pipe (`... | head`) is not an error.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(0);
    throw err;
  });
  let cmd: Command;
  try {
    cmd = parseCommand(process.argv.slice(2));
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    console.error(`caveat: ${err.message}\n\n${USAGE}`);
    return 2;
  }
  try {
    return await run(cmd);
  } catch (err) {
    if (err instanceof InputError) {
      console.error(`caveat: ${err.message}`);
      return 1;
    }
    throw err;
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    console.error(`caveat: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
    process.exitCode = 1;
  },
);
