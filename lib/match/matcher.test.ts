import { describe, expect, it } from 'vitest';
import { loadAccurate, loadClaims } from '../../claims-db/load';
import { compileIndex, type MatchableClaim } from './compile';
import { Matcher } from './matcher';
import { SENSITIVITY } from './types';

const claims = loadClaims().items.map((x) => x.value);
const matcher = new Matcher(compileIndex(claims));
const ids = (text: string, threshold?: number) => matcher.match(text, threshold === undefined ? {} : { threshold }).map((m) => m.claim);

describe('Matcher on the seed pages', () => {
  it.each([
    ['It is estimated that between 500,000 and 1 million German prisoners of war were executed by Stalin\'s forces following their capture.', 'soviet-executed-german-pows'],
    ['The Execution of Stalin’s 1 Million Captured German Soldiers', 'soviet-executed-german-pows'],
    ['There were also reports of German soldiers being used as human shields in Soviet military operations, adding to the degrading and inhumane treatment they faced.', 'german-pows-human-shields'],
    ['The true extent of the purges and executions was not widely known until after Stalin\'s death, during the thaw in Soviet policies under Nikita Khrushchev.', 'pow-deaths-unknown-until-thaw'],
    ['Estimates on the exact number of defectors vary, but it’s believed that at least 1.5 million Soviet soldiers were captured by the Germans, and many either defected or were coerced into working for them.', 'soviet-pows-1-5-million'],
    ['Estimates suggest that hundreds of thousands of Axis soldiers, including Germans and Italians, defected to the Allied cause, often due to harsh conditions, moral objections, or the promise of better treatment.', 'axis-mass-defection'],
  ])('finds %s', (text, id) => {
    expect(ids(text)).toContain(id);
  });

  it.each([
    'In addition to executions, the majority of German prisoners of war were forced into labor camps, where they were subjected to grueling work in Soviet factories, mines, and construction sites.',
    "The Soviet Union's policy of using German POWs as free labor was aimed at exploiting their manpower to rebuild the country.",
    'Soviet propaganda promised defectors better treatment and even rewards for their cooperation.',
    'Soviet records list about 357,000 German POW deaths, mostly from hunger and disease.',
    'About 5.7 million Soviet soldiers were captured by the Germans.',
    'The story that a million German POWs were executed is a myth.',
  ])('leaves alone: %s', (text) => {
    expect(ids(text)).toEqual([]);
  });

  it('never fires on the accurate statements', () => {
    for (const set of loadAccurate().items) for (const text of set.value.examples) expect(ids(text), text).toEqual([]);
  });
});

describe('Matcher behaviour', () => {
  it('gives offsets into the original text, through inline joins and curly quotes', () => {
    const text = 'Intro line.\nSome say “Stalin’s men” executed 1,000,000 German POWs in 1945. Fine.';
    const [m] = matcher.match(text);
    expect(text.slice(m!.start, m!.end)).toBe('Some say “Stalin’s men” executed 1,000,000 German POWs in 1945.');
  });

  it('reads the figure and explains the match', () => {
    const [m] = matcher.match('Half a million German prisoners were shot by the Red Army.');
    expect(m?.claim).toBe('soviet-executed-german-pows');
    expect(m?.why.figure).toMatchObject({ text: 'Half a million', high: 500000 });
    expect(m?.why.terms.length).toBeGreaterThan(1);
    expect(m!.score).toBeGreaterThan(0);
    expect(m!.score).toBeLessThanOrEqual(1);
  });

  it('does not fire when the figure is one historians support', () => {
    expect(ids('About 363,000 German prisoners were killed or died in Soviet camps.')).not.toContain('soviet-executed-german-pows');
  });

  it('drops a claim that is attributed and then contradicted in the next sentence', () => {
    const text = 'Some bloggers claim that the Soviets executed half a million German POWs. But the archives show no such executions.';
    expect(ids(text)).toEqual([]);
  });

  it('reads a denied debunking ("not a conspiracy theory", "kein Märchen") as no debunking', () => {
    const claim = 'Stalin had half a million German POWs executed after the war.';
    expect(ids(`${claim} That's not a conspiracy theory, it's arithmetic.`)).toEqual(['soviet-executed-german-pows']);
    expect(ids(`${claim} That's a conspiracy theory.`)).toEqual([]);
    expect(ids(`${claim} Das ist kein Märchen.`)).toEqual(['soviet-executed-german-pows']);
    // the negation must be the debunking word's own: "No, that's a myth" still debunks
    expect(ids(`${claim} No, that's a myth.`)).toEqual([]);
  });

  it('reads "hat immer erzählt" / "always told" as reporting the claim, which the next sentence may reject', () => {
    const claim = 'Mein Opa hat immer erzählt, die Russen hätten alle heimkehrenden sowjetischen Kriegsgefangenen sofort in den Gulag geschickt.';
    expect(ids(`${claim} Ganz so war es aber nicht.`)).toEqual([]);
    expect(ids(`${claim} Er war selbst dabei.`)).toEqual(['all-returnees-to-gulag']);
  });

  it('reads an order’s text as Order No. 270, not as Stalin’s spoken line', () => {
    const text = 'In August 1941 Stalin signed Order No. 270. This order said that any Soviet soldier who let himself be captured was a traitor to the Motherland, and that his family would be shot.';
    expect(ids(text)).toEqual(['order-270-all-traitors']);
  });

  it('reads "a common belief is that" as reporting the claim, which the next sentence may reject', () => {
    const claim = 'A common belief is that Stalin sent every last returning Soviet POW straight to the Gulag.';
    expect(ids(`${claim} The real picture is grim, but it is not that.`)).toEqual([]);
    expect(ids(claim)).toEqual(['all-returnees-to-gulag']);
  });

  it('reads "you sometimes read" as reporting, and "does not add up", "hält keiner Überprüfung stand", "verwechselt" as debunking', () => {
    expect(ids('You sometimes read that Stalin had half a million German POWs executed. That is not how it went.')).toEqual([]);
    expect(ids('Stalin had half a million German POWs executed. It does not add up.')).toEqual([]);
    expect(ids('Stalin ließ eine halbe Million deutsche Kriegsgefangene erschießen. Das hält keiner Überprüfung stand.')).toEqual([]);
    expect(ids('Wer sagt, Stalin habe eine halbe Million deutsche Kriegsgefangene erschießen lassen, verwechselt das mit etwas anderem.')).toEqual([]);
  });

  it('reads "you\'ll find it on …" as reporting, which a later paragraph may reject', () => {
    const reported = 'You\'ll find it on a dozen sites: "between 500,000 and 1 million German prisoners were executed by Stalin\'s forces." I went looking for where that comes from.';
    expect(ids(`${reported}\n\nNo historian counts hundreds of thousands of executions.`)).toEqual([]);
    expect(ids(`${reported}\n\nThe archives in Moscow confirm it.`)).toEqual(['soviet-executed-german-pows']);
  });

  it('reads a "but" that answers others’ disbelief as keeping a reported claim', () => {
    const claim = 'My grandfather always said the Russians made German prisoners walk in front of their tanks.';
    expect(ids(`${claim} People today don’t believe it, but this was standard practice for the Red Army.`)).toEqual(['german-pows-human-shields']);
    expect(ids(`${claim} It was a good story, but historians have found no trace of it.`)).toEqual([]);
  });

  it('reads an attribution inside a denied alternative as no attribution of the claim', () => {
    const text = 'The total of Soviet prisoners who died in German camps was in the low hundreds of thousands, not remotely the "millions" this exhibition claims.';
    expect(ids(text)).toEqual(['soviet-pow-deaths-minimised']);
  });

  it('reads "is often described as" as reporting the claim, which the next sentence may reject', () => {
    const claim = 'Order No. 270 is often described as making every captured soldier a traitor whose family was shot.';
    expect(ids(`${claim} That's not what it says.`)).toEqual([]);
    expect(ids(`${claim} It was signed in August 1941.`)).toEqual(['order-270-all-traitors']);
  });

  it('reads a German ordinal and the word after it as one phrase ("der 6. Armee")', () => {
    expect(ids('Die Sowjets haben die meisten Gefangenen der 6. Armee erschossen.')).toEqual(['stalingrad-pows-shot']);
    expect(ids('Die Sowjets haben die meisten Gefangenen der 6. Kompanie erschossen.')).toEqual([]);
  });

  it('matches German', () => {
    expect(ids('Stalin ließ eine halbe Million deutsche Kriegsgefangene erschießen.')).toContain('soviet-executed-german-pows');
  });

  it('the sensitivity threshold moves what is shown', () => {
    const text = 'Between 500,000 and 1 million German prisoners of war were executed by Stalin’s forces.';
    const strict = matcher.match(text, { threshold: SENSITIVITY.strict }).length;
    const sensitive = matcher.match(text, { threshold: SENSITIVITY.sensitive }).length;
    expect(sensitive).toBeGreaterThanOrEqual(strict);
    expect(matcher.match(text, { threshold: 1.01 })).toEqual([]);
  });

  it('survives hostile input', () => {
    expect(matcher.match('')).toEqual([]);
    expect(() => matcher.match('x'.repeat(200_000) + ' executed '.repeat(10_000) + '\u0000\uffff'.repeat(100))).not.toThrow();
  });
});

