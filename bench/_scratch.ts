import { Window } from 'happy-dom';
import { extractText } from '../lib/dom/extract';
const w = new Window({ settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true, disableIframePageLoading: true } });
const doc = new w.DOMParser().parseFromString('<html><head><title>T</title><script>alert(1)</script></head><body><p>Hello <b>world</b>. Stalin</p><div>x<script>var a=1</script></div></body></html>', 'text/html');
console.log(JSON.stringify(extractText(doc.body as unknown as Node).text));
await w.happyDOM.close();
import { parseArgs } from 'node:util';
console.log(parseArgs({ args: ['scan', '-', '--json'], options: { json: { type: 'boolean' } }, allowPositionals: true }));
