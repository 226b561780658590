import { SENSITIVITY, type Sensitivity } from '../match/types';

export const USAGE = `usage: npm run -s caveat -- <command> [options]

commands:
  scan <file.html|file.txt|URL|->   print the claims a page makes (HTML is read like the extension reads
                                    a page; text files as they are; "-" reads stdin)
  match --jsonl                     read JSON lines {"text": ...} on stdin, write one JSON line per input
                                    line, in order: {"matches": [...]} or {"error": "..."}
  claims                            list the claims database (--json: the compiled database)

options:
  --json                            machine-readable output (scan, claims)
  --sensitivity strict|balanced|sensitive   score threshold (default balanced)
  -h, --help                        this help`;

/** A command-line mistake; the CLI prints it with the usage and exits 2. */
export class UsageError extends Error {}

export type Command =
  | { name: 'scan'; source: string; json: boolean; sensitivity: Sensitivity; threshold: number }
  | { name: 'match'; sensitivity: Sensitivity; threshold: number }
  | { name: 'claims'; json: boolean }
  | { name: 'help' };

interface Parsed {
  values: { json: boolean; jsonl: boolean; sensitivity: string; help: boolean };
  positionals: string[];
}

const FLAGS = { '--json': 'json', '--jsonl': 'jsonl', '--help': 'help', '-h': 'help' } as const;

/** Splits arguments into flags and positionals: `--sensitivity X` or `--sensitivity=X`, `--` ends the options, `-` is stdin. */
function parseFlags(argv: readonly string[]): Parsed {
  const values = { json: false, jsonl: false, sensitivity: 'balanced', help: false };
  const positionals: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (Object.hasOwn(FLAGS, arg)) {
      values[FLAGS[arg as keyof typeof FLAGS]] = true;
      continue;
    }
    if (arg === '--sensitivity' || arg.startsWith('--sensitivity=')) {
      const value = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : argv[++i];
      if (value === undefined || value === '') throw new UsageError('--sensitivity needs a value: strict, balanced or sensitive');
      values.sensitivity = value;
      continue;
    }
    if (arg.startsWith('-') && arg !== '-') throw new UsageError(`unknown option "${arg}"`);
    positionals.push(arg);
  }
  return { values, positionals };
}

/** Parses the CLI's arguments (after `--`) into a command, or throws a {@link UsageError}. */
export function parseCommand(argv: readonly string[]): Command {
  const parsed = parseFlags(argv);
  const { values, positionals } = parsed;
  const [name, ...rest] = positionals;
  if (values.help || name === 'help') return { name: 'help' };
  if (!name) throw new UsageError('no command given');
  const sensitivity = values.sensitivity;
  if (!(sensitivity in SENSITIVITY)) {
    throw new UsageError(`--sensitivity must be one of ${Object.keys(SENSITIVITY).join(', ')}; got "${sensitivity}"`);
  }
  const level = sensitivity as Sensitivity;
  const extra = (max: number) => {
    if (rest.length > max) throw new UsageError(`${name}: unexpected argument "${rest[max]}"`);
  };
  switch (name) {
    case 'scan': {
      if (values.jsonl) throw new UsageError('scan: --jsonl belongs to "match --jsonl"; use --json for machine-readable scan output');
      if (!rest.length) throw new UsageError('scan: give a file (.html or .txt), a URL, or "-" for stdin');
      extra(1);
      return { name, source: rest[0]!, json: values.json, sensitivity: level, threshold: SENSITIVITY[level] };
    }
    case 'match':
      if (!values.jsonl) throw new UsageError('match: only "match --jsonl" is supported (JSON lines with a "text" field on stdin)');
      if (values.json) throw new UsageError('match: output is always JSON lines; drop --json');
      extra(0);
      return { name, sensitivity: level, threshold: SENSITIVITY[level] };
    case 'claims':
      if (values.jsonl) throw new UsageError('claims: use --json');
      extra(0);
      return { name, json: values.json };
    default:
      throw new UsageError(`unknown command "${name}" (expected scan, match or claims)`);
  }
}
