import { describe, expect, it } from 'vitest';
import { endsSentence } from './sentence';

/** Where the scan would end sentences in already folded text. */
function ends(f: string): number[] {
  const out: number[] = [];
  const words = [...f.matchAll(/[a-z0-9]+/g)];
  for (let i = 0; i < f.length; i++) {
    if (!'.!?'.includes(f[i]!)) continue;
    const before = words.filter((w) => w.index! + w[0].length <= i).pop();
    const ws = before?.index ?? 0;
    const we = before ? ws + before[0].length : 0;
    if (endsSentence(f, i, ws, we)) out.push(i);
  }
  return out;
}

describe('endsSentence', () => {
  it('ends at full stops, question and exclamation marks followed by space', () => {
    expect(ends('one. two? three! four.')).toEqual([3, 8, 15, 21]);
  });
  it('does not end at abbreviations, initials, decimals or German ordinals', () => {
    expect(ends('gen. vlasov met j. bacque on 1.5 million men at no. 270.')).toEqual([55]);
    expect(ends('am 14. februar 1945 starb die 6. armee. ende.')).toEqual([38, 44]);
  });
  it('ends after a year', () => {
    expect(ends('it ended in 1945. then peace.')).toEqual([16, 28]);
  });
});
