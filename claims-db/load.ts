import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse, YAMLParseError } from 'yaml';
import { AccurateSet, Claim } from '../lib/claims/schema';
import { issuesFromZod, type FileIssue } from '../lib/claims/errors';
import { expandRule, Lexicon, resolveLexicon, type Concepts, type FieldIssue } from '../lib/claims/lexicon';

/** Overridable so tests can build against a deliberately broken database. */
export const CLAIMS_DIR = process.env.CAVEAT_CLAIMS_DIR ?? join(import.meta.dirname, 'claims');
export const ACCURATE_DIR = join(import.meta.dirname, 'accurate');
export const LEXICON_PATH = join(import.meta.dirname, 'lexicon.yaml');

export interface Loaded<T> {
  items: { file: string; value: T }[];
  issues: FileIssue[];
}

function yamlFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => join(dir, f));
}

function readYaml(path: string, issues: FileIssue[]): unknown {
  try {
    return parse(readFileSync(path, 'utf8'));
  } catch (err) {
    const reason = err instanceof YAMLParseError ? `not valid YAML: ${err.message.split('\n')[0]}` : String(err);
    issues.push({ file: relative(process.cwd(), path), field: '', reason });
    return undefined;
  }
}

function loadDir<T>(dir: string, schema: { safeParse(v: unknown): { success: true; data: T } | { success: false; error: import('zod').ZodError } }): Loaded<T> {
  const items: Loaded<T>['items'] = [];
  const issues: FileIssue[] = [];
  for (const path of yamlFiles(dir)) {
    const file = relative(process.cwd(), path);
    const before = issues.length;
    const raw = readYaml(path, issues);
    if (issues.length > before) continue;
    const result = schema.safeParse(raw);
    if (result.success) items.push({ file, value: result.data });
    else issues.push(...issuesFromZod(file, result.error));
  }
  return { items, issues };
}

/** Reads claims-db/lexicon.yaml: the shared word lists, spelled out. */
export function loadLexicon(path = LEXICON_PATH): { concepts: Concepts; issues: FileIssue[] } {
  const file = relative(process.cwd(), path);
  const issues: FileIssue[] = [];
  const raw = readYaml(path, issues);
  if (issues.length) return { concepts: new Map(), issues };
  const parsed = Lexicon.safeParse(raw);
  if (!parsed.success) return { concepts: new Map(), issues: issuesFromZod(file, parsed.error) };
  const { concepts, issues: inside } = resolveLexicon(parsed.data);
  return { concepts, issues: inside.map((i) => ({ file, ...i })) };
}

/**
 * Reads and validates every claim file, with the lexicon's concepts spelled out in its match rule;
 * cross-file rules (unique ids, related ids, known concepts) are checked too.
 */
export function loadClaims(dir = CLAIMS_DIR, lexiconPath = LEXICON_PATH): Loaded<Claim> {
  const loaded = loadDir(dir, Claim);
  const lexicon = loadLexicon(lexiconPath);
  loaded.issues.push(...lexicon.issues);
  for (const item of loaded.items) {
    const found: FieldIssue[] = [];
    item.value = { ...item.value, match: expandRule(item.value.match, lexicon.concepts, found) };
    loaded.issues.push(...found.map((i) => ({ file: item.file, ...i })));
  }
  const seen = new Map<string, string>();
  for (const { file, value } of loaded.items) {
    const expected = `${value.id}.yaml`;
    if (!file.endsWith(expected)) loaded.issues.push({ file, field: 'id', reason: `file must be named ${expected} after its id` });
    const other = seen.get(value.id);
    if (other) loaded.issues.push({ file, field: 'id', reason: `duplicate id "${value.id}" (also in ${other})` });
    seen.set(value.id, file);
  }
  for (const { file, value } of loaded.items) {
    value.related.forEach((id, i) => {
      if (!seen.has(id)) loaded.issues.push({ file, field: `related.${i}`, reason: `no claim with id "${id}"` });
    });
    value.match.yields_to?.forEach((id, i) => {
      if (!seen.has(id) || id === value.id) loaded.issues.push({ file, field: `match.yields_to.${i}`, reason: id === value.id ? 'a claim cannot give way to itself' : `no claim with id "${id}"` });
    });
  }
  return loaded;
}

/** Reads the accurate statements that no claim may highlight. */
export function loadAccurate(dir = ACCURATE_DIR): Loaded<AccurateSet> {
  return loadDir(dir, AccurateSet);
}
