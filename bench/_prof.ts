import { loadDatabase } from '../lib/cli/database';
import { compileIndex } from '../lib/match/compile';
import { Matcher } from '../lib/match/matcher';
import { foldText } from '../lib/text/fold';
import { corpusText, generateCorpus, generateEntries, vocabulary } from './generate';
const vocab = vocabulary();
const entries = generateEntries(5000, vocab);
const db = loadDatabase();
const real = db.claims.flatMap((c) => c.value.examples.flag.map((text) => ({ claim: c.value.id, text })));
const { text } = corpusText(generateCorpus(1e6, vocab, { generated: entries.slice(0, 50), real }, { seed: 3 }));
const n = Number(process.argv[2] ?? 50);
const m = new Matcher(compileIndex([...db.claims.map((c) => c.value), ...entries.slice(0, n).map((e) => e.claim)]));
let t = performance.now(); foldText(text); console.log('fold', performance.now() - t);
t = performance.now(); let c = 0; const re = /[\p{L}\p{N}]+/gu; while (re.exec(text)) c++; console.log('floor', performance.now() - t, c);
for (let i = 0; i < 4; i++) { t = performance.now(); m.match(text); console.log('match', performance.now() - t); }