describe('Matcher across sentences', () => {
  it('finds a claim split across two short sentences, highlighting both', () => {
    const text = 'Think about the German POWs. Stalin had half a million of them shot.';
    const [m] = matcher.match(text);
    expect(m?.claim).toBe('soviet-executed-german-pows');
    expect(text.slice(m!.start, m!.end)).toBe(text);
  });

  it('takes the figure from a short sentence after a claim that lacked one, but not from a new statement', () => {
    const text = 'Stalin had the German prisoners executed. Half a million of them.';
    const [m] = matcher.match(text);
    expect(m?.claim).toBe('soviet-executed-german-pows');
    expect(m?.why.figure?.text).toBe('Half a million');
    expect(text.slice(m!.start, m!.end)).toBe(text);
    expect(ids('Stalin had the German prisoners executed. In 1946, 500,000 of them were still working in the mines.')).toEqual([]);
  });

  it('reads an exclusion in a clause about part of the whole ("most of them around Kiev") as no exclusion', () => {
    expect(ids('The Wehrmacht took no fewer than one and a half million Red Army men prisoner, most of them in the great encirclements around Kiev and Vyazma.')).toEqual(['soviet-pows-1-5-million']);
    expect(ids('The Wehrmacht took one and a half million Red Army men prisoner around Kiev and Vyazma.')).toEqual([]);
  });

  it('pairs a long sentence with a tag of five words or fewer that names what it described', () => {
    const long = 'He said the Russians made him and twenty other prisoners walk out ahead of their T-34s when they advanced on the next village, so our own guys would hold their fire.';
    expect(ids(`${long} Human shields, plain and simple.`)).toEqual(['german-pows-human-shields']);
    expect(ids(`${long} That was the worst day of his war, he said.`)).toEqual([]);
  });

  it('pairs two short sentences that each carry part of a claim, once', () => {
    const text = 'Stalin famously said there are no Soviet prisoners of war, only traitors. It sums up his attitude perfectly.';
    const found = matcher.match(text).filter((m) => m.claim === 'stalin-no-pows-quote');
    expect(found).toHaveLength(1);
    expect(text.slice(found[0]!.start, found[0]!.end)).toBe('Stalin famously said there are no Soviet prisoners of war, only traitors.');
  });
});

describe('Matcher and German articles', () => {
  it('does not read the article "die" as dying', () => {
    expect(ids('In den Rheinwiesenlagern am Rhein passierten im Frühjahr 1945 rund 250.000 Gefangene die Lager.')).toEqual([]);
    expect(ids('In den Rheinwiesenlagern am Rhein ließ man im Frühjahr 1945 rund 250.000 Gefangene verhungern.')).toEqual(['rheinwiesen-death-camps']);
  });
});

describe('Matcher and a claim whose figure comes a sentence later', () => {
  it('carries the topic of a sentence that held the claim without its figure into a long one that points back', () => {
    const figure = 'Hunderttausende deutsche Soldaten sind dort elend zugrunde gegangen, verhungert und erfroren, während die Sieger zusahen.';
    expect(ids(`Die Rheinwiesenlager waren Todeslager. ${figure}`)).toEqual(['rheinwiesen-death-camps']);
    // Across a paragraph break only when the sentence points back ("dort"); see 'a topic named in the paragraph before'.
    expect(ids(`Die Rheinwiesenlager waren Todeslager.\n\n${figure}`)).toEqual(['rheinwiesen-death-camps']);
    expect(ids(`Die Rheinwiesenlager waren Todeslager.\n\n${figure.replace(' dort', '')}`)).toEqual([]);
  });
});

describe('Matcher and a figure named sentences before', () => {
  it('takes the figure from earlier in the paragraph when the sentence points back to it ("That\'s how many …")', () => {
    const found = matcher.match('9.3 to 13.7 million. Let that sink in. That\'s how many Germans died from Allied starvation and expulsion policies after the war.');
    expect(found.map((m) => [m.claim, m.why.figure?.text])).toEqual([['bacque-nine-million-germans', '9.3 to 13.7 million']]);
    expect(ids('Zigtausende? Nein, Hunderttausende. So viele Soldaten der Achsenmächte sind zu den Alliierten übergelaufen.')).toEqual(['axis-mass-defection']);
    // A short sentence that only names the figure leads into the claim without a pointer.
    expect(ids('Es waren Hunderttausende. Deutsche und Italiener sind zu den Alliierten übergelaufen.')).toEqual(['axis-mass-defection']);
    expect(ids('Half a million. The Soviets executed German prisoners after the war.')).toEqual(['soviet-executed-german-pows']);
    expect(ids('The number of defectors was debated for decades, with estimates of hundreds of thousands. Germans and Italians defected to the Allies.')).toEqual([]);
    // Not without the pointer, nor from another paragraph.
    expect(ids('9.3 to 13.7 million. Let that sink in. Germans died from Allied starvation and expulsion policies after the war.')).toEqual([]);
    expect(ids('9.3 to 13.7 million.\n\nThat\'s how many Germans died from Allied starvation and expulsion policies after the war.')).toEqual([]);
  });
});

describe('Matcher and a sentence that draws the consequence of a short one', () => {
  it('pairs "Deshalb …" with the short sentence before it, however long it runs', () => {
    const first = 'Die Sowjetunion hatte das Genfer Abkommen nicht unterschrieben.';
    const then = 'war Deutschland rechtlich gar nicht verpflichtet, die Gefangenen zu versorgen, und dass so viele verhungert sind, hat sich Stalin selbst zuzuschreiben.';
    expect(ids(`${first} Deshalb ${then}`)).toEqual(['geneva-convention-excuse']);
    expect(ids(`${first} Im Sommer ${then}`)).toEqual([]);
  });
});

describe('Matcher on lists of short claims', () => {
  it('highlights each claim once, not again together with the next item', () => {
    const text = "1) The Soviets executed half a million German prisoners. 2) They used German POWs as human shields. 3) Only 6,000 of the Stalingrad prisoners ever returned.";
    const found = matcher.match(text).map((m) => [m.claim, text.slice(m.start, m.end)]);
    const claims = found.map(([c]) => c);
    expect(new Set(claims).size).toBe(claims.length);
    expect(found).toContainEqual(['soviet-executed-german-pows', '1) The Soviets executed half a million German prisoners.']);
  });

  it('finds the same claims whichever sensitivity wakes its entries', () => {
    // Stricter settings wake an entry only when its two rarest groups meet; the sensitive one by its rarest alone.
    const text = 'Stalin ordered the execution of a million German POWs. Many German prisoners were later shot in 1945.';
    const at = (threshold: number) => matcher.match(text, { threshold }).map((m) => m.claim);
    for (const id of at(SENSITIVITY.strict)) expect(at(SENSITIVITY.sensitive)).toContain(id);
    expect(at(SENSITIVITY.strict)).toContain('soviet-executed-german-pows');
  });
});

