import { describe, expect, it } from 'vitest';
import { compileIndex, type MatchableClaim } from '../match/compile';
import { Matcher } from '../match/matcher';
import { formatReport, runExamples } from './examples';

type Entry = MatchableClaim & { examples: { flag: string[]; pass: string[] } };

const entry = (id: string, all: string[][], flag: string[], pass: string[]): Entry => ({
  id, verdict: 'false', title: id, statement: flag[0]!, variants: { en: [], de: [] },
  match: { all, any: [], none: [], negated: false },
  examples: { flag, pass },
});

const town = entry(
  'testville-deaths',
  [['testville'], ['died', 'killed']],
  ['Everyone in Testville died.', 'The army killed the people of Testville.', 'Testville was a quiet town.'],
  ['Testville is a small town.', 'They talked about the Otherburg fire for years.'],
);
const fire = entry('otherburg-fire', [['otherburg'], ['fire', 'burned']], ['Otherburg burned for days.', 'The great fire of Otherburg was started by spies.'], ['Otherburg is a port.']);
const accurate = [{ topic: 'towns', examples: ['Testville lies on a river.', 'Half of Testville died of the plague.'] }];

const run = () => {
  const claims = [town, fire];
  return runExamples(claims, accurate, new Matcher(compileIndex(claims)));
};

describe('runExamples with the real matcher', () => {
  const report = run();
  const [t, f] = report.entries;

  it('counts flag hits and lists the misses', () => {
    expect(t!.flag).toMatchObject({ total: 3, hits: 2 });
    expect(t!.flag.misses).toEqual([{ sentence: 'Testville was a quiet town.', by: [] }]);
    expect(f!.flag).toMatchObject({ total: 2, hits: 2, misses: [] });
  });

  it("blames another entry for firing on this entry's pass examples", () => {
    expect(t!.pass).toMatchObject({ total: 2, clean: 1 });
    expect(t!.pass.fires).toEqual([{ sentence: 'They talked about the Otherburg fire for years.', by: ['otherburg-fire'] }]);
    expect(f!.firesOn).toContainEqual({ owner: 'testville-deaths', sentence: 'They talked about the Otherburg fire for years.' });
  });

  it('checks accurate sets and blames the entry that fires on them', () => {
    expect(report.accurate).toEqual([{ topic: 'towns', total: 2, clean: 1, fires: [{ sentence: 'Half of Testville died of the plague.', by: ['testville-deaths'] }] }]);
    expect(t!.firesOn).toEqual([{ owner: 'accurate:towns', sentence: 'Half of Testville died of the plague.' }]);
  });

  it('counts every miss and false fire as a problem', () => {
    expect(report.problems).toBe(3);
  });

  it('prints a row per entry and set, then each failing sentence', () => {
    const text = formatReport(report);
    expect(text).toMatch(/^entry +\| flag hits \| pass clean/);
    expect(text).toMatch(/testville-deaths +\| 2\/3 +\| 1\/2 +\| otherburg-fire +\| accurate:towns/);
    expect(text).toMatch(/accurate:towns +\| - +\| 1\/2 +\| testville-deaths/);
    expect(text).toContain('  testville-deaths: "Testville was a quiet town."');
    expect(text).toContain('  accurate:towns, matched by testville-deaths: "Half of Testville died of the plague."');
    expect(text.trimEnd().endsWith('3 problem(s)')).toBe(true);
  });

  it('reports a clean run as clean', () => {
    const ok = { ...town, examples: { flag: ['Everyone in Testville died.'], pass: ['Testville is a small town.'] } };
    const clean = runExamples([ok], [], new Matcher(compileIndex([ok])));
    expect(clean.problems).toBe(0);
    expect(formatReport(clean)).toContain('All examples behave as they say.');
  });
});
