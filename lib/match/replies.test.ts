import { describe, expect, it } from 'vitest';
import { loadClaims } from '../../claims-db/load';
import { compileIndex } from './compile';
import { Matcher } from './matcher';

// How the matcher reads comment sections and forum threads (thread.ts, pending.ts).
const matcher = new Matcher(compileIndex(loadClaims().items.map((x) => x.value)));
const ids = (text: string) => matcher.match(text).map((m) => m.claim);

const CLAIM = 'The Germans captured at least 1.5 million Soviet soldiers in 1941.';

describe('Matcher and a reply below a post', () => {
  it('drops a claim that the reply under it corrects, across the author line and action bar', () => {
    const correction = 'Not even close. Soviet soldiers captured by the Germans numbered about 5.7 million over the war.';
    expect(ids(`tom_r · 2 years ago\n${CLAIM}\n\nReply\n\nElena V. · 2 years ago\n${correction}`)).toEqual([]);
    expect(ids(`u/ostfront • 4h\n${CLAIM} Look it up.\n\n▲ 3 ▼ Reply\n\nu/archivist • 3h\n${correction}`)).toEqual([]);
    // Without the thread around them, the two paragraphs are one writer's.
    expect(ids(`${CLAIM} Look it up.\n\n${correction}`)).toEqual(['soviet-pows-1-5-million']);
  });

  it('drops it when the reply opens by disagreeing or says there is no source', () => {
    expect(ids(`tom_r · 2 years ago\n${CLAIM}\n\nElena V. · 2 years ago\n@tom_r Nope. Read Streit or Overmans.`)).toEqual([]);
    expect(ids(`tom_r · 2 years ago\n${CLAIM}\n\nElena V. · 2 years ago\nNot even close. Read Streit or Overmans.`)).toEqual([]);
    expect(ids(`tom_r\n${CLAIM}\nGefällt mir · Antworten · 2 J.\n\nUlla K.\nZitat: „1.5 million“\nDas stimmt so nicht. Lies mal Streit.`)).toEqual([]);
    expect(ids(`Beitrag von kurt_44 » 03.09.2012, 17:44\nDie Wehrmacht hat 1941 mindestens 1,5 Millionen Rotarmisten gefangen genommen.\n\nBeitrag von Ulla » 03.09.2012, 18:02\nDafür gibt es keine Quelle, das waren viel mehr.`)).toEqual([]);
  });

  it('drops it when the reply denies it beside what the claim excludes', () => {
    const post = 'Andy B. · 2 years ago\nAfter Stalingrad the Soviets recruited German POWs to fight in the Red Army against Hitler.\nReply\n\n';
    expect(ids(`${post}Marta Z. · 2 years ago\n@Andy B. They recruited them for propaganda leaflets, not for combat units.`)).toEqual([]);
  });

  it('keeps the claim when the reply agrees, or only talks about something else', () => {
    expect(ids(`tom_r · 2 years ago\n${CLAIM}\n\nReply\n\nElena V. · 2 years ago\nNever thought about it that way. My grandfather was in Kiev that year.`)).toEqual(['soviet-pows-1-5-million']);
    expect(ids(`tom_r · 2 years ago\n${CLAIM}\n\nElena V. · 2 years ago\nNo idea, but the museum in Kiev is worth a visit.`)).toEqual(['soviet-pows-1-5-million']);
  });

  it('reads a reply as answering the post right above it, not one further up', () => {
    const thread = `tom_r · 2 years ago\n${CLAIM}\n\nReply\n\nmaria_k · 2 years ago\nDresden lost 250,000 people in one night.\n\nReply\n\nElena V. · 2 years ago\n@maria_k No. The historians' commission counted up to 25,000 dead.`;
    expect(ids(thread)).toEqual(['soviet-pows-1-5-million']);
  });

  it('does not let a later post that names what the claim excludes drop a reported claim', () => {
    const thread =
      'Dave M.February 9, 2025 at 6:04 pm\nWhole German divisions went over to the Red Army after Stalingrad and fought against Hitler, my uncle used to say. Hundreds of thousands of them, apparently.\n\nReplyLink\n\n' +
      'Anna S.February 10, 2025 at 9:27 am\nFor context: about 5.7 million Soviet soldiers were captured by the Germans, and roughly 3.3 million of them died in captivity.';
    expect(ids(thread)).toContain('axis-mass-defection');
  });
});
