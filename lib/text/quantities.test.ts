import { describe, expect, it } from 'vitest';
import { findQuantities, parseNumeral } from './quantities';

const read = (s: string) => findQuantities(s).map((q) => [q.low, q.high]);

describe('findQuantities', () => {
  it.each([
    ['1 million', 1e6], ['one million', 1e6], ['a million', 1e6], ['1,000,000', 1e6], ['1.000.000', 1e6],
    ['1 000 000', 1e6], ['1m', 1e6], ['1 mln', 1e6], ['half a million', 5e5], ['500k', 5e5], ['500 thousand', 5e5],
    ['eine Million', 1e6], ['eine halbe Million', 5e5], ['500.000', 5e5], ['a quarter of a million', 2.5e5],
    ['1,5 Millionen', 1.5e6], ['3.3 million', 3.3e6], ['nearly 1.5 million', 1.5e6], ['at least 1.5 million', 1.5e6],
    ['three-quarters of a million', 7.5e5], ['two thirds of a million', 666_667], ['a third of a million', 333_333], ['a quarter-million', 2.5e5], ['a half-million', 5e5],
    ['one and a half million', 1.5e6], ['a million and a half', 1.5e6], ['fünfhunderttausend', 5e5],
    ['zweihundertfünfzigtausend', 2.5e5], ['einundzwanzigtausend', 21_000],
    ['ninety-one thousand', 91_000], ['eighty five thousand', 85_000], ['a hundred and fifty thousand', 150_000],
    ['two hundred and fifty thousand', 250_000], ['one hundred fifty thousand', 150_000], ['twenty-five thousand', 25_000],
    ['3/4 of a million', 7.5e5], ['2/3 einer Million', 666_667], ['eine knappe Million', 1e6], ['ninety-odd thousand', 90_000], ['90-odd thousand', 90_000],
  ])('reads %s', (text, value) => {
    expect(read(text)).toEqual([[value, value]]);
  });

  it('reads "by the hundred thousand" as a vague number of that order, and no other "the"', () => {
    expect(read('the dead went into the earth by the hundred thousand')).toEqual([[1e5, 9e5]]);
    expect(read('they died by the thousands')).toEqual([[1e3, 9e3]]);
    expect(read('by the way, the hundred men of the 6th army')).toEqual([]);
  });

  it('reads "a few hundred k" as hundreds of thousands, "from … up to …" as one range, and a date-like 3/4 as no figure', () => {
    expect(read('a few hundred k dead')).toEqual([[2e5, 9e5]]);
    expect(read('estimates run from 500k up to a full million')).toEqual([[5e5, 1e6]]);
    expect(read('von 500.000 bis zu einer Million')).toEqual([[5e5, 1e6]]);
    expect(read('on 3/4 the guns fell silent')).toEqual([]);
  });

  it('does not read words that only contain a German number', () => {
    expect(read('im Jahrhundert der Kriege, im tausendjährigen Reich')).toEqual([]);
  });

  it('reads a ten and its unit as one number', () => {
    expect(read('forty-five men')).toEqual([]);
    expect(read('between twenty and thirty thousand')).toEqual([[20_000, 30_000]]);
  });

  it('reads ranges as low and high', () => {
    expect(read('between 500,000 and 1 million')).toEqual([[5e5, 1e6]]);
    expect(read('500,000–1,000,000')).toEqual([[5e5, 1e6]]);
    expect(read('1 to 1.5 million')).toEqual([[1e6, 1.5e6]]);
    expect(read('zwischen 500.000 und 1 Million')).toEqual([[5e5, 1e6]]);
    // number words borrow the multiplier too, teens included
    expect(read('two to three million')).toEqual([[2e6, 3e6]]);
    expect(read('neun bis dreizehn Millionen Deutsche')).toEqual([[9e6, 13e6]]);
    expect(read('some seventeen million')).toEqual([[17e6, 17e6]]);
    expect(read('eine halbe bis eine ganze Million')).toEqual([[5e5, 1e6]]);
    expect(read('a full million men')).toEqual([[1e6, 1e6]]);
    expect(read('a cool million under him')).toEqual([[1e6, 1e6]]);
    expect(read('eine halbe Stunde, eine ganze Menge')).toEqual([]);
  });

  it('reads ceilings and vague quantities', () => {
    expect(read('up to a million')).toEqual([[0, 1e6]]);
    expect(read('hundreds of thousands of soldiers')).toEqual([[2e5, 9e5]]);
    expect(read('Hunderttausende Soldaten')).toEqual([[2e5, 9e5]]);
    expect(read('tens of thousands')).toEqual([[2e4, 9e4]]);
    expect(read('only a few hundred thousand died')).toEqual([[2e5, 9e5]]);
    expect(read('mehrere hunderttausend Soldaten')).toEqual([[2e5, 9e5]]);
    expect(read('ein paar Hunderttausend sind gestorben')).toEqual([[2e5, 9e5]]);
    expect(read('a couple of hundred thousand men')).toEqual([[2e5, 9e5]]);
    expect(read('rund anderthalb Millionen Rotarmisten')).toEqual([[1.5e6, 1.5e6]]);
  });

  it('ignores years, percentages and numbered things', () => {
    expect(read('In 1945 the war ended')).toEqual([]);
    expect(read('57 % of them died')).toEqual([]);
    expect(read('Order No. 270 of 16 August 1941')).toEqual([]);
  });

  it('keeps offsets into the text', () => {
    const text = 'Some say 500k were shot.';
    const [q] = findQuantities(text);
    expect(text.slice(q!.start, q!.end)).toBe('500k');
  });
});

describe('parseNumeral', () => {
  it('tells grouping from decimals', () => {
    expect(parseNumeral('1.500')).toBe(1500);
    expect(parseNumeral('1.5')).toBe(1.5);
    expect(parseNumeral('1,5')).toBe(1.5);
    expect(parseNumeral('1,234,567.8')).toBe(1234567.8);
  });
});
