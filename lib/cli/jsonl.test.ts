import { describe, expect, it } from 'vitest';
import type { Match } from '../match/types';
import { respond, respondLine } from './jsonl';

const fake: Match = {
  claim: 'c', verdict: 'false', start: 2, end: 9, score: 0.8,
  why: { terms: ['x'], variant: 'v', exact: false, partial: false },
};
const matcher = (text: string): Match[] => (text.includes('claim') ? [fake] : []);

describe('match --jsonl line handler', () => {
  it('answers a {"text"} line with the matches, without the explanation', () => {
    expect(respond('{"text": "a claim here", "id": 7}', matcher)).toEqual({ matches: [{ claim: 'c', verdict: 'false', score: 0.8, start: 2, end: 9 }] });
    expect(respond('{"text": "nothing"}', matcher)).toEqual({ matches: [] });
    expect(respond('{"text": ""}', matcher)).toEqual({ matches: [] });
  });

  it('answers every malformed line with an error instead of throwing', () => {
    const bad = ['', '   ', 'not json', '{"text": "x"', '[1,2]', '"text"', 'null', '42', '{}', '{"text": 5}', '{"text": null}', '{"text": ["a"]}'];
    for (const line of bad) {
      const out = respond(line, matcher);
      expect(out, line).toHaveProperty('error');
      expect(typeof (out as { error: string }).error).toBe('string');
    }
    expect(respond('', matcher)).toEqual({ error: expect.stringMatching(/empty line/) });
    expect(respond('{}', matcher)).toEqual({ error: 'missing "text" field' });
    expect(respond('{"text": null}', matcher)).toEqual({ error: '"text" must be a string, got null' });
  });

  it('turns a matcher failure into an error line', () => {
    expect(respond('{"text": "x"}', () => { throw new Error('boom'); })).toEqual({ error: 'matcher failed: boom' });
  });

  it('tolerates a CRLF line ending and writes one line of JSON without newlines', () => {
    const line = respondLine('{"text": "a claim\\nacross lines"}\r', matcher);
    expect(line).not.toContain('\n');
    expect(JSON.parse(line)).toEqual({ matches: [expect.objectContaining({ claim: 'c' })] });
  });
});
