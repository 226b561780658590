import { describe, expect, it } from 'vitest';
import { loadClaims } from '../../claims-db/load';
import { compileIndex } from './compile';
import { Dictionary, hashOf } from './dictionary';
import { Matcher } from './matcher';
import { FNV_START, WordMemo } from './word-memo';

const fnv = (s: string) => [...s].reduce((h, c) => Math.imul(h ^ c.charCodeAt(0), 0x01000193), FNV_START);

describe('WordMemo', () => {
  const index = compileIndex([
    { id: 'c', verdict: 'false', title: 't', statement: 's', variants: { en: [], de: [] }, match: { all: [['strasse', 'execut*'], ['shield', 'human shield*']], any: [], none: [], negated: false } },
  ]);
  const memo = new WordMemo(new Dictionary(index));
  const idOf = (w: string) => memo.id(w, 0, w.length, hashOf(w), fnv(w));
  const termsOf = (w: string) => {
    const id = idOf(w);
    const { terms, singleStart, phraseStart, termEnd } = memo;
    return { singles: [...terms.subarray(singleStart[id], phraseStart[id])].map((t) => index.terms[t]), phrases: [...terms.subarray(phraseStart[id], termEnd[id])].map((t) => index.terms[t]) };
  };

  it('gives a word its single terms (exact and prefix) and the phrases that end in it', () => {
    expect(termsOf('executed').singles).toEqual(['execut*']);
    expect(termsOf('shield')).toEqual({ singles: ['shield'], phrases: ['human shield*'] });
  });

  it('lists, per pair of words, the phrases the first word can start', () => {
    const after = (prev: string, w: string) => {
      const at = memo.phrasesAfter(idOf(prev), idOf(w));
      return [...memo.pairTerms.subarray(at + 1, at + 1 + memo.pairTerms[at]!)].map((t) => index.terms[t]);
    };
    expect(after('human', 'shields')).toEqual(['human shield*']);
    expect(after('human', 'shields')).toEqual(['human shield*']);
    expect(after('executed', 'shields')).toEqual([]);
    expect(after('strasse', 'shield')).toEqual([]);
  });

  it('spells ß out, gives words that are no index word id 0, and the same word the same id', () => {
    expect(termsOf('straße').singles).toEqual(['strasse']);
    expect(idOf('xylophone')).toBe(0);
    expect(idOf('executed')).toBe(idOf('executed'));
    expect(idOf('executes')).not.toBe(idOf('executed'));
  });
});

describe('Matcher with its word memo full', () => {
  it('still finds claims after a page of more distinct words than the memo keeps', () => {
    const matcher = new Matcher(compileIndex(loadClaims().items.map((x) => x.value)));
    const junk = Array.from({ length: 70_000 }, (_, i) => `w${i.toString(36)}x`).join(' ');
    const claim = 'Stalin had half a million German prisoners executed.';
    expect(matcher.match(`${junk}\n${claim}\n${junk}\n${claim}`).map((m) => m.claim)).toEqual(['soviet-executed-german-pows', 'soviet-executed-german-pows']);
  });

  it('still reads phrases after more distinct word pairs than it keeps', () => {
    const matcher = new Matcher(compileIndex([
      { id: 'p', verdict: 'false', title: 't', statement: 's', variants: { en: [], de: [] }, match: { all: [['xxxx* yyyy*'], ['boom']], any: [], none: [], negated: false } },
    ]));
    // 530 × 530 distinct pairs "xxxx… yyyy…", each ending the phrase: more than the 2^18 pairs kept.
    const ids = Array.from({ length: 530 }, (_, i) => i.toString(36));
    const pairs = ids.flatMap((a) => ids.map((b) => `xxxx${a} yyyy${b}`)).join(', ');
    const hits = matcher.match(`xxxxq yyyyq boom.\n${pairs}.\nxxxxq yyyyq boom.`).map((m) => m.claim);
    expect(hits).toEqual(['p', 'p']);
  });
});
