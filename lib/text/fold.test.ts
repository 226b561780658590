import { describe, expect, it } from 'vitest';
import { foldChar, foldText } from './fold';

describe('foldText', () => {
  // With "İ" (whose lower case is two units) the text is folded unit by unit; without it, lower-cased whole first.
  it.each([
    ['every UTF-16 unit', (c: number) => c],
    ['every unit but İ', (c: number) => (c === 0x130 ? 0x49 : c)],
  ])('folds %s as foldChar does, keeping offsets', (_, unit) => {
    const units = Array.from({ length: 0x10000 }, (_, c) => String.fromCharCode(unit(c))).join('');
    const folded = foldText(units);
    expect(folded.length).toBe(units.length);
    const wrong: string[] = [];
    for (let c = 0; c < 0x10000; c++) if (folded[c] !== foldChar(units[c]!)) wrong.push(c.toString(16));
    expect(wrong).toEqual([]);
  });

  it('lowers ASCII even when the text holds a character whose lower case is longer', () => {
    expect(foldText('İstanbul: STALIN’s “Order 270” – 1941')).toBe('İstanbul: stalin\'s "order 270" - 1941'.replace('İ', foldChar('İ')));
  });

  it('folds accents, typographic quotes, dashes and spaces one unit each', () => {
    const text = 'Katyń — „Großvater“ sagte: «Ça» 1\u00a0000';
    const folded = foldText(text);
    expect(folded).toBe('katyn - "großvater" sagte: "ca" 1 000');
    expect(folded.length).toBe(text.length);
  });
});
