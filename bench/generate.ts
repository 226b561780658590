/**
 * Deterministic test material for the benchmarks: a vocabulary of a few
 * thousand words and claim databases of generated entries with plausible match
 * rules. The blog corpora they are planted in: `corpus.ts`.
 */
import type { MatchableClaim } from '../lib/match/compile';
import { CUES } from '../lib/match/cues';
import { VERDICTS } from '../lib/claims/schema';
import { Rng } from './prng';
import { ADJECTIVES, MONTHS, NATIONALITIES, NOUNS, STOPWORDS, VERBS } from './words';

/** Words that mean something to the matcher (cues) never go into generated rules or planted sentences. */
const CUE_WORDS = Object.values(CUES).flat().map((w) => w.replace(/\*$/, ''));
const isCue = (w: string) => CUE_WORDS.some((c) => (c.includes(' ') ? false : w === c || w.startsWith(c)));

export interface Vocabulary {
  /** Real domain words (nouns, adjectives, verbs) that the blog prose uses all the time. */
  domain: string[];
  /** Synthesized place and surname words: specific, each rare in prose. */
  names: string[];
  /** Every word: what generated match rules draw from. */
  all: string[];
  /** More synthesized names that no rule uses: the places and people a blog mentions that no claim is about. */
  proseNames: string[];
}

const ONSETS = ['b', 'br', 'd', 'dr', 'g', 'gr', 'k', 'kr', 'l', 'm', 'n', 'p', 'pr', 'r', 's', 'st', 't', 'tr', 'v', 'w', 'z', 'sch', 'h', 'f', 'j', 'ch'];
const NUCLEI = ['a', 'e', 'i', 'o', 'u', 'au', 'ei', 'ie', 'y', 'oi'];
const CODAS = ['', '', 'n', 'r', 'l', 'k', 'st', 'rg', 'ng', 'm', 't', 's', 'ch', 'z', 'v'];
const SUFFIXES = ['', '', '', 'burg', 'ov', 'ski', 'dorf', 'grad', 'ingen', 'heim', 'ovo', 'ice', 'enko', 'berg', 'au', 'itz', 'yn', 'ach'];

/** A vocabulary of about `size` words: the domain lists plus synthesized names. */
export function vocabulary(size = 3000, seed = 7): Vocabulary {
  const rng = new Rng(seed);
  const domain = [...new Set([...NOUNS, ...ADJECTIVES, ...NATIONALITIES, ...VERBS])].filter((w) => !isCue(w));
  const taken = new Set<string>([...domain, ...STOPWORDS, ...CUE_WORDS, ...MONTHS.map((m) => m.toLowerCase())]);
  const name = () => {
    for (;;) {
      let w = '';
      for (let s = rng.int(2, 3); s > 0; s--) w += rng.pick(ONSETS) + rng.pick(NUCLEI) + rng.pick(CODAS);
      w += rng.pick(SUFFIXES);
      if (w.length < 5 || w.length > 14 || taken.has(w) || isCue(w)) continue;
      taken.add(w);
      return w;
    }
  };
  const names = Array.from({ length: Math.max(0, size - domain.length) }, name);
  const proseNames = Array.from({ length: 3000 }, name);
  return { domain, names, all: [...domain, ...names], proseNames };
}

export const cap = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);

/** A term in running text: a prefix term gets an ending, a phrase its words. */
function surface(rng: Rng, term: string, capitalize: boolean): string {
  return term
    .split(' ')
    .map((w) => {
      const word = w.endsWith('*') ? w.slice(0, -1) + rng.pick(['', 's', 'er', 'ian', 'ed']) : w;
      return capitalize ? cap(word) : word;
    })
    .join(' ');
}

/** Formats a figure the way blogs write it: "250,000", "1.5 million", "around 40,000". */
function figure(rng: Rng, min: number, max: number): string {
  const value = Math.round((min + rng.next() * (max - min)) / 1000) * 1000;
  const clamped = Math.min(max, Math.max(min, value));
  if (clamped >= 1_000_000 && clamped % 100_000 === 0 && rng.chance(0.5)) return `${(clamped / 1_000_000).toString()} million`;
  return clamped.toLocaleString('en-US');
}

