import { describe, expect, it } from 'vitest';
import { loadClaims } from '../../claims-db/load';
import { compileIndex } from './compile';
import { Matcher } from './matcher';

// How the matcher reads negations around the shipped claims (negation.ts).
const matcher = new Matcher(compileIndex(loadClaims().items.map((x) => x.value)));
const ids = (text: string) => matcher.match(text).map((m) => m.claim);

describe('Matcher and a negation that denies an alternative', () => {
  it('keeps a claim whose negation only denies someone else after a clause break', () => {
    expect(ids('It was the Nazis who shot the Polish officers at Katyn, not the NKVD.')).toEqual(['katyn-german-crime']);
    expect(ids('It was the Germans, not the NKVD, who murdered the Polish officers at Katyn.')).toEqual(['katyn-german-crime']);
    expect(ids('Die Deutschen haben die polnischen Offiziere in Katyn erschossen, nicht der NKWD.')).toEqual(['katyn-german-crime']);
  });

  it('drops it when the claim’s own words are what is denied, or the negation is not contrastive', () => {
    expect(ids('It was the Soviets, not the Germans, who shot the Polish officers at Katyn.')).toEqual([]);
    expect(ids('The NKVD shot the Polish officers at Katyn, not the Germans.')).toEqual([]);
    expect(ids('The Germans did not shoot the Polish officers at Katyn.')).toEqual([]);
    expect(ids('The Germans shot the Polish officers at Katyn, not only the NKVD.')).toEqual([]);
  });

  it('keeps a claim whose exclusion stands in a clause that sets it aside ("rather than", "statt")', () => {
    expect(ids('Rather than blaming the NKVD, look at the facts: the Germans shot the Polish officers at Katyn.')).toEqual(['katyn-german-crime']);
    expect(ids('The NKVD and the Germans shot the Polish officers at Katyn.')).toEqual([]);
  });

  it('keeps a claim whose exclusion a negation denies in favour of what follows ("kein …, sondern", "not … but rather")', () => {
    const revenge = 'Das war kein Exzess einzelner Einheiten, sondern kalt berechnete Rache: Moskau wollte die Gefangenen vernichten.';
    expect(ids(revenge)).toEqual(['soviet-extermination-policy-german-pows']);
    expect(ids('It was not the work of individual guards but rather a deliberate policy: Moscow wanted revenge and set out to exterminate the prisoners.')).toEqual(['soviet-extermination-policy-german-pows']);
    expect(ids(revenge.replace('kein Exzess einzelner Einheiten, sondern ', 'der Exzess einzelner Einheiten und '))).toEqual([]);
  });

  it('reads "nicht bloß" as adding, like "nicht nur" (the folded text keeps the ß)', () => {
    expect(ids('Stalin ließ eine halbe Million deutsche Kriegsgefangene nicht bloß verhungern, sondern erschießen.')).toEqual(['soviet-executed-german-pows']);
  });
});

describe('Matcher and a negation said of a quotation', () => {
  it('drops a claim quoted and then judged ("… is not what the numbers say"), not one quoted and called no myth', () => {
    const question = 'What happened to Soviet POWs who came home? Short version: ';
    expect(ids(`${question}it was harsh, but "they all went to the Gulag" is not what the numbers say.`)).toEqual([]);
    expect(ids(`${question}"they all went to the Gulag" is not a myth.`)).toEqual(['all-returnees-to-gulag']);
    expect(ids(`${question}"they all went to the Gulag" is no exaggeration.`)).toEqual(['all-returnees-to-gulag']);
  });
});

describe('Matcher and a claim that is itself negative (match.negated)', () => {
  it('reads a negation in the next sentence as restating it, and "Whoever writes this …" as rebutting it', () => {
    expect(ids('The USSR never signed the Geneva Convention, so Germany had no legal obligation to feed Soviet prisoners. Stalin chose not to sign and his own men paid for it.')).toEqual(['geneva-convention-excuse']);
    expect(ids('"Nobody knew what happened to the German prisoners until Khrushchev\'s thaw." Whoever writes this has never looked at West German newspapers from 1950.')).toEqual([]);
  });
});