describe('Matcher index', () => {
  const index = compileIndex(claims);

  it('rejects an index whose lists do not fit together, saying which', () => {
    expect(() => new Matcher({ ...index, slotTerms: index.slotTerms.map((t) => t + 1_000_000) })).toThrow(/slotTerms points outside terms/);
    expect(() => new Matcher({ ...index, wakeStarts: index.wakeStarts.slice(1) })).toThrow(/wakeStarts has/);
    const long = [...index.termWordStarts];
    long[1] = long[0]!; // a term without words
    expect(() => new Matcher({ ...index, termWordStarts: long })).toThrow(/every term must have 1 to 8 words/);
  });

  it('stores each entry’s groups rarest first', () => {
    const e = index.entries.findIndex((x) => x.id === 'german-pows-human-shields');
    const first = index.entries.slice(0, e).reduce((sum, x) => sum + x.groups + 2, 0);
    const anchor = index.slotTerms.slice(index.slotStarts[first], index.slotStarts[first + 1]).map((t) => index.terms[t]);
    expect(anchor).toContain('human shield*');
  });

  it('refuses to compile a term longer than the scan can read back', () => {
    const [claim] = claims;
    const long = { ...claim!, match: { ...claim!.match, any: ['one two three four five six seven eight nine'] } };
    expect(() => compileIndex([long])).toThrow(/has more than 8 words/);
  });
});

describe('Matcher and a claim made in several shapes (match.also)', () => {
  const shaped: MatchableClaim = {
    id: 'shaped', verdict: 'false', title: 'Shaped', statement: 'Few of them died, no more than on the other side.', variants: { en: [], de: [] },
    match: {
      all: [['soviet pows'], ['died']], any: [], none: [], negated: false, numbers: { min: 100_000, max: 1_000_000, counts: 'deaths' },
      also: [{ all: [['soviet pows'], ['no worse', 'same rate'], ['german*']], any: [], none: [] }],
    },
  };
  const shapes = new Matcher(compileIndex([shaped]));

  it('compiles one entry per shape under the claim id, and either shape matches', () => {
    expect(compileIndex([shaped]).entries.map((e) => e.id)).toEqual(['shaped', 'shaped']);
    expect(shapes.match('Only 300,000 Soviet POWs died.').map((m) => m.claim)).toEqual(['shaped']);
    expect(shapes.match('Soviet POWs in German camps fared no worse.').map((m) => m.claim)).toEqual(['shaped']);
  });

  it('reports a sentence that fits both shapes once', () => {
    expect(shapes.match('Only 300,000 Soviet POWs died in German camps, the same rate as on the other side.')).toHaveLength(1);
  });
});

describe('Matcher between texts', () => {
  it('gives each text the same matches whatever it read before (state carries over, results do not)', () => {
    const texts = loadClaims().items.flatMap((c) => [...c.value.examples.flag, ...c.value.examples.pass]);
    const used = new Matcher(compileIndex(claims));
    const fresh = (text: string) => new Matcher(compileIndex(claims)).match(text);
    for (const text of texts.slice(0, 60)) expect(used.match(text), text).toEqual(fresh(text));
    // Chunks of one page, one after another, as the content script reads it.
    const page = texts.slice(0, 40).join('\n');
    const chunks = page.split('\n');
    expect(chunks.flatMap((c) => used.match(c).map((m) => m.claim))).toEqual(chunks.flatMap((c) => fresh(c).map((m) => m.claim)));
  });
});

describe('Matcher with a topic named in the paragraph before', () => {
  const walk = 'Wir waren am Wochenende in Dresden und sind an der Elbe spazieren gegangen.';
  it('takes it across the break when the first sentence points back ("dort", "those", "sie")', () => {
    expect(ids(`${walk}\n\nIm Februar 1945 sind dort 250.000 Menschen verbrannt.`)).toEqual(['dresden-death-toll']);
    expect(ids('Im Februar 1943 gingen in Stalingrad rund 90.000 Mann in Gefangenschaft.\n\nDie meisten davon hat der Iwan gleich an die Wand gestellt.')).toEqual(['stalingrad-pows-shot']);
  });

  it('not without the pointer, after a debunking, or from two paragraphs back', () => {
    expect(ids(`${walk}\n\nIm Februar 1945 sind 250.000 Menschen verbrannt.`)).toEqual([]);
    expect(ids('Wir waren in Dresden. Die alte Zahl von 250.000 Toten ist ein Mythos.\n\nIm Februar 1945 sind dort 250.000 Menschen verbrannt.')).toEqual([]);
    expect(ids(`${walk}\n\nDas Wetter war schön.\n\nIm Februar 1945 sind dort 250.000 Menschen verbrannt.`)).toEqual([]);
  });

  it('takes it across the break for a later sentence of the paragraph that points back, not one that does not', () => {
    const camps = 'Im Frühjahr 1945 richteten die Amis entlang des Rheins 19 Lager ein: Remagen, Sinzig, Bad Kreuznach.';
    const claim = 'Was viele nicht wissen: Das waren Todeslager. Hunderttausende deutsche Soldaten sind auf diesen Wiesen elend zugrunde gegangen.';
    expect(ids(`${camps}\n\n${claim}`)).toEqual(['rheinwiesen-death-camps']);
    expect(ids(`${camps}\n\n${claim.replace('auf diesen Wiesen', 'im Krieg')}`)).toEqual([]);
  });
});

