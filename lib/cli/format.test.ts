import { describe, expect, it } from 'vitest';
import { compileIndex, type MatchableClaim } from '../match/compile';
import { MatcherIndex } from '../match/index-format';
import type { Match } from '../match/types';
import { claimsJson, formatClaims, formatScan, scanJson } from './format';

const claim: MatchableClaim = {
  id: 'demo-claim', verdict: 'false', title: 'Demo', statement: 'Stalin shot them all.',
  variants: { en: ['They were all shot.'], de: ['Alle erschossen.'] },
  match: { all: [['stalin'], ['shot']], any: [], none: [], negated: false },
};
const text = 'Intro.\nStalin shot them   all.\n';
const m: Match = { claim: 'demo-claim', verdict: 'false', start: 7, end: 30, score: 0.812, why: { terms: ['Stalin', 'shot'], variant: 'v', exact: false, partial: false } };

describe('scan output', () => {
  it('prints one line per match with score, verdict, id and the matched text', () => {
    const out = formatScan('page.html', 'html', text, 'balanced', 0.6, [m]).split('\n');
    expect(out[0]).toBe('page.html (html, 31 characters): 1 match at sensitivity balanced (score ≥ 0.6)');
    expect(out[1]).toBe('  0.81  false          demo-claim  "Stalin shot them all."');
    expect(formatScan('x', 'text', 'abc', 'strict', 0.72, [])).toMatch(/0 matches/);
  });

  it('--json carries the matched text and the explanation', () => {
    expect(scanJson('p', 'html', text, 'balanced', [m]).matches[0]).toMatchObject({ claim: 'demo-claim', text: 'Stalin shot them   all.', why: { terms: ['Stalin', 'shot'] } });
  });
});

describe('claims output', () => {
  it('--json is the compiled index with each entry statement, and still a valid index', () => {
    const index = compileIndex([claim]);
    const json = claimsJson(index, new Map([['demo-claim', claim.statement]]));
    expect(json.entries[0]).toMatchObject({ id: 'demo-claim', verdict: 'false', title: 'Demo', statement: 'Stalin shot them all.', variants: ['Stalin shot them all.', 'They were all shot.', 'Alle erschossen.'], groups: 2 });
    expect(json.entries[0]!.match).toEqual({ all: claim.match.all, any: claim.match.any, none: claim.match.none });
    expect(json.count).toBe(1);
    expect(MatcherIndex.safeParse(JSON.parse(JSON.stringify(json))).success).toBe(true);
    expect(formatClaims(index)).toMatch(/^demo-claim {2}false {10}Demo\n1 claims/);
  });

  it('lists a claim made in several shapes once, and each shape as an entry of the index', () => {
    const shaped = { ...claim, match: { ...claim.match, also: [{ all: [['stalin'], ['executed']], any: [], none: [] }] } };
    const index = compileIndex([shaped]);
    // Groups are stored rarest first, so compare each shape's terms.
    expect(claimsJson(index, new Map()).entries.map((e) => e.match.all.flat().sort())).toEqual([['shot', 'stalin'], ['executed', 'stalin']]);
    expect(formatClaims(index)).toMatch(/^demo-claim {2}false {10}Demo\n1 claims/);
  });
});
