import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { canonicalize, CLAIM_STYLE, orderBySchema } from './canonical';
import { AccurateSet, Claim } from './schema';

const many = (word: string, n: number) => Array.from({ length: n }, (_, i) => `    - ${word} sentence number ${i + 1}.`).join('\n');

/** A valid claim written the way people write YAML: keys out of order, mixed quoting, a bare false. */
const MESSY = `# Why this entry exists: a maintainer's note at the top.
reviewed: 2026-11-22
examples:
  pass:
${many('Pass', 5)}
  flag:
${many('Flag', 8)}
id: test-claim
verdict: false
title: 'A test claim'
category: inflated-figure
statement: >-
  Half a million people
  died in Testville.
variants:
  en: ['Half a million died in Testville.']
summary: "Short summary: with a colon."
context: |
  First paragraph.

  Second paragraph.
sources:
  - url: https://example.org/report
    title: The report
    author: A. Historian
related: []
match:
  none:
    # modern allegations, other wars
    - ukrain*
    - gaza
  all:
    - [testvill*]
    - [died, killed, dead, 1945, perish*, victim*, casualt*, toll, lives, burned, incinerat*, starben, gestorben, umgekommen, verbrannt*]
`;

const canon = (text: string) => canonicalize('test.yaml', text, Claim, CLAIM_STYLE);

describe('canonicalize', () => {
  const first = canon(MESSY);
  if (!first.ok) throw new Error(JSON.stringify(first.issues));

  it('writes top-level and nested keys in schema order', () => {
    const topKeys = first.text.split('\n').filter((l) => /^[a-z_]+:/.test(l)).map((l) => l.split(':')[0]);
    expect(topKeys).toEqual(Object.keys(Claim.shape).filter((k) => topKeys.includes(k)));
    expect(topKeys.slice(0, 4)).toEqual(['id', 'title', 'verdict', 'category']);
    expect(first.text).toMatch(/- author: A\. Historian\n {4}title: The report\n {4}url: https:\/\/example\.org\/report/);
    expect(first.text.indexOf('  flag:')).toBeLessThan(first.text.indexOf('  pass:'));
  });

  it('quotes the verdict "false" so it stays a string', () => {
    expect(first.text).toContain('verdict: "false"\n');
    expect(parse(first.text).verdict).toBe('false');
  });

  it('loses no data', () => {
    expect(Claim.parse(parse(first.text))).toEqual(Claim.parse(parse(MESSY)));
  });

  it('is idempotent', () => {
    const second = canon(first.text);
    expect(second.ok && second.text).toBe(first.text);
  });

  it('keeps comments, including the file header', () => {
    expect(first.text.startsWith("# Why this entry exists: a maintainer's note at the top.\n")).toBe(true);
    expect(first.text).toContain('  none:\n    # modern allegations, other wars\n    - ukrain*\n    - gaza\n');
  });

  it('neither adds defaults nor drops written ones', () => {
    expect(first.text).not.toContain('negated');
    expect(first.text).not.toContain('any:');
    expect(first.text).toContain('related: []');
  });

  it('writes short term lists inline and long ones one per line, without wrapping', () => {
    expect(first.text).toContain('    - [testvill*]\n');
    expect(first.text).toContain('    - - died\n      - killed\n');
    // A number-like term must stay a string, or the schema would have to coerce it on every load.
    expect(first.text).toContain('      - "1945"\n');
    expect(first.text).toContain('statement: Half a million people died in Testville.\n');
  });

  it('keeps paragraphs in literal blocks', () => {
    expect(first.text).toContain('context: |-\n  First paragraph.\n\n  Second paragraph.\n');
  });
});

describe('canonicalize, invalid input', () => {
  it('reports schema problems with field and reason, and produces no text', () => {
    const r = canon(MESSY.replace('https://example.org/report', 'http://example.org/report'));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues).toContainEqual({ file: 'test.yaml', field: 'sources.0.url', reason: 'must be an https:// URL' });
  });

  it('reports broken YAML as a whole-file issue', () => {
    const r = canon('id: [unclosed\n');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues[0]).toMatchObject({ file: 'test.yaml', field: '', reason: expect.stringMatching(/^not valid YAML/) });
  });

  it('formats accurate sets by their own schema', () => {
    const text = `examples:\n${many('True', 5).replace(/^ {2}/gm, '')}\ntopic: some-topic\n`;
    const r = canonicalize('a.yaml', text, AccurateSet);
    expect(r.ok && r.text.startsWith('topic: some-topic\nexamples:\n  - True sentence number 1.\n')).toBe(true);
  });
});

describe('orderBySchema', () => {
  it('keeps keys the schema does not know after the known ones (drafts)', () => {
    const out = orderBySchema(Claim, { extra: 1, statement: 's', id: 'x' }) as object;
    expect(Object.keys(out)).toEqual(['id', 'statement', 'extra']);
  });
});