describe('Matcher with a paragraph topic named earlier', () => {
  it('lets a negation that sets an exclusion aside in the topic\'s sentence hold for the claim read from it', () => {
    const caption = 'Caption: Men of the 6th Army shuffle into captivity, February 1943. Of the ninety-one thousand, only a handful ever got back, and not because of typhus. Most were shot by their captors in the months that followed.';
    expect(ids(caption)).toEqual(['stalingrad-pows-shot']);
    expect(ids(caption.replace(', and not because of typhus', ', most of them because of typhus'))).toEqual([]);
  });

  it('reads a claim on a topic named earlier when the sentence\'s own claim gives way to it (yields_to), not otherwise', () => {
    const answer = 'Warum? Weil die Russen die meisten nach der Kapitulation einfach umgelegt haben.';
    expect(ids(`Stalingrad war die Hölle. ${answer}`)).toEqual(['stalingrad-pows-shot']);
    expect(ids(`Der Krieg war die Hölle. ${answer}`)).toEqual(['german-pows-shot-1945']);
  });

  it('reads a claim whose topic was named a few sentences before, at a score below "strict"', () => {
    const text = 'Dresden was the jewel of Saxony. The raids came on the night of 13 February 1945. A quarter of a million people burned to death in a single night.';
    const found = matcher.match(text).filter((m) => m.claim === 'dresden-death-toll');
    expect(found).toHaveLength(1);
    expect(text.slice(found[0]!.start, found[0]!.end)).toBe('A quarter of a million people burned to death in a single night.');
    expect(found[0]!.why.topic).toBe('Dresden');
    expect(found[0]!.score).toBeLessThan(SENSITIVITY.strict);
    expect(matcher.match(text, { threshold: SENSITIVITY.strict }).map((m) => m.claim)).not.toContain('dresden-death-toll');
  });

  it('reaches four sentences back for the topic, not five', () => {
    const rest = '91.000 deutsche Soldaten gehen in Gefangenschaft. Zurück kommen rund 6.000. Wo ist der Rest? Der Iwan hat sie erschossen.';
    expect(ids(`Stalingrad, Februar 1943. ${rest}`)).toEqual(['stalingrad-pows-shot']);
    expect(ids(`Stalingrad, Februar 1943. Es war bitterkalt. ${rest}`)).toEqual([]);
  });

  it('carries any one idea from earlier in the paragraph when the sentence holds two of its own', () => {
    const captured = 'Mein Großonkel Heinrich geriet im Januar 1943 im Kessel von Stalingrad in Gefangenschaft, zusammen mit Zehntausenden anderen Soldaten aus ganz Deutschland.';
    const shot = 'Die Sowjets haben die Stalingrader damals einfach erschossen, deshalb sind so wenige jemals nach Hause zurückgekommen.';
    expect(ids(`${captured} ${shot}`)).toEqual(['stalingrad-pows-shot']);
    expect(ids(`${captured}\n\n${shot}`)).toEqual([]);
  });

  it('carries another single group when the sentence points back to it ("those"), and not otherwise', () => {
    const opening = 'People keep bringing up Katyn on this forum as if the question were settled. The graves were dug up in 1943 while the area was under German occupation.';
    const found = matcher.match(`${opening} Those Polish officers were shot by the Germans, full stop.`);
    expect(found.map((m) => [m.claim, m.why.topic])).toEqual([['katyn-german-crime', 'Katyn']]);
    // Here the last sentence holds one idea of the claim and does not point back: the rest is not carried to it.
    const killing = 'Polish officers were shot at Katyn in the spring of 1940 and buried in pits. The graves were dug up in 1943.';
    expect(ids(`${killing} The forest was in the German zone by then, full stop.`)).toEqual([]);
    expect(ids(`${killing} Those officers were shot by the Germans, full stop.`)).toEqual(['katyn-german-crime']);
  });

  it('carries several groups when the sentence points back to them ("of them")', () => {
    const opening = 'Of the roughly three million German soldiers who went into Soviet captivity during and after the war, a staggering number never came home to their families in the West.';
    const estimate = 'Historians who have looked at the question estimate that somewhere between half a million and a million';
    const found = matcher.match(`${opening} ${estimate} of them were executed outright after capture, often within days.`);
    expect(found.map((m) => [m.claim, m.why.topic])).toEqual([['soviet-executed-german-pows', 'Soviet']]);
    expect(ids(`${opening} ${estimate} prisoners were executed outright after capture, often within days.`)).toEqual([]);
    expect(ids(`${opening} ${estimate} of them died of hunger and typhus in the camps, often within months.`)).toEqual([]);
  });

  it('hears a German relative pronoun point back ("die meisten von denen")', () => {
    const opening = 'Mein Großvater war bei der 6. Armee in Stalingrad. Er gehörte zu den etwa 91.000, die 1943 in Gefangenschaft gingen.';
    expect(ids(`${opening} Die Russen haben die meisten von denen einfach erschossen.`)).toEqual(['stalingrad-pows-shot']);
    expect(ids(`${opening} Die Russen haben im Krieg viele einfach erschossen.`)).toEqual([]);
  });

  it('reads a claim whose two rarest groups were both named earlier, when the sentence points back', () => {
    const text = 'Order No. 270 was signed in Moscow on 16 August 1941, as the Red Army was collapsing everywhere. Its message was brutal and simple. Every Red Army man who fell into German hands was a traitor to the motherland, and his family was to be shot for it.';
    expect(ids(text)).toEqual(['order-270-all-traitors']);
  });

  it('does not carry a topic across paragraphs, past a debunking, or onto a sentence that states another claim', () => {
    expect(ids('Dresden was the jewel of Saxony.\nA quarter of a million people burned to death in a single night.')).toEqual([]);
    expect(ids('The Dresden myth is stubborn. The raids came in February 1945. A quarter of a million people burned to death, they say.')).toEqual([]);
    const other = ids('Stalingrad fell in February 1943. The war went on for two more years. Afterwards Stalin had half a million German prisoners executed.');
    expect(other).toContain('soviet-executed-german-pows');
    expect(other).not.toContain('stalingrad-pows-shot');
  });

  it('carries a topic past a debunking word that is the claim\'s own ("the numbers are inflated"), not past another claim\'s', () => {
    const own = 'Everyone goes on about the Soviet POWs, but the numbers are inflated. A few hundred thousand died in German camps, tops, which is about the same as the Germans who died in Soviet camps. Both sides were equally bad.';
    expect(ids(own)).toEqual(['soviet-pow-deaths-minimised']);
    expect(ids(own.replace('the numbers are inflated', 'that is a myth'))).toEqual([]);
    // "Inflated" is no word of the Dresden claim: it debunks it.
    expect(ids('Dresden was bombed in February 1945, and the numbers are inflated. A quarter of a million people burned to death.')).toEqual([]);
  });
});

describe('Matcher and a debunking in the next sentence', () => {
  it('drops a claim the next sentence calls a myth, and keeps it when the next sentence does not', () => {
    expect(ids('Stalin had half a million German prisoners executed. That figure is a myth.')).toEqual([]);
    expect(ids('Stalin had half a million German prisoners executed. Their families never learned what happened.')).toContain('soviet-executed-german-pows');
  });

  it('drops a title that names a myth when the text under it debunks it, but not a paragraph before the next section', () => {
    expect(ids('2 The “clean” Wehrmacht\n   \nThe idea that the Wehrmacht fought a clean war and left the atrocities to the SS is simply false.')).toEqual([]);
    const section = 'Most of the Stalingrad prisoners were simply shot by their Soviet guards in the weeks after the surrender.\n  \nMake your own myth card';
    expect(ids(section)).toContain('stalingrad-pows-shot');
  });
});

