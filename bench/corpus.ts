/**
 * History-blog corpora for the benchmarks: deterministic prose from templates,
 * with planted claims (sentences that must match a known entry), as extracted
 * text and as an HTML page.
 */
import { cap, type GeneratedEntry, type Vocabulary } from './generate';
import { Rng } from './prng';
import { ADJECTIVES, FIRST_NAMES, MONTHS, NATIONALITIES, NOUNS, ORDINALS, UNITS, VERBS } from './words';

type Slot = (rng: Rng, ctx: ProseContext) => string;
interface ProseContext {
  vocab: Vocabulary;
}

/** Share of the places and people in the prose that the database's rules know (the rest are names no claim uses). */
const KNOWN_NAMES = 0.3;
const someName = (rng: Rng, vocab: Vocabulary) => cap(rng.pick(rng.chance(KNOWN_NAMES) ? vocab.names : vocab.proseNames));
const place: Slot = (rng, { vocab }) => someName(rng, vocab);
const person: Slot = (rng, { vocab }) => `${rng.pick(FIRST_NAMES)} ${someName(rng, vocab)}`;
const SLOTS: Record<string, Slot> = {
  place,
  person,
  noun: (rng) => rng.pick(NOUNS),
  noun2: (rng) => rng.pick(NOUNS),
  adj: (rng) => rng.pick(ADJECTIVES),
  nation: (rng) => cap(rng.pick(NATIONALITIES)),
  adj2: (rng) => rng.pick(ADJECTIVES),
  verb: (rng) => rng.pick(VERBS),
  month: (rng) => rng.pick(MONTHS),
  year: (rng) => String(rng.int(1937, 1956)),
  day: (rng) => String(rng.int(1, 28)),
  ordinal: (rng) => rng.pick(ORDINALS),
  unit: (rng) => rng.pick(UNITS),
  num: (rng) => String(rng.int(2, 40)),
  count: (rng) => rng.int(200, 90_000).toLocaleString('en-US'),
  pct: (rng) => `${rng.int(3, 60)}%`,
};

/** Sentence templates of a WWII history blog; {slot}s are filled from the word lists. */
const TEMPLATES = [
  'In {month} {year}, the {ordinal} {unit} reached the outskirts of {place} after {num} days of {adj} fighting.',
  "{person}'s diary describes the {adj} {noun} near {place} in vivid detail.",
  'The {noun} at {place} was one of the most {adj} episodes of the whole campaign.',
  'Letters from the front speak of {adj} {noun}, {adj2} {noun2} and endless waiting.',
  'Most of the {noun} who {verb} at {place} came from small towns in the {adj} provinces.',
  'By the end of {year}, roughly {count} people had passed through the {noun} at {place}.',
  '{person} later wrote that the {noun} had changed everything for the {adj} villages around {place}.',
  'Photographs from the archive in {place} show the {noun} as it looked in {month} {year}.',
  'The road from {place} to {place} was lined with {adj} {noun} and burnt-out vehicles.',
  'Today a small museum in {place} tells the story of the {noun}, with {count} objects on display.',
  'If you visit {place} today, you can still see the {noun} near the old {noun2}.',
  'I first read about this in a book my grandfather kept on his shelf, next to a map of {place}.',
  'What follows is a summary of what the {noun} in {place} show, year by year.',
  'Casualties on both sides were heavy, and the {ordinal} {unit} lost about {pct} of its strength in {num} weeks.',
  'On {day} {month} {year} the {noun} {verb} under {adj} skies.',
  'The {adj} winter of {year} made every {noun} a struggle for the {noun2} stationed near {place}.',
  'According to the regimental history, {count} men of the {ordinal} {unit} {verb} before the spring thaw.',
  'Historians still debate why the {noun} at {place} was {verb} so late in the war.',
  '{person}, a {adj} officer from {place}, kept meticulous notes about the {noun}.',
  'The {noun} was moved twice, first to {place} and then to a {adj} site outside {place}.',
  'Local records list {count} names, among them {person} and {person}.',
  "There's a great thread on a history forum about the {noun} at {place}; I recommend reading it.",
  'Rations were short: {adj} bread, thin soup and, on good days, a little {noun}.',
  'The {adj} {noun} of {place} stood empty for {num} years after the war.',
  'Nobody expected the {noun} to hold, yet it held for {num} days.',
  'Some {noun} were sent east, others stayed in {place} until {year}.',
  'Reading these {noun} today, one is struck by how {adj} the daily routine was.',
  '"We {verb} at dawn," {person} wrote, "and nobody spoke until we reached {place}."',
  'The {ordinal} {unit} was reformed in {year} from the remnants of {num} {adj} units.',
  'The {nation} {noun} near {place} {verb} in {month} {year}, and {count} {noun2} {verb} with it.',
  '{nation} and {nation} {noun} met at {place} in the {adj} spring of {year}.',
  'A {adj} plaque near the {noun2} in {place} now remembers the {noun}.',
];
const HEADINGS = ['The {noun} at {place}', '{place}, {year}', 'What the {noun} tell us', 'Part {num}: the {adj} {noun}', 'Notes on {place}'];

function fill(template: string, rng: Rng, ctx: ProseContext): string {
  return template.replace(/\{(\w+)\}/g, (_, slot: string) => SLOTS[slot]!(rng, ctx));
}

/** A block of the page: a heading or a paragraph of sentences. */
export interface Block {
  kind: 'h' | 'p';
  sentences: string[];
}

/** A sentence planted to be flagged: where it is, and which entry must match it. */
export interface Planted {
  block: number;
  sentence: number;
  claim: string;
  source: 'generated' | 'real';
}

