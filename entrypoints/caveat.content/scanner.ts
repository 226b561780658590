import { ChunkSize } from '../../lib/dom/chunk-size';
import { TextWalker } from '../../lib/dom/extract';
import { OverlappingChunks } from '../../lib/dom/overlap';
import type { Highlight, Highlighter } from '../../lib/dom/highlight';
import type { Match } from '../../lib/match/types';

/** Work per slice of main-thread time; well under the 50 ms that makes a task "long". */
const SLICE_MS = 6;
/** Past this many characters Caveat stops reading a page (about 5 MB of text). */
export const MAX_CHARS = 5_000_000;

/**
 * Yields to the event loop through a macrotask, so input, rendering and the
 * page's own tasks run between our slices (a microtask or a MessageChannel
 * ping would let our next slice run before rendering).
 */
function yieldToPage(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

export interface ScanOptions {
  /** Which matches to draw (the user's verdicts and sensitivity). */
  select: (text: string) => Match[];
  /** DOM work must not wake our own MutationObserver. */
  pause: <T>(work: () => T) => T;
  signal: AbortSignal;
  onShadowRoot: (root: ShadowRoot) => void;
  /** The user's highlight style, set on every mark drawn. */
  style: string;
}

/**
 * Reads, matches and highlights a subtree a chunk at a time, yielding between
 * slices, so no task of Caveat's blocks the page even on a 5 MB article.
 */
export class Scanner {
  charsRead = 0;
  truncated = false;

  constructor(private readonly highlighter: Highlighter) {}

  /** `context`: the page's text before `root`, read with it but not drawn in (a rescan of one block). */
  async scan(root: Node, opts: ScanOptions, context = ''): Promise<Highlight[]> {
    const walker = new TextWalker(root);
    const drawn: Highlight[] = [];
    // Start in a task of our own, not at the end of whatever ran before (loading the index, a settings change).
    await yieldToPage();
    let sliceStart = performance.now();
    const size = new ChunkSize(SLICE_MS);
    // The last blocks of a chunk are read again with the next one before they are drawn.
    const chunks = new OverlappingChunks(context);
    while (!walker.done && !opts.signal.aborted) {
      if (this.charsRead >= MAX_CHARS) {
        this.truncated = true;
        break;
      }
      const chunkStart = performance.now();
      const added = opts.pause(() => {
        const fresh = walker.next(size.chars, size.nodes);
        this.charsRead += fresh.text.length;
        fresh.shadowRoots.forEach(opts.onShadowRoot);
        const { ex, from, cut } = chunks.next(fresh, walker.done || this.charsRead >= MAX_CHARS);
        const added = this.highlighter.add(ex, opts.select(ex.text).filter((m) => m.start >= from && m.start < cut));
        for (const h of added) for (const mark of h.marks) mark.setAttribute('data-style', opts.style);
        return added;
      });
      drawn.push(...added);
      size.took(performance.now() - chunkStart);
      if (performance.now() - sliceStart > SLICE_MS) {
        await yieldToPage();
        sliceStart = performance.now();
      }
    }
    return drawn;
  }
}
