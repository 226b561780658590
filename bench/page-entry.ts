/**
 * Runs inside the benchmark page in Chromium (bundled by esbuild, see
 * browser.ts): Caveat's own pipeline (extract → match → highlight) on the page's
 * DOM, and mark.js (loaded by a <script> tag as window.Mark) highlighting the
 * same phrases. Exposed as window.caveatBench; every call returns timings in ms.
 */
import { extractText } from '../lib/dom/extract';
import { Highlighter } from '../lib/dom/highlight';
import type { MatcherIndex } from '../lib/match/index-format';
import { Matcher } from '../lib/match/matcher';

interface MarkInstance {
  mark(keywords: string[], options: Record<string, unknown>): void;
}
type MarkConstructor = new (ctx: Element) => MarkInstance;

let matcher: Matcher | undefined;

/** Forces style and layout, so the cost of the DOM changes is paid inside the measurement that follows them. */
const layout = () => document.body.getBoundingClientRect().height;

const api = {
  /** Fetches and parses the index, then builds the matcher: what a content script does at start-up. */
  async loadIndex(url: string) {
    const text = await (await fetch(url)).text();
    const t0 = performance.now();
    const index = JSON.parse(text) as MatcherIndex;
    const t1 = performance.now();
    matcher = new Matcher(index);
    const t2 = performance.now();
    return { parseMs: t1 - t0, constructMs: t2 - t1, entries: index.entries.length, bytes: text.length };
  },

  /** One scan of the page; the DOM is restored afterwards (Highlighter.remove), so it can run again. */
  pipeline() {
    if (!matcher) throw new Error('loadIndex first');
    layout();
    const t0 = performance.now();
    const ex = extractText(document.body);
    const t1 = performance.now();
    const matches = matcher.match(ex.text);
    const t2 = performance.now();
    const highlighter = new Highlighter();
    const created = highlighter.add(ex, matches);
    const t3 = performance.now();
    layout();
    const t4 = performance.now();
    const phrases = [...new Set(created.map((h) => h.quote.replace(/\s+/g, ' ').trim()))].filter(Boolean);
    const marks = document.querySelectorAll('caveat-mark').length;
    highlighter.remove();
    return {
      extractMs: t1 - t0, matchMs: t2 - t1, highlightMs: t3 - t2, layoutMs: t4 - t3,
      chars: ex.text.length, textNodes: ex.nodes.length, matches: matches.length, highlights: created.length, marks, phrases,
    };
  },

  /** mark.js highlighting the first `n` phrases, as one mark() call; followed by a forced layout like Caveat's. */
  markjs(phrases: string[], n: number) {
    const Mark = (window as unknown as { Mark: MarkConstructor }).Mark;
    const subset = phrases.slice(0, n);
    layout();
    const t0 = performance.now();
    new Mark(document.body).mark(subset, { separateWordSearch: false, acrossElements: true });
    const t1 = performance.now();
    layout();
    const t2 = performance.now();
    return { ms: t1 - t0, layoutMs: t2 - t1, phrases: subset.length, marks: document.querySelectorAll('mark').length };
  },
};

(window as unknown as { caveatBench: typeof api }).caveatBench = api;
