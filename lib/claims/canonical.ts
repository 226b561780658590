import { z } from 'zod';
import { Document, isMap, isNode, isScalar, isSeq, parseDocument, type Node } from 'yaml';
import { issuesFromZod, type FileIssue } from './errors';

/**
 * The one way a claims-db file is written. No line wrapping, so a diff shows the
 * field that changed rather than a reflowed paragraph; strings are plain or, when
 * YAML needs quotes (`"false"`, `"null"`, a leading `"`), double-quoted; text with
 * line breaks is a literal block (`|`), which keeps paragraphs exactly.
 */
export const YAML_OPTIONS = {
  lineWidth: 0,
  indent: 2,
  indentSeq: true,
  singleQuote: false,
  blockQuote: 'literal',
  defaultStringType: 'PLAIN',
  defaultKeyType: 'PLAIN',
  flowCollectionPadding: false,
} as const;

/** A flow list (`[a, b]`) longer than this is written one item per line instead. */
const FLOW_MAX = 100;

/** How to lay out a file beyond key order: which lists are short term lists. */
export interface Style {
  /** True for the dotted path of a list that reads best inline, e.g. "match.all.0". */
  flowList?: (path: string) => boolean;
}

/** Match terms read best inline: `[dresden*]` rather than a column of words. */
export const CLAIM_STYLE: Style = { flowList: (path) => /^match\.(also\.\d+\.)?(all\.\d+|any|none)$/.test(path) };
/** A concept of the lexicon is a term list too. */
export const LEXICON_STYLE: Style = { flowList: (path) => !path.includes('.') };

type Schema = z.ZodType;

/** Looks through wrappers (optional, default, preprocess) to the schema that holds the shape. */
function inner(schema: Schema): Schema {
  if (schema instanceof z.ZodOptional || schema instanceof z.ZodDefault || schema instanceof z.ZodNullable) return inner(schema.unwrap() as Schema);
  if (schema instanceof z.ZodPipe) return inner(schema.out as Schema);
  return schema;
}

/**
 * Puts keys in schema order (`Claim.shape`, then each nested shape). `raw` is
 * what the file said: a field that zod filled with its default is left out
 * again, so formatting neither adds `negated: false` nor drops a written `related: []`.
 */
export function orderBySchema(schema: Schema, value: unknown, raw: unknown = value): unknown {
  const s = inner(schema);
  if (s instanceof z.ZodArray && Array.isArray(value)) {
    const r = Array.isArray(raw) ? raw : [];
    return value.map((v, i) => orderBySchema(s.element as Schema, v, r[i]));
  }
  if (s instanceof z.ZodObject && value && typeof value === 'object' && !Array.isArray(value)) {
    const v = value as Record<string, unknown>;
    const r = raw && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
    const shape = s.shape as Record<string, Schema>;
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(shape)) {
      if (v[key] !== undefined && key in r) out[key] = orderBySchema(shape[key]!, v[key], r[key]);
    }
    // Keys the schema does not know (only in unvalidated drafts) keep their place after the known ones.
    for (const key of Object.keys(v)) if (!(key in shape) && v[key] !== undefined) out[key] = v[key];
    return out;
  }
  return value;
}

interface Comments { before?: string; after?: string }

/** Calls `fn` for every node with its dotted path; a map key's path ends in "#key". */
function walk(node: unknown, path: string, fn: (node: Node, path: string) => void): void {
  if (!isNode(node)) return;
  fn(node, path);
  const at = (k: string | number) => (path ? `${path}.${k}` : String(k));
  if (isMap(node)) {
    for (const pair of node.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
      if (isNode(pair.key)) fn(pair.key, `${at(key)}#key`);
      walk(pair.value, at(key), fn);
    }
  } else if (isSeq(node)) node.items.forEach((item, i) => walk(item, at(i), fn));
}

/**
 * Serialises a value in canonical form: keys in schema order, fixed YAML options.
 * `comments` carries over a source document's comments, matched by path, so that
 * formatting keeps the notes maintainers wrote (e.g. why a group of `none` terms exists).
 */
export function stringifyCanonical(schema: Schema, value: unknown, options: { raw?: unknown; style?: Style; comments?: Document; header?: string } = {}): string {
  const doc = new Document(orderBySchema(schema, value, options.raw ?? value));
  const kept = new Map<string, Comments>();
  if (options.comments) {
    const src = options.comments;
    walk(src.contents, '', (n, p) => {
      if (n.commentBefore || n.comment) kept.set(p, { before: n.commentBefore ?? undefined, after: n.comment ?? undefined });
    });
    // A comment at the top of a file is about the file, not about whichever key happens to come first.
    const firstKey = isMap(src.contents) ? src.contents.items[0]?.key : undefined;
    const lead = isNode(firstKey) ? firstKey.commentBefore : undefined;
    if (lead) kept.delete(`${isScalar(firstKey) ? String(firstKey.value) : ''}#key`);
    doc.commentBefore = [src.commentBefore, lead].filter(Boolean).join('\n') || null;
    doc.comment = src.comment;
  }
  if (options.header) doc.commentBefore = options.header.split('\n').map((l) => ` ${l}`).join('\n');
  walk(doc.contents, '', (n, p) => {
    const c = kept.get(p);
    if (c?.before) n.commentBefore = c.before;
    if (c?.after) n.comment = c.after;
    if (isSeq(n) && options.style?.flowList?.(p)) {
      // A comment inside or above a list needs the block form to stay readable.
      const inline = !n.commentBefore && n.items.every((i) => isScalar(i) && !i.commentBefore && !i.comment);
      const length = n.items.reduce<number>((sum, i) => sum + String(isScalar(i) ? i.value : '').length + 2, 2);
      n.flow = inline && length <= FLOW_MAX;
    }
  });
  return doc.toString(YAML_OPTIONS);
}

/** The outcome of reading one file: its validated value and canonical text, or what is wrong with it. */
export type Canonical<T> = { ok: true; value: T; text: string } | { ok: false; issues: FileIssue[] };

/**
 * Parses and validates one file and returns the text it should have. Refuses
 * (as an issue, not an exception) when the canonical text would read back as
 * different data, so `format` can never lose anything.
 */
export function canonicalize<T>(file: string, text: string, schema: z.ZodType<T>, style: Style = {}): Canonical<T> {
  const doc = parseDocument(text);
  if (doc.errors.length) return { ok: false, issues: [{ file, field: '', reason: `not valid YAML: ${doc.errors[0]!.message.split('\n')[0]}` }] };
  const raw: unknown = doc.toJS();
  const parsed = schema.safeParse(raw);
  if (!parsed.success) return { ok: false, issues: issuesFromZod(file, parsed.error) };
  const out = stringifyCanonical(schema, parsed.data, { raw, style, comments: doc });
  const again = schema.safeParse(parseDocument(out).toJS());
  const same = again.success && JSON.stringify(orderBySchema(schema, again.data)) === JSON.stringify(orderBySchema(schema, parsed.data));
  if (!same) return { ok: false, issues: [{ file, field: '', reason: 'canonical form would change the data; file left as is (a bug in lib/claims/canonical.ts)' }] };
  return { ok: true, value: parsed.data, text: out };
}
