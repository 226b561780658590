/**
 * The Node half of the benchmark: Matcher.match over generated corpora against
 * generated databases, index load, the one-pass tokeniser floor, the fuse.js
 * baseline and the recall of planted claims. All timings are medians.
 */
import Fuse from 'fuse.js';
import { compileIndex, type MatchableClaim } from '../lib/match/compile';
import type { MatcherIndex } from '../lib/match/index-format';
import { Matcher } from '../lib/match/matcher';
import type { Match } from '../lib/match/types';
import { foldText } from '../lib/text/fold';
import { corpusText, generateCorpus, sentencesOf, type Corpus } from './corpus';
import { generateEntries, vocabulary, type GeneratedEntry, type Vocabulary } from './generate';
import { round, time } from './measure';

export const MB = 1_000_000;

export interface NodeOptions {
  quick: boolean;
  /** The real claims (from claims-db), always part of every database. */
  realClaims: readonly MatchableClaim[];
  /** The real claims' flag examples, planted in the corpora. */
  realExamples: readonly { claim: string; text: string }[];
  log: (msg: string) => void;
}

export interface DbResult {
  generated: number;
  entries: number;
  terms: number;
  compileMs: number;
  indexBytes: number;
  /** JSON.parse of the index, median. */
  parseMs: number;
  /** `new Matcher(index)`, median of repeated constructions; `firstMs` is the first (cold) one. */
  loadMs: number;
  firstLoadMs: number;
}

export interface MatchResult {
  chars: number;
  generated: number;
  ms: number;
  msPerMB: number;
  runs: number;
  matches: number;
  planted: number;
  /** Fraction of planted sentences that produced a match of their entry. */
  recall: number;
  recallReal: number;
  recallGenerated: number;
  missed: { claim: string; text: string }[];
}

export interface NodeResults {
  sizes: { chars: number; planted: number; sentences: number }[];
  dbs: DbResult[];
  match: MatchResult[];
  /** The same 1 MB prose without planted claims: the cost of reading text that asserts nothing. */
  clean: { chars: number; generated: number; ms: number; msPerMB: number; matches: number }[];
  floor: { chars: number; ms: number; msPerMB: number; tokens: number }[];
  /** {@link wordStarts} over the same texts. */
  charLoop: { chars: number; msPerMB: number }[];
  fold: { chars: number; ms: number }[];
  fuse: {
    generated: number;
    docs: number;
    buildMs: number;
    chars: number;
    sentences: number;
    sampled: number;
    perSentenceMs: number;
    extrapolatedMs: number;
    caveatMs: number;
    ratio: number;
  };
}

/** Did each planted sentence produce a match of its entry? */
function recallOf(text: string, spans: ReturnType<typeof corpusText>['spans'], matches: readonly Match[]) {
  const hit = (s: (typeof spans)[number]) => matches.some((m) => m.claim === s.claim && m.start < s.end && m.end > s.start);
  const frac = (xs: typeof spans) => (xs.length ? xs.filter(hit).length / xs.length : 1);
  return {
    recall: frac(spans),
    recallReal: frac(spans.filter((s) => s.source === 'real')),
    recallGenerated: frac(spans.filter((s) => s.source === 'generated')),
    missed: spans.filter((s) => !hit(s)).map((s) => ({ claim: s.claim, text: text.slice(s.start, s.end) })),
  };
}

/**
 * A lower floor, for scale: one pass over the characters that only finds where
 * words start, with no tokens made. No target is set against it.
 */
export function wordStarts(text: string): number {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const word = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c >= 0xc0;
    if (word && !inWord) count++;
    inWord = word;
  }
  return count;
}

/** The floor: one pass of a Unicode tokeniser over the text, counting words. */
export function tokenise(text: string): number {
  const re = /[\p{L}\p{N}]+/gu;
  let count = 0;
  while (re.exec(text)) count++;
  return count;
}

export interface NodeMaterial {
  vocab: Vocabulary;
  entries: GeneratedEntry[];
  /** Databases by number of generated entries (plus the real claims). */
  indexes: Map<number, MatcherIndex>;
  /** Corpora by size in characters, as blocks and as extracted text with the planted spans. */
  corpora: Map<number, { corpus: Corpus } & ReturnType<typeof corpusText>>;
}

export const DB_SIZES = [50, 500, 5000];
export const sizesFor = (quick: boolean) => (quick ? [100_000, MB] : [100_000, MB, 5 * MB]);
/** The planted generated entries are the first 50, so every database has them. */
const PLANTED_POOL = 50;