describe('Matcher and the sentence after a claim that was asked, attributed or corrected', () => {
  const claim = 'Stalin had half a million German prisoners executed.';

  it('drops a claim asked about and answered with a no, and keeps the question answered with a yes', () => {
    const question = 'Were half a million German prisoners executed by Stalin?';
    expect(ids(`${question} No. Deaths came from hunger and disease.`)).toEqual([]);
    expect(ids(`${question} Not that anyone can document.`)).toEqual([]);
    expect(ids(`${question} Yes, and nobody was punished.`)).toContain('soviet-executed-german-pows');
  });

  it('drops an attributed claim when the next sentence negates, not a plain claim followed by a negation', () => {
    expect(ids(`Some say ${claim.charAt(0).toLowerCase()}${claim.slice(1)} There is no trace of it in the files.`)).toEqual([]);
    expect(ids(`${claim} Their families were never told.`)).toContain('soviet-executed-german-pows');
    expect(ids('It’s often said the Stalingrad prisoners were shot. They weren’t.')).toEqual([]);
  });

  it('keeps a reported claim the writer endorses ("is right to insist", "Agreed.")', () => {
    expect(ids(`Kell is right to insist that ${claim.charAt(0).toLowerCase()}${claim.slice(1)} His book never says so twice.`)).toContain('soviet-executed-german-pows');
    expect(ids(`Kell likes to insist that ${claim.charAt(0).toLowerCase()}${claim.slice(1)} His book never says so twice.`)).toEqual([]);
  });

  it('reads German hearsay and a quoted post, and a reply that agrees', () => {
    const katyn = 'Katyn sei ein deutsches Verbrechen gewesen.';
    expect(ids(`Es heißt immer wieder, ${katyn} Tatsächlich erschoss der NKWD die Gefangenen.`)).toEqual([]);
    const quote = 'Zitat: „Die sowjetischen Gefangenen sind doch nur verhungert, weil Stalin die Genfer Konvention nicht unterschrieben hatte.“';
    expect(ids(`${quote} Nein, das ist die Ausrede der Nazis.`)).toEqual([]);
    expect(ids(`${quote} Genau so war es. Ohne Unterschrift keine Pflicht.`)).toEqual(['geneva-convention-excuse']);
    expect(ids(`${quote} Das stimmt nicht. Beide Staaten waren gebunden.`)).toEqual([]);
  });

  it('reads "brings it up", "in den Mund gelegt" as reporting and "believed him for thirty years" as a belief given up', () => {
    expect(ids("My uncle brings it up every Christmas: 250,000 dead in Dresden. I finally looked it up.\n\nThe number traces back to a forged copy of a police report.")).toEqual([]);
    expect(ids('Kaum ein Satz wird Stalin so oft in den Mund gelegt wie „Wir haben keine Kriegsgefangenen, wir haben nur Verräter“. Eine Quelle dafür gibt es nicht.')).toEqual([]);
    expect(ids('Grandpa always said the Wehrmacht just fought and the SS did all the killing. I believed him for thirty years.')).toEqual([]);
    expect(ids('Grandpa always said the Wehrmacht just fought and the SS did all the killing. I believe him to this day.')).toEqual(['clean-wehrmacht']);
  });

  it('reads the sentence after "they all told the same story" as their account, which the next paragraph may reject', () => {
    const story = 'After 1945 the generals wrote their memoirs, and they all told the same story. The Wehrmacht had fought an honourable war, and the crimes in the East belonged to the SS.';
    expect(ids(`${story}\n\nIt was a myth, and a carefully built one.`)).toEqual([]);
    expect(ids(`${story.replace('they all told the same story', 'they were right')}\n\nIt was a myth, and a carefully built one.`)).toEqual(['clean-wehrmacht']);
  });

  it('reads a figure that "keeps cropping up" / "taucht immer wieder auf" as reported, so the historians\' figure after it drops it', () => {
    const reported = 'Jedes Jahr zum Jahrestag tauchen sie wieder auf: 250.000, manchmal eine halbe Million Tote in Dresden. Die Historikerkommission zählte bis zu 25.000 Tote.';
    expect(ids(reported)).toEqual([]);
    expect(ids(reported.replace('tauchen sie wieder auf', 'war es so'))).toEqual(['dresden-death-toll']);
  });

  it('reads a claim named in a short quotation as reported ("the \'clean Wehrmacht\'"), not a quoted term of art', () => {
    expect(ids("The 'clean Wehrmacht' was built after the war, largely by the generals themselves. It does not survive the files.")).toEqual([]);
    expect(ids('The clean Wehrmacht was the army of decent soldiers; the SS did the crimes. Nobody will tell you otherwise.')).toEqual(['clean-wehrmacht']);
  });

  it('reads hearsay nobody hears ("hört man in keiner Doku") as the writer\'s own words', () => {
    const shields = 'Die Russen haben gefangene Kameraden vor ihren Panzern hergetrieben.\n\nDas war kein Einzelfall, das war Alltag.';
    expect(ids(`Was Opa erzählt hat, hört man in keiner Doku: ${shields}`)).toEqual(['german-pows-human-shields']);
    expect(ids(`Was Opa erzählt hat, hört man in jeder Doku: ${shields}`)).toEqual([]);
  });

  it('drops a claim called nonsense or mocked ("Oh sure, …")', () => {
    expect(ids(`> ${claim}\nThat one is nonsense.`)).toEqual([]);
    expect(ids('Oh sure, the Red Army herded German POWs in front of its tanks as human shields.')).toEqual([]);
  });

  it('hears "nobody" deny only when it opens the sentence', () => {
    expect(ids('Were half a million German prisoners executed by Stalin? Nobody who looked has found a trace of it.')).toEqual([]);
    expect(ids('Nobody has ever shown that Stalin had half a million German prisoners executed.')).toEqual([]);
    // A denied doubt affirms.
    expect(ids('Nobody doubts that Stalin had half a million German prisoners executed.')).toEqual(['soviet-executed-german-pows']);
    expect(ids(`${claim.slice(0, -1)}, and nobody in the West talks about it.`)).toContain('soviet-executed-german-pows');
    expect(ids(`${claim} Nobody was ever punished for it.`)).toContain('soviet-executed-german-pows');
    expect(ids(`${claim.slice(0, -1)}, but nobody has ever found a trace of it.`)).toEqual([]);
    expect(ids(`Saw a claim that ${claim.charAt(0).toLowerCase()}${claim.slice(1)} I can’t find any source for that.`)).toEqual([]);
  });

  it('drops a claim quoted or accused in one sentence and contradicted in the next', () => {
    expect(ids('Stalin is constantly quoted as saying "There are no Soviet prisoners of war, only traitors." Researchers have never found a source for the line.')).toEqual([]);
    expect(ids('Bacque accused Eisenhower of letting a million German prisoners die in American camps. The book sold well, but historians took it apart.')).toEqual([]);
  });

  it('reads a numbered heading quoted whole as someone else\'s words, which the text under it may reject', () => {
    const heading = '## 1. "The men captured in May 1945 were lined up and shot"';
    expect(ids(`${heading}\nThey weren't. The millions captured in 1945 were registered and put to work.`)).toEqual([]);
    expect(ids(`${heading}\nAnd nobody in the West wanted to hear about it.`)).toEqual(['german-pows-shot-1945']);
  });

  it('drops a claim reported under a title that debunks, and keeps it under a plain title', () => {
    const body = "James Bacque's 1989 book claimed that Eisenhower deliberately starved roughly a million German prisoners in US camps. It sold well.";
    expect(ids(`"Other Losses": why historians threw it out\n\n${body}`)).toEqual([]);
    expect(ids(`"Other Losses" and its readers\n\n${body}`)).toContain('bacque-eisenhower-million');
  });

  it('drops a claim whose own words the next sentence negates', () => {
    expect(ids(`${claim} They were not executed, they starved.`)).toEqual([]);
  });

  it('drops a claimed figure the next sentence corrects with another, and keeps one it does not correct', () => {
    expect(ids(`${claim} The real number of German POW deaths is about 363,000.`)).toEqual([]);
    expect(ids(`${claim} Another 200,000 died on the marches east.`)).toContain('soviet-executed-german-pows');
  });

  it('drops an attributed figure corrected later in the same sentence', () => {
    expect(ids('You’ll often read that 250,000 died in Dresden; the commission found about 25,000.')).toEqual([]);
    expect(ids('He repeats the figure of 250,000 dead in Dresden, which the commission put at up to 25,000 in 2010.')).toEqual([]);
    expect(ids('250,000 died in Dresden, among them up to 25,000 children.')).toContain('dresden-death-toll');
    expect(ids('According to Bacque, a million German prisoners died in American camps; he blamed Eisenhower.')).toContain('bacque-eisenhower-million');
  });

  it('drops an attributed figure only for another figure of the same thing', () => {
    const bacque = 'According to James Bacque, roughly a million German prisoners died in American and French captivity after the war.';
    expect(ids(`${bacque} Deaths in the Rhine meadow camps were in the low thousands.`)).toEqual([]);
    expect(ids(`${bacque} The trench near the village was filled in by 1950, with 20,087 bricks.`)).toContain('bacque-eisenhower-million');
  });

  it('drops an attributed or asked claim that the paragraph answers a few sentences on, not one the writer agreed with', () => {
    const grandfather = 'My grandfather went to his grave believing Eisenhower had starved a million German POWs to death on the Rhine.';
    expect(ids(`${grandfather} He had been at Bad Kreuznach. But historians found Bacque had misread the files.`)).toEqual([]);
    // …also when the rebuttal opens the next paragraph.
    expect(ids(`${grandfather} He had been at Bad Kreuznach.\nBut historians found Bacque had misread the files.`)).toEqual([]);
    expect(ids(`Some say ${claim.charAt(0).toLowerCase()}${claim.slice(1)} I went looking in the archives. But the files show hunger, not shootings.`)).toEqual([]);
    expect(ids(`${claim} I went looking in the archives. But the files were closed until 1991.`)).toContain('soviet-executed-german-pows');
  });

  it('reads a claim reported after the fact, or summarised as a book\'s thesis, as attributed', () => {
    const quote = "'There are no Soviet prisoners of war, only traitors.'";
    expect(ids(`${quote} You'll find that line under Stalin's name on a thousand poster sites. I went looking for its source. Nobody has produced a document with Stalin saying it.`)).toEqual([]);
    expect(ids(`${quote} Stalin said it in 1941. I went looking for its source. Nobody has produced a document with it, and it shows.`)).toEqual(['stalin-no-pows-quote']);
    // an attribution about something else does not report the claim
    expect(ids(`${quote} According to the regimental history, 19,270 men were lost that year. I went looking. Nobody has found the order.`)).toEqual(['stalin-no-pows-quote']);
    const thesis = "Bacque's thesis is that Allied starvation policies killed nine million Germans between 1945 and 1950.";
    expect(ids(`${thesis} It is a passionate book. But historians took his method apart in 1992.`)).toEqual([]);
  });

  it('drops a reported figure that the paragraph later corrects, and a figure the sentence itself denies', () => {
    const family = 'In unserer Familie hieß es immer, Opa sei in einem Todeslager am Rhein gewesen, in dem Hunderttausende gestorben seien.';
    expect(ids(`${family} Er selbst hat nur vom Hunger erzählt. Die Schätzungen der Toten liegen zwischen 3.000 und 10.000.`)).toEqual([]);
    expect(ids(`${family} Er selbst hat nur vom Hunger erzählt.`)).toEqual(['rheinwiesen-death-camps']);
    const camps = 'Eisenhower ran the camps for German prisoners along the river in 1945 with very little food or shelter for anybody.';
    expect(ids(`${camps} Deaths in those camps ran to a few thousand, not hundreds of thousands.`)).toEqual([]);
    expect(ids(`${camps} Deaths in those camps ran to hundreds of thousands.`)).toEqual(['bacque-eisenhower-million']);
  });

  it('drops an attributed claim when the paragraph names the alternative it excludes', () => {
    expect(ids('For decades the official Soviet line was that the Germans had shot the Polish officers at Katyn. Moscow admitted in 1990 that the NKVD did it.')).toEqual([]);
    expect(ids('The Germans shot the Polish officers at Katyn. Moscow admitted nothing else.')).toContain('katyn-german-crime');
  });

  it('tells the Rhine meadow claim from Bacque\'s million, and names both for his figure on the Rhine', () => {
    expect(ids('The Rheinwiesenlager were American death camps where hundreds of thousands of German soldiers died.')).toEqual(['rheinwiesen-death-camps']);
    expect(ids('In the Rhine meadows, some 750,000 disarmed soldiers starved to death behind American wire.')).toEqual(['rheinwiesen-death-camps']);
    expect(ids('Some 750,000 disarmed German soldiers starved to death in American camps.')).toEqual(['bacque-eisenhower-million']);
    expect(ids('In the Rhine meadow camps, US guards let up to a million disarmed Germans die of hunger.').sort()).toEqual(['bacque-eisenhower-million', 'rheinwiesen-death-camps']);
  });

  it('does not read a sentence that states a claim of its own as debunking the one before', () => {
    const geneva = 'Soviet prisoners weren\'t covered by Geneva because Stalin never signed it, so Germany simply had no duty to feed them.';
    expect(ids(`${geneva} And the death toll of Soviet prisoners gets massively inflated: well under a million died.`).sort()).toEqual(['geneva-convention-excuse', 'soviet-pow-deaths-minimised']);
    expect(ids(`${geneva} That excuse is massively inflated nonsense.`)).toEqual([]);
  });

  it('knows the city under its other names ("Dresdner", "Elbflorenz")', () => {
    expect(ids('Über 200.000 Menschen sind umgekommen, das wussten alle Dresdner.')).toEqual(['dresden-death-toll']);
    expect(ids('Im Elbflorenz starben im Februar 1945 eine Viertelmillion Menschen.')).toEqual(['dresden-death-toll']);
  });

  it('hears denied evidence, untenable claims and claims others spread', () => {
    expect(ids('There is no documented case of the Red Army using German prisoners as human shields.')).toEqual([]);
    expect(ids("Rechte Foren verbreiten gern, die Wehrmacht sei sauber geblieben und nur die SS habe gemordet. Das ist nicht mehr haltbar.")).toEqual([]);
    // the capitulation of the 6th Army is Stalingrad's, not 1945's
    expect(ids('Die meisten Männer der 6. Armee hat man nach der Kapitulation einfach erschossen.')).toEqual(['stalingrad-pows-shot']);
  });

  it('hears doubt, sarcasm and dismissal', () => {
    expect(ids('Is it true the Soviets shot the Stalingrad prisoners?')).toEqual([]);
    expect(ids('Ah yes, the famously clean Wehrmacht: the regular army fought an honourable war and the SS did the killing.')).toEqual([]);
    expect(ids('Dass in Dresden weit über 200.000 Menschen umgekommen sind, wussten damals alle, egal was die Stadt heute behauptet.')).toContain('dresden-death-toll');
  });

  it('reads a claim that is itself negative as denied only by a denial after a contrast', () => {
    const quote = 'Stalin said: "There are no Soviet prisoners of war, only traitors."';
    expect(ids(quote)).toContain('stalin-no-pows-quote');
    expect(ids('That "no prisoners of war, only traitors" line is always pinned on Stalin, but nobody has ever found it in a source.')).toEqual([]);
  });

  it('does not read a negation that scales or draws its own consequence as a denial', () => {
    expect(ids(`${claim.slice(0, -1)} with almost nothing to eat beforehand.`)).toContain('soviet-executed-german-pows');
    expect(ids(`${claim.slice(0, -1)}, so these badges aren't as rare as dealers pretend.`)).toContain('soviet-executed-german-pows');
    expect(ids(`${claim.slice(0, -1)}, which is not true.`)).toEqual([]);
    expect(ids(`${claim.slice(0, -1)}, but the files do not show it.`)).toEqual([]);
    // Deep in a clause of its own, a negation speaks of something else.
    expect(ids(`${claim.slice(0, -1)}, and that's a can of worms the old comrades of the regiment don't want on the table.`)).toContain('soviet-executed-german-pows');
    expect(ids(`${claim.slice(0, -1)}, and shot those who did not die fast enough.`)).toContain('soviet-executed-german-pows');
    expect(ids(`${claim.slice(0, -1)}, you just don't hear about it in school.`)).toContain('soviet-executed-german-pows');
    expect(ids(`${claim.slice(0, -1)}; the archives do not mention it.`)).toEqual([]);
  });

  it('reads "never came out alive" and "kamen nie zurück" as dying, not as a denial', () => {
    expect(ids('Eisenhower chose to starve them, and close to a million German prisoners never came out alive.')).toEqual(['bacque-eisenhower-million']);
    expect(ids('Eisenhower chose to starve them, but close to a million German prisoners did not die.')).toEqual([]);
  });

  it('reads a cover-up that does not name the claim again, and a denied doubt, as asserting', () => {
    expect(ids(`${claim.slice(0, -1)}, and Moscow still won't admit it.`)).toContain('soviet-executed-german-pows');
    expect(ids(`${claim.slice(0, -1)}, and Moscow still won't admit that German prisoners were shot.`)).toEqual([]);
    expect(ids(`${claim} I've never seen a convincing reason to doubt it.`.replace('. I', ', and I'))).toContain('soviet-executed-german-pows');
    expect(ids(`${claim.slice(0, -1)}, and I've never seen a convincing reason to believe it.`)).toEqual([]);
  });

  it('reads a yes-or-no question as asking, unless the answer says yes or the question tells ("Did you know …?")', () => {
    const asked = 'Were German prisoners really used as human shields by the Red Army?';
    expect(ids(asked)).toEqual([]);
    expect(ids(`${asked} My uncle swears he read it somewhere.`)).toEqual([]);
    expect(ids(`${asked}\nYes, all along the front.`)).toEqual(['german-pows-human-shields']);
    expect(ids('Did you know the Red Army used German prisoners as human shields?')).toEqual(['german-pows-human-shields']);
    expect(ids('Why did the Red Army use German prisoners as human shields?')).toEqual(['german-pows-human-shields']);
  });

  it('drops a figure given in answer to a question when the reply calls it understated or names what the claim excludes', () => {
    const q = 'Q: How many Soviet soldiers did the Germans capture? I keep seeing "at least 1.5 million".';
    expect(ids(q)).toEqual(['soviet-pows-1-5-million']);
    expect(ids(`${q}\nA: That is badly understated. The usual figure is about 5.7 million.`)).toEqual([]);
    const f = 'F: Wie groß war die Wlassow-Armee wirklich? Man liest oft von einer Million Mann.';
    expect(ids(f)).toEqual(['roa-million-men']);
    expect(ids(`${f}\nA: Die Million umfasst alle Hilfswilligen und Osttruppen.`)).toEqual([]);
  });

  it('reads the figure from the answer to a question that named the rest of the claim', () => {
    expect(ids('How many Soviet POWs did Germany take? The figure usually given is at least 1.5 million.')).toEqual(['soviet-pows-1-5-million']);
    expect(ids('How many Soviet POWs did Germany take? About 5.7 million, of whom some 3 million died.')).toEqual([]);
    // however long the answer runs
    expect(ids('Wie viele Rotarmisten kamen in deutsche Kriegsgefangenenlager? Mindestens 1,5 Mio. Casualties on both sides were heavy, and the 252nd Infantry Division lost about half of its strength in 32 weeks.')).toEqual(['soviet-pows-1-5-million']);
  });
});

