import { describe, expect, it } from 'vitest';
import { loadClaims } from '../../claims-db/load';
import { compileIndex } from './compile';
import { Matcher } from './matcher';
import { withoutYielded } from './one-per-claim';
import type { Match } from './types';

const match = (claim: string, start: number, end: number) => ({ claim, start, end, score: 0.8 }) as Match;

describe('withoutYielded', () => {
  const yieldsTo = new Map([['general', ['specific']]]);

  it('drops a match whose claim gives way to another claim matched in overlapping text', () => {
    expect(withoutYielded([match('general', 0, 40), match('specific', 20, 60)], yieldsTo).map((m) => m.claim)).toEqual(['specific']);
  });

  it('keeps it where the other claim matched elsewhere, and keeps the other way round', () => {
    expect(withoutYielded([match('general', 0, 40), match('specific', 50, 90)], yieldsTo)).toHaveLength(2);
    expect(withoutYielded([match('specific', 0, 40), match('general', 50, 90)], new Map([['specific', ['general']]]))).toHaveLength(2);
  });
});

describe('Matcher and claims that give way', () => {
  const matcher = new Matcher(compileIndex(loadClaims().items.map((x) => x.value)));
  const ids = (text: string) => matcher.match(text).map((m) => m.claim);

  it('reads a shooting after "the capitulation" as the Stalingrad claim when the 6th Army is named', () => {
    expect(ids('Hardly anyone from the 6th Army came home. After the capitulation most of them were simply shot by the NKVD.')).toEqual(['stalingrad-pows-shot']);
    expect(ids('Von der 6. Armee kam kaum einer zurück. Nach der Kapitulation hat man die meisten einfach erschossen.')).toEqual(['stalingrad-pows-shot']);
  });

  it('reads German prisoners starved by Eisenhower as the Eisenhower claim, not a Soviet policy', () => {
    expect(ids('Ike had roughly a million German POWs starved to death after the surrender, on purpose.')).toEqual(['bacque-eisenhower-million']);
  });
});
