import { describe, expect, it } from 'vitest';
import {
  checkTargets, evaluate, formatReport, itemsFromAccurate, itemsFromClaims, parseCorpus, scores, snippet, table, type EvalItem,
} from './metrics';

const item = (text: string, expect: string[], set = 'test.jsonl'): EvalItem => ({ text, expect, source: `${set}:1`, set });

describe('scores', () => {
  it('computes precision, recall and F1', () => {
    const s = scores({ tp: 8, fp: 2, fn: 8 });
    expect(s.precision).toBeCloseTo(0.8);
    expect(s.recall).toBeCloseTo(0.5);
    expect(s.f1).toBeCloseTo((2 * 0.8 * 0.5) / 1.3);
  });

  it('leaves a ratio with a zero denominator undefined (null), not 0 or 1', () => {
    expect(scores({ tp: 0, fp: 0, fn: 3 })).toMatchObject({ precision: null, recall: 0, f1: 0 });
    expect(scores({ tp: 0, fp: 2, fn: 0 })).toMatchObject({ precision: 0, recall: null, f1: 0 });
    expect(scores({ tp: 0, fp: 0, fn: 0 })).toMatchObject({ precision: null, recall: null, f1: null });
  });
});

describe('evaluate', () => {
  it('counts TP, FP and FN per claim id and overall', () => {
    const report = evaluate(
      [
        { item: item('a', ['x']), predicted: ['x'] }, // tp x
        { item: item('b', ['x']), predicted: ['y'] }, // fn x, fp y
        { item: item('c', []), predicted: ['y', 'y'] }, // fp y (duplicates ignored)
        { item: item('d', ['x', 'z']), predicted: ['x', 'z'] }, // tp x, tp z
        { item: item('e', []), predicted: [] },
      ],
      ['x', 'y', 'z', 'unused'],
    );
    expect(report.items).toBe(5);
    expect(report.perEntry.x).toMatchObject({ tp: 2, fp: 0, fn: 1 });
    expect(report.perEntry.y).toMatchObject({ tp: 0, fp: 2, fn: 0, precision: 0 });
    expect(report.perEntry.z).toMatchObject({ tp: 1, fp: 0, fn: 0, precision: 1, recall: 1, f1: 1 });
    expect(report.perEntry.unused).toMatchObject({ tp: 0, fp: 0, fn: 0, precision: null });
    expect(report.overall).toMatchObject({ tp: 3, fp: 2, fn: 1 });
    expect(report.overall.precision).toBeCloseTo(3 / 5);
    expect(report.overall.recall).toBeCloseTo(3 / 4);
    expect(report.falsePositives.map((f) => [f.claim, f.text])).toEqual([['y', 'b'], ['y', 'c']]);
    expect(report.misses).toEqual([{ claim: 'x', source: 'test.jsonl:1', text: 'b', predicted: ['y'] }]);
    expect(Object.keys(report.perEntry)).toEqual(['unused', 'x', 'y', 'z']);
  });

  it('reports counts per source set and ids the database does not know', () => {
    const report = evaluate(
      [
        { item: item('a', ['x'], 'one'), predicted: ['x'] },
        { item: item('b', ['typo'], 'two'), predicted: [] },
        { item: item('c', [], 'two'), predicted: [] },
      ],
      ['x'],
    );
    expect(report.perSet.one).toMatchObject({ items: 1, tp: 1, fp: 0, fn: 0 });
    expect(report.perSet.two).toMatchObject({ items: 2, tp: 0, fp: 0, fn: 1 });
    expect(report.unknownIds).toEqual(['typo']);
  });
});