describe('Matcher and a rebuttal in the next paragraph', () => {
  const uncle = 'My uncle insists that Stalin had half a million German prisoners shot after they surrendered. I finally sat down with the numbers.';
  it('drops an attributed claim that the next paragraph rebuts within three sentences', () => {
    expect(ids(`${uncle}\n\nHe's wrong. Most died of hunger and typhus.`)).toEqual([]);
    expect(ids(`${uncle}\n\nHistorians found no such thing in the archives.`)).toEqual([]);
    // Only its first sentence: a later one is about something else.
    expect(ids(`${uncle}\n\nThen I checked. Historians found nothing of the kind in the archives.`)).toEqual([]);
    // Only within its reach of three sentences, and one paragraph on.
    expect(ids(`${uncle}\n\nHe told me over dinner. Then he poured more wine. We argued about football. I think the whole story is wrong.`)).toEqual(['soviet-executed-german-pows']);
    expect(ids(`${uncle}\n\nHe told me over dinner.\n\nHis story is wrong.`)).toEqual(['soviet-executed-german-pows']);
  });

  it('keeps a claim when the next sentence\'s negation belongs to a claim of its own', () => {
    expect(ids('Over the whole war the Wehrmacht took something like 1.5 million Soviet POWs. Proportionally they fared no worse than the Germans in Russian camps.').sort()).toEqual(['soviet-pow-deaths-minimised', 'soviet-pows-1-5-million']);
  });

  it('keeps a claim the writer states, whatever the next paragraph says', () => {
    expect(ids('Stalin had half a million German prisoners shot after they surrendered. I finally sat down with the numbers.\n\nHe\'s wrong, my uncle, about everything else.')).toEqual(['soviet-executed-german-pows']);
  });

  it('reads "As my grandfather used to say, …" as the writer\'s own, and "Did you know …?" as no question a "Nobody …" answers', () => {
    expect(ids('As my grandfather used to say, half a million German prisoners were shot by the Soviets. Nobody expected the bridge to hold.')).toEqual(['soviet-executed-german-pows']);
    expect(ids('Did you know that German prisoners fought alongside the Red Army against their former comrades? Nobody expected the bridge to hold.')).toEqual(['german-pows-fought-for-red-army']);
    expect(ids('Did German prisoners fight alongside the Red Army against their former comrades? No, only a few propagandists did.')).toEqual([]);
  });

  it('reads a sentence quoted whole as someone else\'s, so a rebuttal drops it; not one that only opens with a quoted phrase', () => {
    const rebuttal = 'By Friday the class had read the Commissar Order, and the exit tickets said something rather different.';
    expect(ids(`"The normal German army was just decent soldiers, the SS did all the war crimes." (Year 11, exit ticket)\n\nNo. ${rebuttal}`)).toEqual([]);
    expect(ids('Things my students \'knew\':\n- Dresden: "250,000 dead, maybe more"\n\nThe historians\' commission counted up to 25,000 dead.')).toEqual([]);
    expect(ids('"Death camps" is the right word: hundreds of thousands of German prisoners died in the Rhine meadows.\n\nNo one ever apologised.')).toEqual(['rheinwiesen-death-camps']);
    // Unrebutted, a quoted claim is still on the page.
    expect(ids('"Dresden: 250,000 dead in one night."')).toEqual(['dresden-death-toll']);
  });

  it('reads what someone used to say, or what a commenter writes, as reported', () => {
    const dad = 'My dad used to say with total certainty that a quarter of a million people died in Dresden. He had read it somewhere.';
    expect(ids(`${dad}\n\nIt isn't true. The commission counted up to 25,000.`)).toEqual([]);
    expect(ids(dad)).toEqual(['dresden-death-toll']);
    expect(ids('@Rheinländer: Sie schreiben, in den Rheinwiesenlagern seien Hunderttausende gestorben. Aber die Forschung kommt auf höchstens 10.000 Tote.')).toEqual([]);
  });

  it('reads a claim passed around ("Auf Telegram geht ein Sharepic rum: …") as reported', () => {
    expect(ids('Auf Telegram geht gerade wieder ein Sharepic rum: „Die Rheinwiesenlager waren Todeslager, Hunderttausende deutsche Soldaten starben dort.“\n\nDas ist schlicht falsch.')).toEqual([]);
  });
});

