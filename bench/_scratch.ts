import Fuse from 'fuse.js';
import { loadDatabase } from '../lib/cli/database';
import { compileIndex } from '../lib/match/compile';
import { Matcher } from '../lib/match/matcher';
import { corpusText, generateCorpus, generateEntries, sentencesOf, vocabulary } from './generate';
const t0 = performance.now();
const vocab = vocabulary();
const entries = generateEntries(5000, vocab);
const db = loadDatabase();
const real = db.claims.flatMap((c) => c.value.examples.flag.map((text) => ({ claim: c.value.id, text })));
const corpus = generateCorpus(1e6, vocab, { generated: entries.slice(0, 50), real }, { seed: 3 });
const { text, spans } = corpusText(corpus);
console.log('gen ms', performance.now() - t0, text.length, spans.length, vocab.domain.length, vocab.names.length);
console.log(text.slice(0, 1500));
console.log(entries[0]!.claim, entries[0]!.claim.match, entries[1]!.claim.match);
for (const n of [50, 500, 5000]) {
  const claims = [...db.claims.map((c) => c.value), ...entries.slice(0, n).map((e) => e.claim)];
  let t = performance.now();
  const index = compileIndex(claims);
  const tc = performance.now() - t;
  t = performance.now();
  const m = new Matcher(index);
  const tl = performance.now() - t;
  for (let r = 0; r < 3; r++) {
    t = performance.now();
    const ms = m.match(text);
    const dt = performance.now() - t;
    const hit = spans.filter((s) => ms.some((x) => x.claim === s.claim && x.start < s.end && x.end > s.start)).length;
    console.log(n, 'compile', tc.toFixed(1), 'load', tl.toFixed(1), 'match', dt.toFixed(1), 'matches', ms.length, 'recall', hit / spans.length);
  }
}
const docs = [...db.claims.map((c) => c.value), ...entries.map((e) => e.claim)].flatMap((c) => [c.statement, ...c.variants.en, ...c.variants.de]);
let t = performance.now();
const fuse = new Fuse(docs, { includeScore: true, ignoreLocation: true, threshold: 0.4 });
console.log('fuse build', performance.now() - t, docs.length);
const sents = sentencesOf(text);
for (let i = 0; i < 3; i++) { t = performance.now(); const r = fuse.search(sents[i * 100]!); console.log('fuse search', (performance.now() - t).toFixed(1), r.length, sents[i*100]!.length); }