const LEADS = [
  'Few people know that', 'It is a documented fact that', 'Everyone should remember that', 'As my grandfather used to say,',
  'The shocking truth is that', 'Here is what happened:', 'In plain words,', 'Mark my words:', 'It is well established that',
];
const JOINERS = ['the', 'and', 'of', 'in', 'at', 'with', 'near', 'where', 'when', 'by', 'after', 'during'];

/** A generated entry, and how to write a sentence that asserts it. */
export interface GeneratedEntry {
  claim: MatchableClaim;
  /** A fresh sentence that every one of its groups (and its figure) occurs in. */
  sentence(rng: Rng): string;
}

/**
 * `count` entries with plausible rules: 2-4 required groups of 2-6 terms (the
 * first group names places and people; the others mix domain words and names;
 * some terms are prefixes or two-word phrases), optional `any` and `none`
 * terms, and a figure range on about a third of them.
 */
export function generateEntries(count: number, vocab: Vocabulary, seed = 11): GeneratedEntry[] {
  const rng = new Rng(seed);
  const term = (from: readonly string[]) => {
    let w = rng.pick(from);
    if (w.length >= 6 && rng.chance(0.2)) w = `${w.slice(0, rng.int(5, Math.min(7, w.length - 1)))}*`;
    else if (rng.chance(0.08)) w = `${w} ${rng.pick(vocab.domain)}`;
    return w;
  };
  const out: GeneratedEntry[] = [];
  for (let i = 0; i < count; i++) {
    const groups: string[][] = [];
    const nGroups = rng.int(2, 4);
    for (let g = 0; g < nGroups; g++) {
      const terms = new Set<string>();
      const size = rng.int(2, 6);
      while (terms.size < size) terms.add(term(g === 0 ? vocab.names : rng.chance(0.5) ? vocab.domain : vocab.names));
      groups.push([...terms]);
    }
    const used = new Set(groups.flat());
    const any = rng.sample(vocab.all, rng.int(0, 3)).filter((t) => !used.has(t));
    const none = rng.chance(0.2) ? rng.sample(vocab.names, rng.int(1, 2)).filter((t) => !used.has(t) && !any.includes(t)) : [];
    let numbers: MatchableClaim['match']['numbers'];
    if (rng.chance(0.33)) {
      const min = rng.pick([10_000, 20_000, 50_000, 100_000, 250_000, 500_000, 1_000_000]);
      numbers = rng.chance(0.6) ? { min, max: min * rng.int(2, 10), counts: 'people said to have died' } : { min, counts: 'people said to have died' };
    }
    const write = (r: Rng) => {
      const parts: string[] = [r.pick(LEADS)];
      groups.forEach((group, g) => {
        if (g > 0) parts.push(r.pick(JOINERS));
        parts.push(surface(r, r.pick(group), g === 0));
      });
      if (numbers) parts.push(r.pick(['with', 'and', 'leaving']), figure(r, numbers.min ?? 0, numbers.max ?? (numbers.min ?? 0) * 3), r.pick(['dead', 'victims', 'lost']));
      return `${parts.join(' ')}.`;
    };
    const claim: MatchableClaim = {
      id: `gen-${String(i).padStart(5, '0')}`,
      verdict: rng.pick(VERDICTS),
      title: `Generated claim ${i} about ${cap(groups[0]![0]!.replace('*', ''))}`,
      statement: write(new Rng(seed * 7919 + i)),
      variants: { en: [write(new Rng(seed * 7919 + i + 1e6)), write(new Rng(seed * 7919 + i + 2e6))], de: [] },
      match: { all: groups, any, none, negated: false, ...(numbers ? { numbers } : {}) },
    };
    out.push({ claim, sentence: write });
  }
  return out;
}