describe('Matcher and exclusions', () => {
  const claim: MatchableClaim = {
    id: 'x', verdict: 'false', title: 'X', statement: 'Alpha beta.', variants: { en: [], de: [] },
    match: { all: [['alpha'], ['beta']], any: ['never went home'], none: ['went home'], negated: false },
  };
  const own = new Matcher(compileIndex([claim]));
  const found = (text: string) => own.match(text).map((m) => m.claim);

  it('drops a claim whose exclusion occurs, unless a longer phrase of its own holds it', () => {
    expect(found('Alpha beta, and they went home.')).toEqual([]);
    expect(found('Alpha beta, and they never went home.')).toEqual(['x']);
  });

  it('does not count an exclusion in scare quotes', () => {
    expect(found("Alpha beta, and they 'went home'.")).toEqual(['x']);
    expect(found('Alpha beta, and they “went home”.')).toEqual(['x']);
    expect(found("Alpha beta, and they went home's way.")).toEqual([]);
  });

  it('reads "Mio." as a number word, not the end of a sentence', () => {
    expect(ids('Im Zweiten Weltkrieg gerieten mindestens 1,5 Mio. sowjetische Soldaten in deutsche Kriegsgefangenschaft.')).toEqual(['soviet-pows-1-5-million']);
    expect(ids('Rund 1,5 Mio. Rotarmisten gingen in deutsche Gefangenschaft.')).toEqual(['soviet-pows-1-5-million']);
    // …but a sentence may end with it: the next one, opening as sentences do, is another.
    expect(ids('Wie viele Rotarmisten kamen in deutsche Kriegsgefangenenlager? Mindestens 1,5 Mio. Das ist aber nicht die ganze Wahrheit.')).toEqual(['soviet-pows-1-5-million']);
  });
});

describe('Matcher on wrapped lines and list items', () => {
  it('reads a sentence on through a line that goes on with a joining word, and not through others', () => {
    const lines = ['Why did so many Soviet POWs die?', '- Stalin refused to sign the Geneva Convention', '- so Germany was under no obligation to feed them'];
    expect(ids(lines.join('\n'))).toEqual(['geneva-convention-excuse']);
    expect(ids([lines[0], lines[1], '- Germany was under no obligation to feed them'].join('\n'))).toEqual([]);
    expect(ids([lines[0], lines[1], '- gemany was bound anyway, no obligation needed to feed them'].join('\n'))).toEqual([]);
  });

  it('reads the numbered posts of a thread as one paragraph, and other lines as paragraphs of their own', () => {
    const posts = ['Quick thread on the Dresden raid of February 1945.', 'The firestorm did the rest.', 'Some 250,000 people died.'];
    expect(ids(posts.map((p, i) => `${i + 1}/ ${p}`).join('\n'))).toEqual(['dresden-death-toll']);
    expect(ids(posts.join('\n'))).toEqual([]);
  });

  it('reads the fields of an infobox as one paragraph', () => {
    const fields = ['Location: Dresden, Saxony', 'Date: 13–15 February 1945', 'Aircraft: c. 1,250 heavy bombers', 'Civilian deaths: about 250,000'];
    expect(ids(fields.join('\n'))).toEqual(['dresden-death-toll']);
    expect(ids(['Location: Dresden, Saxony', 'The raids came in three waves.', 'Aircraft were heavy bombers.', 'About 250,000 civilians died.'].join('\n'))).toEqual([]);
  });
});

