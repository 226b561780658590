import { describe, expect, it } from 'vitest';
import { expandRule, Lexicon, resolveLexicon, type FieldIssue } from './lexicon';
import { MatchRule } from './schema';

describe('the lexicon', () => {
  it('spells out concepts that name other concepts, each term once', () => {
    const { concepts, issues } = resolveLexicon({ prisoners: ['pow', 'pows'], surrender: ['surrender*', 'pow'], taken: ['$prisoners', '$surrender'] });
    expect(issues).toEqual([]);
    expect(concepts.get('taken')).toEqual(['pow', 'pows', 'surrender*']);
  });

  it('names the field of an unknown concept and of a concept that names itself', () => {
    const { issues } = resolveLexicon({ a: ['$b'], b: ['x', '$a'], c: ['$nope'] });
    expect(issues).toContainEqual({ field: 'b.1', reason: 'concept "a" names itself (a → b → a)' });
    expect(issues).toContainEqual({ field: 'c.0', reason: 'no concept "nope"' });
  });

  it('accepts "$name" as a term and rejects a malformed one', () => {
    expect(Lexicon.safeParse({ killed: ['killed', '$executed'] }).success).toBe(true);
    expect(Lexicon.safeParse({ killed: ['$Executed'] }).success).toBe(false);
    expect(Lexicon.safeParse({ 'Not A Name': ['x'] }).success).toBe(false);
  });
});

describe('expandRule', () => {
  const { concepts } = resolveLexicon({ german: ['german*', 'wehrmacht*'], soviet: ['soviet*', 'red army'] });

  it("replaces a group's concepts by their terms, keeping the claim's own words", () => {
    const rule = MatchRule.parse({ all: [['$german', 'landser*'], ['shot'], ['$soviet']], none: ['$soviet'], also: [{ all: [['$german'], ['x']] }] });
    const issues: FieldIssue[] = [];
    const out = expandRule(rule, concepts, issues);
    expect(issues).toEqual([]);
    expect(out.all).toEqual([['german*', 'wehrmacht*', 'landser*'], ['shot'], ['soviet*', 'red army']]);
    expect(out.none).toEqual(['soviet*', 'red army']);
    expect(out.also?.[0]?.all[0]).toEqual(['german*', 'wehrmacht*']);
  });

  it('reports an unknown concept with the path of the item', () => {
    const issues: FieldIssue[] = [];
    expandRule(MatchRule.parse({ all: [['shot'], ['x', '$sovjet']], also: [{ all: [['a'], ['b']], any: ['$nope'] }] }), concepts, issues);
    expect(issues).toEqual([
      { field: 'match.all.1.1', reason: 'no concept "sovjet" in claims-db/lexicon.yaml' },
      { field: 'match.also.0.any.0', reason: 'no concept "nope" in claims-db/lexicon.yaml' },
    ]);
  });
});
