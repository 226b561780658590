import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { z } from 'zod';
import { canonicalize, CLAIM_STYLE, type Style } from '../lib/claims/canonical';
import { importClaimReviews, toClaimReview } from '../lib/claims/claimreview';
import { scaffold } from '../lib/claims/draft';
import { formatIssue } from '../lib/claims/errors';
import { AccurateSet, Claim } from '../lib/claims/schema';
import { ACCURATE_DIR, CLAIMS_DIR, loadAccurate, loadClaims } from './load';

const yamlIn = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort();
const claimFiles = yamlIn(CLAIMS_DIR);
const accurateFiles = yamlIn(ACCURATE_DIR);

describe('the claims database', () => {
  const claims = loadClaims();
  const accurate = loadAccurate();

  it('has entries and accurate sets to test', () => {
    expect(claimFiles.length).toBeGreaterThan(0);
    expect(claims.items).toHaveLength(claimFiles.length);
  });

  // Issues are compared as lines so a failure names file, field and reason.
  it('parses every claim file, with unique ids and existing related ids', () => {
    expect(claims.issues.map(formatIssue)).toEqual([]);
  });

  it('parses every accurate file', () => {
    expect(accurate.issues.map(formatIssue)).toEqual([]);
    expect(accurate.items).toHaveLength(accurateFiles.length);
  });

  it('spells out the lexicon\'s concepts in match rules', () => {
    const terms = claims.items.flatMap((x) => [x.value.match, ...(x.value.match.also ?? [])].flatMap((r) => [...r.all.flat(), ...r.any, ...r.none]));
    expect(terms.filter((t) => t.startsWith('$'))).toEqual([]);
    expect(terms).toContain('pows');
  });

  it('has unique ids and topics', () => {
    const ids = claims.items.map((x) => x.value.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    const topics = accurate.items.map((x) => x.value.topic);
    expect(topics.filter((t, i) => topics.indexOf(t) !== i)).toEqual([]);
  });

  it.each([
    ...claimFiles.map((f): [string, string, z.ZodType, Style] => ['claims', f, Claim, CLAIM_STYLE]),
    ...accurateFiles.map((f): [string, string, z.ZodType, Style] => ['accurate', f, AccurateSet, {}]),
  ])('%s/%s is in canonical format (npm run claims -- format)', (dir, file, schema, style) => {
    const text = readFileSync(join(dir === 'claims' ? CLAIMS_DIR : ACCURATE_DIR, file), 'utf8');
    const r = canonicalize(file, text, schema, style);
    expect(r.ok ? [] : r.issues.map(formatIssue)).toEqual([]);
    expect(r.ok && r.text === text).toBe(true);
  });

  it('survives a ClaimReview export and import', () => {
    const values = claims.items.map((x) => x.value);
    const { drafts, issues } = importClaimReviews('export.json', JSON.parse(JSON.stringify(values.map((c) => toClaimReview(c)))), '1999-01-01');
    expect(issues).toEqual([]);
    expect(drafts.map((d) => d.draft)).toEqual(
      values.map((c) => expect.objectContaining({ id: c.id, statement: c.statement, verdict: c.verdict, reviewed: c.reviewed, summary: c.summary, sources: c.sources })),
    );
  });

  it('has a template that scaffolds a new entry', () => {
    const text = scaffold(readFileSync(join(import.meta.dirname, 'TEMPLATE.yaml'), 'utf8'), 'brand-new-claim', '2026-12-01');
    expect(parse(text)).toMatchObject({ id: 'brand-new-claim', reviewed: '2026-12-01', verdict: 'false' });
  });
});

describe('loadClaims on a broken database', () => {
  const dir = mkdtempSync(join(tmpdir(), 'caveat-claims-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const good = parse(readFileSync(join(CLAIMS_DIR, claimFiles[0]!), 'utf8')) as Record<string, unknown> & { sources: { url?: string }[] };

  it('names the file, field and reason of an invalid claim', () => {
    const bad = { ...good, id: 'bad-claim', related: [], sources: [{ title: 'A source', url: 'http://example.org/plain' }] };
    writeFileSync(join(dir, 'bad-claim.yaml'), JSON.stringify(bad));
    writeFileSync(join(dir, 'broken.yaml'), 'id: [unclosed\n');
    const { items, issues } = loadClaims(dir);
    expect(items).toEqual([]);
    expect(issues).toContainEqual({ file: expect.stringMatching(/bad-claim\.yaml$/), field: 'sources.0.url', reason: 'must be an https:// URL' });
    expect(issues).toContainEqual({ file: expect.stringMatching(/broken\.yaml$/), field: '', reason: expect.stringMatching(/^not valid YAML/) });
  });

  it('names the file and field of a concept the lexicon does not have, and of a broken lexicon', () => {
    const claim = { ...good, id: 'unknown-concept', related: [], match: { all: [['$no-such-concept'], ['shot']] } };
    writeFileSync(join(dir, 'unknown-concept.yaml'), JSON.stringify(claim));
    const lexicon = join(dir, 'lexicon.yml');
    writeFileSync(lexicon, 'killed: [killed, $executed]\n');
    const { issues } = loadClaims(dir, lexicon);
    expect(issues).toContainEqual({ file: expect.stringMatching(/unknown-concept\.yaml$/), field: 'match.all.0.0', reason: 'no concept "no-such-concept" in claims-db/lexicon.yaml' });
    expect(issues).toContainEqual({ file: expect.stringMatching(/lexicon\.yml$/), field: 'killed.1', reason: 'no concept "executed"' });
  });

  it('names a claim that gives way to a claim that does not exist, or to itself', () => {
    const match = good.match as Record<string, unknown>;
    writeFileSync(join(dir, 'gives-way.yaml'), JSON.stringify({ ...good, id: 'gives-way', related: [], match: { ...match, yields_to: ['no-such-claim', 'gives-way'] } }));
    const { issues } = loadClaims(dir);
    expect(issues).toContainEqual({ file: expect.stringMatching(/gives-way\.yaml$/), field: 'match.yields_to.0', reason: 'no claim with id "no-such-claim"' });
    expect(issues).toContainEqual({ file: expect.stringMatching(/gives-way\.yaml$/), field: 'match.yields_to.1', reason: 'a claim cannot give way to itself' });
  });

  it('rejects a wording cut short by an unquoted " #" (YAML reads the rest as a comment)', () => {
    const yaml = readFileSync(join(CLAIMS_DIR, claimFiles[0]!), 'utf8').replace(/^( {4}- )(.*)$/m, "$1Stalin's Order #270 $2");
    writeFileSync(join(dir, 'hash.yaml'), yaml);
    const { issues } = loadClaims(dir);
    expect(issues).toContainEqual({ file: expect.stringMatching(/hash\.yaml$/), field: expect.stringMatching(/^variants\.en\.0$/), reason: expect.stringMatching(/whole statement/) });
  });
});