describe('Matcher and a claim that denies an alternative itself (match.contrasted)', () => {
  it('reads "…, not the Wehrmacht" as part of the clean-Wehrmacht claim, and a plain negation as its denial', () => {
    expect(ids('Der einfache Landser hat anständig gekämpft. Die Verbrechen im Osten gehen auf das Konto von SS und SD, nicht auf das der Wehrmacht.')).toEqual(['clean-wehrmacht']);
    expect(ids('The ordinary soldiers fought a decent, honourable war; the atrocities were the work of the SS, not the regular army.')).toEqual(['clean-wehrmacht']);
    expect(ids('The Wehrmacht did not fight a clean war.')).toEqual([]);
    // Other claims keep reading such a "not" as a denial.
    expect(ids('The NKVD shot the Polish officers at Katyn, not the Germans.')).toEqual([]);
  });
});

describe('Matcher and "…, and not …"', () => {
  it('reads a negation after a joining word and a clause break as denying an alternative', () => {
    const caption = 'Of the ninety-one thousand Stalingrad prisoners only a handful ever got back, and not because of typhus: most were shot by their captors.';
    expect(ids(caption)).toEqual(['stalingrad-pows-shot']);
    expect(ids('Most of the ninety-one thousand Stalingrad prisoners died of typhus, and not because they were shot.')).toEqual([]);
  });
});

describe('Matcher and where a negation stands', () => {
  it('reads a negation that affirms ("nothing less than") as no negation', () => {
    expect(ids('Stalin’s treatment of German prisoners was nothing less than murder: half a million were executed.')).toEqual(['soviet-executed-german-pows']);
    expect(ids('Stalin’s treatment of German prisoners was nothing like murder: half a million were executed.')).toEqual([]);
  });

  it('reads a negation as denying what follows it, or the clause it judges, not the subject before it', () => {
    expect(ids('A great many of the men who surrendered in those closing days never made it to a camp. They were lined up at the roadside and gunned down en masse.')).toEqual(['german-pows-shot-1945']);
    expect(ids('That Stalin had half a million German prisoners executed is not true.')).toEqual([]);
    expect(ids('Stalin having half a million German prisoners executed never happened.')).toEqual([]);
    expect(ids('Half a million German prisoners were not executed by Stalin.')).toEqual([]);
    // German closes the clause with its negation, or denies by saying it never existed.
    expect(ids('Die Sowjets erschossen nach dem Krieg eine halbe Million deutsche Kriegsgefangene nicht.')).toEqual([]);
    expect(ids('Ein Vernichtungsprogramm gegen deutsche Gefangene hat es in der Sowjetunion nicht gegeben.')).toEqual([]);
  });

  it('reads the textbook trope ("you will not find in any school book") as asserting, not denying', () => {
    expect(ids('Stalin had half a million German prisoners executed, a figure you will not find in any school book.')).toEqual(['soviet-executed-german-pows']);
    expect(ids('Stalin ließ eine halbe Million deutsche Kriegsgefangene erschießen, das steht in keinem Schulbuch.')).toEqual(['soviet-executed-german-pows']);
  });

  it('reads taking no prisoners as killing them, not as a denial', () => {
    expect(ids('Mein Urgroßvater hat immer gesagt: wer sich in den letzten Kriegstagen dem Iwan ergeben hat, hatte Pech. Die haben die Gefangenen reihenweise an die Wand gestellt und erschossen, grad im Mai 45, da wollte keiner mehr Gefangene machen.')).toEqual(['german-pows-shot-1945']);
    expect(ids('In the last days of the war the Red Army took no prisoners: Germans who surrendered were shot on the spot.')).toEqual(['german-pows-shot-1945']);
    expect(ids('No prisoners were shot by the Soviets in the last days of the war.')).toEqual([]);
  });

  it('reads "not just" / "nicht nur" as adding, unless it names the claim’s own words', () => {
    expect(ids('Stalin had half a million German prisoners executed, and not just in the camps.')).toEqual(['soviet-executed-german-pows']);
    expect(ids('Stalin hat eine halbe Million deutsche Kriegsgefangene erschießen lassen, nicht nur in den Lagern.')).toEqual(['soviet-executed-german-pows']);
    expect(ids('Stalin had half a million German prisoners, not just executed ones, in his camps.')).toEqual([]);
  });

  it('keeps a negation inside a quotation to the quoted words when the writer states the claim around it', () => {
    expect(ids('"I never saw a single shooting," he told me, but Stalin had half a million German prisoners executed.')).toEqual(['soviet-executed-german-pows']);
    expect(ids('"Stalin never had half a million German prisoners executed," he told me.')).toEqual([]);
  });

  it('reads a negation in a clause of purpose or consequence as about that clause', () => {
    expect(ids('The Soviets drove captured Germans in front of their tanks during assaults, so our boys wouldn’t shoot.')).toEqual(['german-pows-human-shields']);
    expect(ids('Die Russen trieben gefangene Deutsche als lebende Schutzschilde vor ihren Panzern her, damit die eigenen Leute nicht schießen.')).toEqual(['german-pows-human-shields']);
  });

  it('keeps a negation inside an aside between dashes to the aside', () => {
    expect(ids('Many accept — quietly, and never on television — that Stalin had half a million German prisoners executed.')).toEqual(['soviet-executed-german-pows']);
    expect(ids('Stalin never — whatever you may read — had half a million German prisoners executed.')).toEqual([]);
  });

  it('ignores a negation in a clause of its own before the claim', () => {
    const caption = 'Liberated Soviet prisoners of war, May 1945. For them the war was not over: practically all of these men were deported to Gulag camps as soon as they were handed back.';
    expect(ids(caption)).toEqual(['all-returnees-to-gulag']);
    expect(ids('No, Stalin’s forces executed half a million German POWs.')).toEqual(['soviet-executed-german-pows']);
  });

  it('reads "no" before a noun as denying only that noun, unless it is "no historian"', () => {
    const rhine = 'People talk about the Rhine meadow camps like they were just uncomfortable. At least 200,000 died in them, lying in the mud for weeks with no roof and no food.';
    expect(ids(rhine)).toEqual(['rheinwiesen-death-camps']);
    expect(ids('Stalin’s forces executed half a million German POWs, no historian accepts that.')).toEqual([]);
    expect(ids('Stalin had no qualms about having half a million German prisoners executed.')).toEqual(['soviet-executed-german-pows']);
    expect(ids('No German prisoners were executed by Stalin, let alone half a million.')).toEqual([]);
    expect(ids('There is no documented proof that Stalin had half a million German prisoners executed.')).toEqual([]);
  });

  it('keeps a negation that denies the claim’s clause, follows it, or governs a "that" clause', () => {
    expect(ids('It’s not true that Stalin’s forces executed half a million German POWs.')).toEqual([]);
    expect(ids('Stalin’s forces executed half a million German POWs, which is not true.')).toEqual([]);
    expect(ids('Es stimmt nicht, dass alle heimkehrenden sowjetischen Kriegsgefangenen in den Gulag kamen.')).toEqual([]);
    expect(ids('Ich glaube nicht, dass alle heimkehrenden sowjetischen Kriegsgefangenen in den Gulag kamen.')).toEqual([]);
    // a wish is not a judgement: "Stalin wanted none of them back, so …" asserts
    expect(ids('Stalin wollte nicht, dass sie frei blieben: alle heimkehrenden sowjetischen Kriegsgefangenen kamen in den Gulag.')).toEqual(['all-returnees-to-gulag']);
  });
});

