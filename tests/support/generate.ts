import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const FILLER = [
  'The winter of 1941 brought the Wehrmacht to a halt in front of Moscow, and supply lines stretched for hundreds of kilometres.',
  'Historians still argue about the role of the weather, but most agree that logistics mattered more than the cold.',
  'Letters home from the front describe mud in autumn, frost in winter and dust in summer.',
  'Railway gauges differed between Germany and the Soviet Union, which slowed every shipment of fuel and ammunition.',
  'Partisan units behind the lines attacked bridges and depots, and reprisals against villages followed.',
  'In the cities, rationing and evacuation shaped daily life for millions of civilians.',
];
/** Claims planted in the generated pages, one per claim so tests can count them. */
export const PLANTED = [
  ['It is estimated that between 500,000 and 1 million German prisoners of war were executed by Stalin\'s forces.', 'soviet-executed-german-pows'],
  ['Dresden\'s firestorm killed 250,000 people in a single night.', 'dresden-death-toll'],
  ['Vlasov\'s Russian Liberation Army counted a million men.', 'roa-million-men'],
] as const;

const page = (title: string, body: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`;

/** Writes the big hostile pages into a temp folder and returns it. */
export function generateHostilePages(): string {
  const dir = mkdtempSync(join(tmpdir(), 'caveat-hostile-'));
  mkdirSync(dir, { recursive: true });

  // A 5 MB article: paragraphs of filler with a planted claim every 500 paragraphs.
  const paras: string[] = [];
  let size = 0;
  for (let i = 0; size < 5_000_000; i++) {
    const text = i % 500 === 250 ? PLANTED[(i / 500) % PLANTED.length | 0]![0] : `${FILLER[i % FILLER.length]} (${i})`;
    const p = `<p>${text} <a href="#n${i}">note</a> ${FILLER[(i + 3) % FILLER.length]}</p>`;
    paras.push(p);
    size += p.length;
  }
  writeFileSync(join(dir, 'big.html'), page('A 5 MB article', `<article><h1>Everything about the Eastern Front</h1>${paras.join('\n')}</article>`));

  // 100,000 text nodes: short spans, with the planted claims split across inline elements.
  const spans: string[] = [];
  for (let i = 0; i < 50_000; i++) spans.push(`<span>w${i}</span> `);
  const split = '<p>It is estimated that between <b>500,000</b> and <i>1 million</i> German prisoners of war were <a href="#">executed</a> by Stalin\'s forces.</p>';
  writeFileSync(join(dir, 'nodes.html'), page('100,000 text nodes', `<div>${spans.join('')}</div>${split}<div>${spans.join('')}</div>`));

  // Past the 5,000,000-character cap: Caveat reads the start, then stops and says so.
  const long = FILLER.join(' ');
  const paragraphs = Math.ceil(5_300_000 / long.length);
  writeFileSync(join(dir, 'huge.html'), page('Too long', `<p>${PLANTED[1][0]}</p>${`<p>${long}</p>`.repeat(paragraphs)}`));

  // Deeply nested markup around a claim.
  const depth = 3000;
  writeFileSync(join(dir, 'deep.html'), page('Deep', `${'<div>'.repeat(depth)}<p>${PLANTED[1][0]}</p>${'</div>'.repeat(depth)}`));
  return dir;
}
