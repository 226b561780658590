import { compileIndex } from './lib/match/compile';
import { Dictionary, exactKey, stepHash, isWordChar } from './lib/match/dictionary';
import { corpusText, generateCorpus, generateEntries, vocabulary } from './bench/generate';
import { foldText } from './lib/text/fold';
const vocab = vocabulary(3000);
const entries = generateEntries(5000, vocab);
const index = compileIndex(entries.map((e) => e.claim));
const clean = corpusText(generateCorpus(1_000_000, vocab, { generated: [], real: [] }, { seed: 1_000_000 }));
const d = new Dictionary(index.terms);
const f0 = foldText(clean.text);
function loopOnly(f: string) {
  const n = f.length; let hits = 0; let i = 0;
  while (i < n) {
    const c = f.charCodeAt(i);
    if (isWordChar(c)) {
      const ws = i; let h = 0, h4 = 0;
      for (let ch = c; i < n && isWordChar((ch = f.charCodeAt(i))); i++) { h = stepHash(h, ch); if (i - ws === 3) h4 = h; }
      hits += (h ^ h4) & 1; continue;
    }
    i++;
  }
  return hits;
}
function probeOnly(f: string) {
  const n = f.length; let hits = 0; let i = 0;
  while (i < n) {
    const c = f.charCodeAt(i);
    if (isWordChar(c)) {
      const ws = i; let h = 0, h4 = 0;
      for (let ch = c; i < n && isWordChar((ch = f.charCodeAt(i))); i++) { h = stepHash(h, ch); if (i - ws === 3) h4 = h; }
      hits += d.exactHead(exactKey(h, i - ws)) + d.prefixHead(h4); continue;
    }
    i++;
  }
  return hits;
}
function full(f: string) {
  const n = f.length; let hits = 0; let i = 0;
  while (i < n) {
    const c = f.charCodeAt(i);
    if (isWordChar(c)) {
      const ws = i; let h = 0, h4 = 0;
      for (let ch = c; i < n && isWordChar((ch = f.charCodeAt(i))); i++) { h = stepHash(h, ch); if (i - ws === 3) h4 = h; }
      for (let t = d.exactHead(exactKey(h, i - ws)); t >= 0; t = d.next[t]!) if (d.wordAt(t, f, ws, i)) hits += d.termStart[t+1]! - d.termStart[t]!;
      if (i - ws >= 4) for (let t = d.prefixHead(h4); t >= 0; t = d.next[t]!) if (d.wordAt(t, f, ws, i)) hits += d.termStart[t+1]! - d.termStart[t]!;
      continue;
    }
    i++;
  }
  return hits;
}
const re = (f: string) => { const r = /[\p{L}\p{N}]+/gu; let c = 0; while (r.exec(f)) c++; return c; };
for (const [name, fn] of [['fold', foldText], ['regex', re], ['loop', loopOnly], ['probe', probeOnly], ['full', full], ['loop', loopOnly], ['fold', foldText]] as const) {
  for (let k = 0; k < 3; k++) (fn as any)(name === 'fold' ? clean.text : f0);
  const t0 = performance.now();
  for (let k = 0; k < 10; k++) (fn as any)(name === 'fold' ? clean.text : f0);
  console.log(name, ((performance.now() - t0) / 10).toFixed(2));
}