describe('Matcher and a negation that caps a figure', () => {
  it('reads "…, mehr nicht" as stating the figure before it', () => {
    expect(ids('Die Russen in deutschen Lagern hatten es nicht schlechter als unsere Leute. Gestorben sind da ein paar Hunderttausend, mehr nicht.')).toEqual(['soviet-pow-deaths-minimised']);
  });
});

describe('Matcher and two negations that endorse', () => {
  it('reads "no reason not to believe him" as taking the claim on', () => {
    expect(ids('Von den 91.000 Gefangenen aus Stalingrad wurden die meisten von den Sowjets erschossen, und ich habe keinen Grund, ihm nicht zu glauben.')).toEqual(['stalingrad-pows-shot']);
    expect(ids('Most of the 91,000 Stalingrad prisoners were shot by the NKVD, and I see no reason not to believe him.')).toEqual(['stalingrad-pows-shot']);
  });
});

describe('Matcher and the secret-knowledge lead', () => {
  it('reads "What people don\'t know is that …" as the writer\'s own claim', () => {
    expect(ids("What people don't know is that after Stalingrad the Soviets recruited German POWs to fight in the Red Army against Hitler.")).toEqual(['german-pows-fought-for-red-army']);
    expect(ids('Was viele nicht wissen: Nach Stalingrad haben die Sowjets deutsche Kriegsgefangene angeworben, damit sie in der Roten Armee gegen Hitler kämpfen.')).toEqual(['german-pows-fought-for-red-army']);
    // Still a denial when nobody is said not to know: "Germans did not fight in the Red Army".
    expect(ids("After Stalingrad the Soviets did not recruit German POWs to fight in the Red Army against Hitler.")).toEqual([]);
  });
});