export function runNode({ quick, realClaims, realExamples, log }: NodeOptions): { results: NodeResults; material: NodeMaterial } {
  const vocab = vocabulary(3000);
  const entries = generateEntries(Math.max(...DB_SIZES), vocab);
  const plant = { generated: entries.slice(0, PLANTED_POOL), real: realExamples };
  const sizes = sizesFor(quick);
  const reps = (chars: number) => (chars <= 100_000 ? (quick ? 5 : 15) : chars <= MB ? (quick ? 3 : 7) : 3);

  log(`generating corpora (${sizes.map((s) => `${s / 1000} KB`).join(', ')}) and ${Math.max(...DB_SIZES)} entries`);
  const corpora: NodeMaterial['corpora'] = new Map(sizes.map((chars) => {
    const corpus = generateCorpus(chars, vocab, plant, { seed: chars });
    return [chars, { corpus, ...corpusText(corpus) }];
  }));
  const clean = corpusText(generateCorpus(MB, vocab, { generated: [], real: [] }, { seed: MB }));

  const dbs: DbResult[] = [];
  const indexes = new Map<number, MatcherIndex>();
  const matchers = new Map<number, Matcher>();
  for (const n of DB_SIZES) {
    const claims = [...realClaims, ...entries.slice(0, n).map((e) => e.claim)];
    const compiled = time(() => compileIndex(claims), { reps: quick ? 2 : 5, warmup: 0 });
    const index = compiled.result;
    const json = JSON.stringify(index);
    const parsed = time(() => JSON.parse(json) as MatcherIndex, { reps: quick ? 5 : 15, warmup: 0 });
    const t0 = performance.now();
    const first = new Matcher(parsed.result);
    const firstLoadMs = performance.now() - t0;
    const loaded = time(() => new Matcher(parsed.result), { reps: quick ? 5 : 15, warmup: 1 });
    dbs.push({
      generated: n, entries: index.entries.length, terms: index.terms.length, compileMs: round(compiled.ms), indexBytes: json.length,
      parseMs: round(parsed.ms), loadMs: round(loaded.ms), firstLoadMs: round(firstLoadMs),
    });
    indexes.set(n, index);
    matchers.set(n, first);
    log(`  db ${n} generated + ${realClaims.length} real: ${index.terms.length} terms, index ${(json.length / 1e6).toFixed(2)} MB, construct ${round(loaded.ms)} ms (first ${round(firstLoadMs)} ms)`);
  }

  const match: MatchResult[] = [];
  for (const chars of sizes) {
    const { text, spans } = corpora.get(chars)!;
    for (const n of DB_SIZES) {
      const matcher = matchers.get(n)!;
      const t = time(() => matcher.match(text), { reps: reps(chars), warmup: 1 });
      const r = recallOf(text, spans, t.result);
      match.push({
        chars: text.length, generated: n, ms: round(t.ms), msPerMB: round((t.ms * MB) / text.length), runs: t.runs,
        matches: t.result.length, planted: spans.length, ...r, recall: round(r.recall, 4), recallReal: round(r.recallReal, 4), recallGenerated: round(r.recallGenerated, 4),
      });
      log(`  match ${(text.length / 1000).toFixed(0)} KB × ${n}: ${round(t.ms)} ms (${round((t.ms * MB) / text.length)} ms/MB), ${t.result.length} matches, recall ${round(r.recall, 3)}`);
    }
  }

  const cleanResults: NodeResults['clean'] = [];
  for (const n of DB_SIZES) {
    const t = time(() => matchers.get(n)!.match(clean.text), { reps: reps(MB), warmup: 1 });
    cleanResults.push({ chars: clean.text.length, generated: n, ms: round(t.ms), msPerMB: round((t.ms * MB) / clean.text.length), matches: t.result.length });
  }

  const floor: NodeResults['floor'] = [];
  const charLoop: NodeResults['charLoop'] = [];
  const fold: NodeResults['fold'] = [];
  for (const chars of sizes) {
    const { text } = corpora.get(chars)!;
    const t = time(() => tokenise(text), { reps: reps(chars) + 2, warmup: 1 });
    floor.push({ chars: text.length, ms: round(t.ms, 3), msPerMB: round((t.ms * MB) / text.length, 3), tokens: t.result });
    const loop = time(() => wordStarts(text), { reps: reps(chars) + 2, warmup: 1 });
    charLoop.push({ chars: text.length, msPerMB: round((loop.ms * MB) / text.length, 3) });
    fold.push({ chars: text.length, ms: round(time(() => foldText(text), { reps: reps(chars), warmup: 1 }).ms, 3) });
  }

  // Naive baseline: fuse.js over every wording of every entry, searched with each sentence of the page.
  const fuseN = Math.max(...DB_SIZES);
  const fuseClaims = [...realClaims, ...entries.slice(0, fuseN).map((e) => e.claim)];
  const docs = fuseClaims.flatMap((c) => [c.statement, ...c.variants.en, ...c.variants.de]);
  const built = time(() => new Fuse(docs, { includeScore: true, ignoreLocation: true, threshold: 0.4 }), { reps: 3, warmup: 0 });
  const fuse = built.result;
  const { text: fuseText } = corpora.get(MB)!;
  const sentences = sentencesOf(fuseText);
  const sampled = quick ? 4 : 16;
  const step = Math.floor(sentences.length / sampled);
  log(`  fuse.js baseline: ${docs.length} wordings, ${sampled} of ${sentences.length} sentences`);
  const perSentence: number[] = [];
  for (let i = 0; i < sampled; i++) {
    const s = sentences[i * step]!;
    const t0 = performance.now();
    fuse.search(s);
    perSentence.push(performance.now() - t0);
  }
  // Mean, not median: the extrapolation is a sum over all sentences.
  const mean = perSentence.reduce((a, b) => a + b, 0) / perSentence.length;
  const caveatMs = match.find((m) => m.chars === fuseText.length && m.generated === fuseN)!.ms;
  const extrapolatedMs = mean * sentences.length;

  return {
    results: {
      sizes: sizes.map((chars) => ({ chars: corpora.get(chars)!.text.length, planted: corpora.get(chars)!.spans.length, sentences: sentencesOf(corpora.get(chars)!.text).length })),
      dbs,
      match,
      clean: cleanResults,
      floor,
      charLoop,
      fold,
      fuse: {
        generated: fuseN, docs: docs.length, buildMs: round(built.ms), chars: fuseText.length, sentences: sentences.length, sampled,
        perSentenceMs: round(mean), extrapolatedMs: round(extrapolatedMs), caveatMs, ratio: round(extrapolatedMs / caveatMs, 1),
      },
    },
    material: { vocab, entries, indexes, corpora },
  };
}