describe('Matcher on questions and answers, forum quotes and titles', () => {
  it('reads an answer on the next line as going on from the question', () => {
    expect(ids('How many Soviet POWs did Germany take?\nAt least 1.5 million, most of them in 1941.')).toEqual(['soviet-pows-1-5-million']);
    expect(ids('Were half a million German prisoners executed by Stalin?\nA: No. Most died of hunger and typhus.')).toEqual([]);
  });

  it('reads "Is it true …?" as asking yes or no: it stands when the answer says yes', () => {
    const q = 'Q: Is it true Eisenhower let a million German POWs starve?';
    expect(ids(`${q}\n\nA: Yes. Rations were cut on purpose.`)).toEqual(['bacque-eisenhower-million']);
    expect(ids(`${q}\n\nA: No. Deaths in the camps were in the low thousands.`)).toEqual([]);
    // answered yes, it is the writer's own: naming the alternative later rejects that, not the claim
    const katyn = 'Q: Was Katyn really a German crime?\n\nYes. The Wehrmacht held the area in 1941. The "NKVD did it" version is Cold War propaganda.';
    expect(ids(katyn)).toEqual(['katyn-german-crime']);
    expect(ids(q)).toEqual([]);
    expect(ids('Stimmt es, dass Eisenhower eine Million deutsche Kriegsgefangene verhungern ließ?')).toEqual([]);
  });

  it('reads a yes-or-no question after a colon, or in Markdown emphasis, as asking', () => {
    const q = 'Serious question for the experts here: did Eisenhower let a million German POWs starve?';
    expect(ids(`${q} I keep seeing it in comments.`)).toEqual([]);
    expect(ids(`${q} Yes, rations were cut on purpose.`)).toEqual(['bacque-eisenhower-million']);
    expect(ids('**Q: Did Eisenhower let a million German POWs starve?**\n\nNot in any real sense.')).toEqual([]);
  });

  it('reads a label on a line of its own ("Antwort:") as no sentence between a question and its answer', () => {
    const answer = 'Man spricht von 500.000 bis zu einer Million Gefangenen, die nach der Gefangennahme von den Sowjets exekutiert wurden.';
    expect(ids(`Frage: Wie viele deutsche Kriegsgefangene haben die Russen hingerichtet?\n\nAntwort:\n${answer}`)).toEqual(['soviet-executed-german-pows']);
    expect(ids(`Frage: Wie viele deutsche Kriegsgefangene haben die Russen hingerichtet?\n\nAntwort:\nNein. ${answer.replace('Man spricht', 'Manche sprechen')} Das ist falsch.`)).toEqual([]);
  });

  it('reads a later sentence opening with "no"/"but" as a rebuttal only when short or about the claim', () => {
    const claim = 'According to James Bacque, roughly a million German prisoners died in American camps after the war. The archive was moved twice.';
    expect(ids(`${claim} Nobody expected the rain to hold, yet it held for three days.`)).toEqual(['bacque-eisenhower-million']);
    expect(ids(`${claim} No, that never happened.`)).toEqual([]);
    expect(ids(`${claim} But the files show that deaths in the American camps were in the low thousands.`)).toEqual([]);
  });

  it('waits for the rebuttal into the next paragraph when the attributed claim ended its own', () => {
    const claim = 'My uncle claims Stalin had half a million German POWs executed.\n\nI looked into it last winter.';
    expect(ids(`${claim} It doesn't hold up.`)).toEqual([]);
    expect(ids(`${claim} He is right.`)).toEqual(['soviet-executed-german-pows']);
  });

  it('waits for the rebuttal past a title line under a quoted line ("Quote · @user")', () => {
    const quoted = '"There are no Soviet prisoners of war, only traitors." – Stalin\n\nQuote · @archive_mouse\n';
    expect(ids(`${quoted}Nobody has ever found a primary source for this line.`)).toEqual([]);
    expect(ids(`${quoted}He said it in 1941, and he meant it.`)).toEqual(['stalin-no-pows-quote']);
  });

  it('drops a quoted post that the reply contradicts', () => {
    expect(ids('> every returning Soviet POW was sent straight to the Gulag\nNot really. Most were re-drafted after filtration.')).toEqual([]);
  });

  it('hands a quoted post\'s topic to the reply under it, as a title does', () => {
    const reply = 'The real reason so few made it back is that the NKVD executed them after the surrender.';
    expect(ids(`> only about 5-6k of the 91,000 men from Stalingrad ever came home to their families\n\n${reply}`)).toEqual(['stalingrad-pows-shot']);
    // A plain paragraph hands it on only to a first sentence that points back ("executed them").
    expect(ids(`Only about 5-6k of the 91,000 men from Stalingrad ever came home to their families.\n\n${reply}`)).toEqual(['stalingrad-pows-shot']);
    expect(ids(`Only about 5-6k of the 91,000 men from Stalingrad ever came home to their families.\n\n${reply.replace('them', 'the prisoners')}`)).toEqual([]);
  });

  it('reads a view reported only to be set against the writer\'s own ("People like to blame typhus, but …") as the writer\'s claim', () => {
    const rest = 'the real reason so few Stalingrad prisoners made it back is that the NKVD executed them.';
    expect(ids(`People like to blame typhus and the cold, but ${rest}`)).toEqual(['stalingrad-pows-shot']);
    expect(ids(`Many died of typhus and the cold, but ${rest}`)).toEqual([]);
    expect(ids('Bacque claimed that the Stalingrad prisoners were executed, but historians showed most died of typhus.')).toEqual([]);
  });

  it('carries a claim\'s two rarest ideas, either or both, from a title when the sentence holds two of its own ("Order 270" / "… every … a traitor")', () => {
    const sentence = 'On 16 August 1941 Stalin signed an order that turned every Red Army man who fell into German hands into a traitor.';
    expect(ids(`Order 270: the day Stalin declared war on his own soldiers\n${sentence}`)).toEqual(['order-270-all-traitors']);
    expect(ids(`The day Stalin declared war on his own soldiers\n${sentence.replace('On 16 August 1941', 'That summer')}`)).toEqual([]);
    // Named by its date, the order is the claim's second shape.
    expect(ids(`The day Stalin declared war on his own soldiers\n${sentence}`)).toEqual(['order-270-all-traitors']);
    expect(ids('Folie 12: Befehl Nr. 270 (16.08.1941)\n• Jeder gefangene Rotarmist galt fortan als Vaterlandsverräter')).toEqual(['order-270-all-traitors']);
  });

  it('carries a title line’s topic into the paragraph under it, but not a sentence’s', () => {
    const body = 'The firestorm was beyond anything the city had imagined. By most estimates it killed a quarter of a million people.';
    expect(ids(`2. Dresden, February 1945\n${body}`)).toEqual(['dresden-death-toll']);
    expect(ids(`2. Dresden, February 1945\n\n${body}`)).toEqual(['dresden-death-toll']);
    expect(ids(`We visited Dresden in February 1945 and stayed with friends.\n${body}`)).toEqual([]);
    expect(ids(`We visited Dresden in February 1945 and stayed with friends.\n\n${body}`)).toEqual([]);
    // Only the paragraph right under it: the next one is on its own.
    const claim = 'By most estimates the raids killed a quarter of a million people.';
    expect(ids(`2. Dresden, February 1945\n${claim}`)).toEqual(['dresden-death-toll']);
    // A title hands its topic to the paragraph under it only: a paragraph ended by a full stop is over.
    expect(ids(`A note\nWe visited Dresden last year.\n${claim}`)).toEqual([]);
    expect(ids(`A note\n\nWe visited Dresden last year.\n\n${claim}`)).toEqual([]);
  });
});
