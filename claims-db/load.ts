import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse, YAMLParseError } from 'yaml';
import { AccurateSet, Claim } from '../lib/claims/schema';
import { issuesFromZod, type FileIssue } from '../lib/claims/errors';

/** Overridable so tests can build against a deliberately broken database. */
export const CLAIMS_DIR = process.env.CAVEAT_CLAIMS_DIR ?? join(import.meta.dirname, 'claims');
export const ACCURATE_DIR = join(import.meta.dirname, 'accurate');

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

function loadDir<T>(dir: string, schema: { safeParse(v: unknown): { success: true; data: T } | { success: false; error: import('zod').ZodError } }): Loaded<T> {
  const items: Loaded<T>['items'] = [];
  const issues: FileIssue[] = [];
  for (const path of yamlFiles(dir)) {
    const file = relative(process.cwd(), path);
    let raw: unknown;
    try {
      raw = parse(readFileSync(path, 'utf8'));
    } catch (err) {
      const reason = err instanceof YAMLParseError ? `not valid YAML: ${err.message.split('\n')[0]}` : String(err);
      issues.push({ file, field: '', reason });
      continue;
    }
    const result = schema.safeParse(raw);
    if (result.success) items.push({ file, value: result.data });
    else issues.push(...issuesFromZod(file, result.error));
  }
  return { items, issues };
}

/** Reads and validates every claim file; cross-file rules (unique ids, related ids) are checked too. */
export function loadClaims(dir = CLAIMS_DIR): Loaded<Claim> {
  const loaded = loadDir(dir, Claim);
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
  }
  return loaded;
}

/** Reads the accurate statements that no claim may highlight. */
export function loadAccurate(dir = ACCURATE_DIR): Loaded<AccurateSet> {
  return loadDir(dir, AccurateSet);
}