export interface Corpus {
  blocks: Block[];
  planted: Planted[];
}

export interface PlantSource {
  /** Generated entries whose sentences may be planted (they must be in every database measured). */
  generated: readonly GeneratedEntry[];
  /** Real claims' `examples.flag` sentences, with their claim id. */
  real: readonly { claim: string; text: string }[];
}

/**
 * A history blog of about `chars` characters: headings and paragraphs of 3-8
 * sentences, with a planted claim about every `plantEvery` characters (half
 * real claims' flag examples, half sentences of generated entries).
 */
export function generateCorpus(chars: number, vocab: Vocabulary, plant: PlantSource, { seed = 1, plantEvery = 4000 } = {}): Corpus {
  const rng = new Rng(seed);
  const ctx = { vocab };
  const blocks: Block[] = [];
  const planted: Planted[] = [];
  let length = 0;
  let sincePlant = 0;
  let useReal = true;
  while (length < chars) {
    if (blocks.length % 7 === 0) {
      const h = fill(rng.pick(HEADINGS), rng, ctx);
      blocks.push({ kind: 'h', sentences: [h] });
      length += h.length + 1;
    }
    const sentences: string[] = [];
    for (let n = rng.int(3, 8); n > 0; n--) sentences.push(fill(rng.pick(TEMPLATES), rng, ctx));
    let size = sentences.reduce((a, s) => a + s.length + 1, 0);
    if (sincePlant + size >= plantEvery && (plant.generated.length || plant.real.length)) {
      const at = rng.int(0, sentences.length);
      const real = (useReal && plant.real.length) || !plant.generated.length;
      useReal = !useReal;
      let text: string;
      let claim: string;
      if (real) {
        const ex = rng.pick(plant.real);
        text = ex.text;
        claim = ex.claim;
      } else {
        const entry = rng.pick(plant.generated);
        text = entry.sentence(rng);
        claim = entry.claim.id;
      }
      sentences.splice(at, 0, text);
      size += text.length + 1;
      planted.push({ block: blocks.length, sentence: at, claim, source: real ? 'real' : 'generated' });
      sincePlant = 0;
    } else sincePlant += size;
    blocks.push({ kind: 'p', sentences });
    length += size;
  }
  return { blocks, planted };
}

/** The corpus as extracted text (blocks on their own lines), with each planted sentence's span. */
export function corpusText(corpus: Corpus): { text: string; spans: { start: number; end: number; claim: string; source: Planted['source'] }[] } {
  const parts: string[] = [];
  const where = new Map<string, Planted>(corpus.planted.map((p) => [`${p.block}:${p.sentence}`, p]));
  const spans: { start: number; end: number; claim: string; source: Planted['source'] }[] = [];
  let pos = 0;
  corpus.blocks.forEach((block, b) => {
    block.sentences.forEach((s, i) => {
      if (i > 0) {
        parts.push(' ');
        pos++;
      }
      const p = where.get(`${b}:${i}`);
      if (p) spans.push({ start: pos, end: pos + s.length, claim: p.claim, source: p.source });
      parts.push(s);
      pos += s.length;
    });
    parts.push('\n');
    pos++;
  });
  return { text: parts.join(''), spans };
}

/** The sentences of a text, split at sentence ends and line breaks (for the per-sentence baseline). */
export function sentencesOf(text: string): string[] {
  return text.split(/(?<=[.!?]["')]?)\s+|\n+/).map((s) => s.trim()).filter(Boolean);
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The corpus as a blog page: header and navigation, the article (paragraphs
 * with links and emphasis every few words, so a claim is often split across
 * elements), a sidebar and a footer. `inlineEvery` sets how often an inline
 * element starts, in words; about 10 gives ~20,000 text nodes per MB.
 */
export function corpusHtml(corpus: Corpus, { seed = 5, inlineEvery = 10, scripts = '' } = {}): string {
  const rng = new Rng(seed);
  const tags = ['a href="#n"', 'em', 'strong', 'a href="/wiki/x"', 'span class="name"', 'i', 'b'];
  const body: string[] = [];
  for (const block of corpus.blocks) {
    if (block.kind === 'h') {
      body.push(`<h2>${escapeHtml(block.sentences[0]!)}</h2>`);
      continue;
    }
    const words = block.sentences.join(' ').split(' ');
    const out: string[] = [];
    let i = 0;
    while (i < words.length) {
      if (rng.chance(1 / inlineEvery)) {
        const n = rng.int(1, 3);
        const tag = rng.pick(tags);
        out.push(`<${tag}>${escapeHtml(words.slice(i, i + n).join(' '))}</${tag.split(' ')[0]}>`);
        i += n;
      } else out.push(escapeHtml(words[i++]!));
    }
    body.push(`<p>${out.join(' ')}</p>`);
  }
  const nav = ['Home', 'Eastern Front', 'Western Front', 'Archives', 'Reading list', 'About'].map((x) => `<li><a href="#">${x}</a></li>`).join('');
  const side = Array.from({ length: 12 }, (_, k) => `<li><a href="#p${k}">Older post ${k + 1}</a></li>`).join('');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A history blog</title>
<style>body{font:16px/1.5 Georgia,serif;max-width:46rem;margin:auto}nav li{display:inline;margin-right:1em}</style></head>
<body><header><h1>Notes from the Archives</h1><nav><ul>${nav}</ul></nav></header>
<main><article>${body.join('\n')}</article></main>
<aside><h3>Recent posts</h3><ul>${side}</ul></aside>
<footer><p>© 2024 Notes from the Archives. Comments are moderated.</p></footer>${scripts}</body></html>`;
}
