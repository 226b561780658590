import { describe, expect, it } from 'vitest';
import { continuesOnNextLine, contrastiveScopeEnd, endsSentence, figureLeadIn } from './sentence';

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
  it('ends before closing Markdown emphasis', () => {
    expect(ends('**q: did they?** nope. _really?_ yes.')).toEqual([13, 21, 30, 36]);
  });
  it('does not end at a list item’s number that opens its line', () => {
    expect(ends('## 9. "hundreds defected"\n3. stalin said so. in 1945. done.')).toEqual([43, 52, 58]);
  });
    it('ends after a year', () => {
    expect(ends('it ended in 1945. then peace.')).toEqual([16, 28]);
  });
});

describe('contrastiveScopeEnd', () => {
  const scope = (f: string) => {
    const at = f.search(/\b(?:not|nicht|never|nie)\b/);
    const end = contrastiveScopeEnd(f, at);
    return end < 0 ? undefined : f.slice(at, end);
  };
  it('reads ", not X" and "- nicht X" up to the next clause break', () => {
    expect(scope('it was the nazis who shot them at katyn, not the nkvd.')).toBe('not the nkvd');
    expect(scope('it was the germans, not the nkvd, who shot them')).toBe('not the nkvd');
    expect(scope('die deutschen waren es - nicht die sowjets')).toBe('nicht die sowjets');
    expect(scope('it was the work of the nkvd, never of the germans.')).toBe('never of the germans');
  });
  it('leaves a negation of the sentence, and "not only", to count as one', () => {
    expect(scope('the germans did not shoot them')).toBeUndefined();
    expect(scope('the germans never shot them')).toBeUndefined();
    expect(scope('the germans shot them, not only the nkvd')).toBeUndefined();
  });
});

describe('continuesOnNextLine', () => {
  const goesOn = (text: string) => {
    const at = text.indexOf('\n');
    const line = text.slice(0, at);
    const words = line.match(/[\p{L}\p{N}]+/gu) ?? [];
    const lastWordEnd = line.lastIndexOf(words.at(-1)!) + words.at(-1)!.length;
    return continuesOnNextLine(text, at, lastWordEnd, words.length);
  };

  it('goes on into a line that starts with a joining word, not a capital, a short line or a full stop', () => {
    expect(goesOn('- Stalin refused to sign the convention\n- so Germany owed them nothing')).toBe(true);
    expect(goesOn('Die Sowjets nahmen die Gefangenen mit\nund erschossen sie')).toBe(true);
    expect(goesOn('- Stalin refused to sign the convention\n- So Germany owed them nothing')).toBe(false);
    expect(goesOn('my grandad was there\nyeah mine too')).toBe(false);
    expect(goesOn('Short title\nand more')).toBe(false);
    expect(goesOn('Stalin refused to sign it.\nand so on')).toBe(false);
  });
});

describe('figureLeadIn', () => {
  const leadIn = (before: string, after: string) => figureLeadIn(`${before} ${after}`, 0, before.length + 1);

  it('finds a short sentence that ends right before', () => {
    expect(leadIn('es waren hunderttausende.', 'deutsche und italiener liefen über.')).toBe(0);
    expect(leadIn('das stimmt. half a million!', 'the soviets executed them.')).toBe(11);
  });

  it('finds none after a long sentence, a question, or a decimal point', () => {
    expect(leadIn('the germans had taken more than 3 million, and over the whole war about 5.7 million.', 'roughly 3.3 million died.')).toBe(-1);
    expect(leadIn('hunderttausende?', 'deutsche liefen über.')).toBe(-1);
    expect(figureLeadIn('deutsche liefen über.', 0, 0)).toBe(-1);
  });
});