describe('checkTargets', () => {
  it('meets the targets at the thresholds and fails below them', () => {
    expect(checkTargets(scores({ tp: 95, fp: 5, fn: 10 })).met).toBe(true); // P 0.95, R 0.905
    const low = checkTargets(scores({ tp: 94, fp: 6, fn: 0 }));
    expect(low.precision.met).toBe(false);
    expect(low.recall.met).toBe(true);
    expect(checkTargets(scores({ tp: 89, fp: 0, fn: 11 })).recall.met).toBe(false);
  });

  it('cannot pass with nothing labelled, and counts no predictions as no false positives', () => {
    expect(checkTargets(scores({ tp: 0, fp: 0, fn: 0 })).met).toBe(false);
    expect(checkTargets(scores({ tp: 0, fp: 0, fn: 0 })).precision.met).toBe(true);
  });
});

describe('parseCorpus', () => {
  it('reads items, skips blank lines and reports bad lines with their number', () => {
    const content = [
      '{"text": "Stalin shot them.", "expect": ["a"], "note": "n"}',
      '',
      '{"text": "Fine.", "expect": []}',
      'not json',
      '{"text": "", "expect": []}',
      '{"text": "x", "expect": "a"}',
      '[1]',
      '{"text": "dup", "expect": ["a", "a"]}',
    ].join('\n');
    const { items, errors } = parseCorpus(content, 'eval/corpus/t.jsonl');
    expect(items).toEqual([
      { text: 'Stalin shot them.', expect: ['a'], note: 'n', source: 'eval/corpus/t.jsonl:1', set: 't.jsonl' },
      { text: 'Fine.', expect: [], source: 'eval/corpus/t.jsonl:3', set: 't.jsonl' },
      { text: 'dup', expect: ['a'], source: 'eval/corpus/t.jsonl:8', set: 't.jsonl' },
    ]);
    expect(errors.map((e) => e.source)).toEqual(['eval/corpus/t.jsonl:4', 'eval/corpus/t.jsonl:5', 'eval/corpus/t.jsonl:6', 'eval/corpus/t.jsonl:7']);
    expect(errors[0]!.reason).toMatch(/not valid JSON/);
    expect(errors[2]!.reason).toMatch(/"expect"/);
  });
});

describe('items from the database', () => {
  it('turns flag examples into expect [id] and pass examples and accurate sets into expect []', () => {
    const claims = [{ file: 'c/a.yaml', value: { id: 'a', examples: { flag: ['f1', 'f2'], pass: ['p1'] } } }];
    expect(itemsFromClaims(claims).map((i) => [i.text, i.expect, i.source])).toEqual([
      ['f1', ['a'], 'c/a.yaml examples.flag.0'],
      ['f2', ['a'], 'c/a.yaml examples.flag.1'],
      ['p1', [], 'c/a.yaml examples.pass.0'],
    ]);
    expect(itemsFromAccurate([{ file: 'acc/t.yaml', value: { examples: ['ok'] } }])).toEqual([
      { text: 'ok', expect: [], source: 'acc/t.yaml examples.0', set: 'accurate sets' },
    ]);
  });
});

describe('formatting', () => {
  it('cuts snippets to 80 characters on one line', () => {
    expect(snippet('a\n  b')).toBe('a b');
    const long = snippet('x'.repeat(200));
    expect(long).toHaveLength(80);
    expect(long.endsWith('…')).toBe(true);
  });

  it('aligns table columns', () => {
    expect(table(['name', 'n'], [['a', '1'], ['long', '10']]).split('\n')).toEqual(['name   n', '----  --', 'a      1', 'long  10']);
  });

  it('lists false positives and misses with their text and source, and the targets', () => {
    const report = evaluate([
      { item: item('An accurate sentence about camps.', []), predicted: ['x'] },
      { item: item('A claim sentence.', ['x']), predicted: [] },
    ], ['x']);
    const text = formatReport(report);
    expect(text).toContain('x ← "An accurate sentence about camps." [test.jsonl:1]');
    expect(text).toContain('Misses (1)');
    expect(text).toMatch(/precision 0\.000 \(target ≥ 0\.95\): NOT MET/);
    expect(text).toContain('OVERALL');
  });
});
