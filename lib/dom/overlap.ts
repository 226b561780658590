import type { Extraction } from './extract';

/**
 * How far the matcher reads across blocks: a reply three blocks below a post
 * (author line, action bar, reply) may drop its claim, and a reported claim
 * waits for its rebuttal into the next paragraph. A page read in chunks therefore holds the last
 * few blocks of each chunk back, undrawn, and reads them again with the next
 * one, together with the blocks before them as context, so where the chunks
 * happen to end does not change what is highlighted.
 */
export const OVERLAP_BLOCKS = 4;
/** A block longer than this is not held back whole. */
export const OVERLAP_CHARS = 4_000;

/**
 * Where the held-back tail of `ex` starts: the first text node of its last `blocks` lines with words, at most `maxChars`
 * from its end. The offset is a node's start, so the tail is an extraction of its own ({@link tailFrom}).
 */
export function tailStart({ text, starts }: Extraction, blocks = OVERLAP_BLOCKS, maxChars = OVERLAP_CHARS): number {
  // Back over `blocks` lines with words (markup leaves lines of white space between blocks).
  let at = text.length;
  for (let seen = 0; seen < blocks && at > 0; ) {
    const lineStart = text.lastIndexOf('\n', at - 1) + 1;
    if (/\S/.test(text.slice(lineStart, at))) seen++;
    at = Math.max(0, lineStart - 1);
  }
  if (at > 0) at++;
  at = Math.max(at, text.length - maxChars);
  const i = firstNodeFrom(starts, at);
  return i < starts.length ? starts[i]! : text.length;
}

/** The index of the first node that starts at or after `at`. */
function firstNodeFrom(starts: readonly number[], at: number): number {
  let i = 0;
  while (i < starts.length && starts[i]! < at) i++;
  return i;
}

/** The part of `ex` from offset `from` on (a node's start), as an extraction of its own. */
export function tailFrom(ex: Extraction, from: number): Extraction {
  const i = firstNodeFrom(ex.starts, from);
  return { text: ex.text.slice(from), nodes: ex.nodes.slice(i), starts: ex.starts.slice(i).map((s) => s - from), shadowRoots: [] };
}

/** `a` followed by `b`, read on from where `a` ended. */
export function joined(a: Extraction, b: Extraction): Extraction {
  const shift = a.text.length;
  return {
    text: a.text + b.text,
    nodes: [...a.nodes, ...b.nodes],
    starts: [...a.starts, ...b.starts.map((s) => s + shift)],
    shadowRoots: b.shadowRoots,
  };
}

/**
 * Do the nodes of `ex` from offset `from` on still hold the text read from them? The page may have changed them
 * since (those before `from` are only read again, not drawn in: drawing there has cut them).
 */
export function intact(ex: Extraction, from = 0): boolean {
  return ex.nodes.every((node, i) => ex.starts[i]! < from || (node.isConnected && ex.text.startsWith(node.data, ex.starts[i]!)));
}

/**
 * Chunks as the matcher should read them: each fresh chunk joined to what the one before held back, its last
 * {@link OVERLAP_BLOCKS} lines not yet drawn and as many before them for context. `next` returns what to
 * match, and the offsets between which its matches are drawn now.
 */
export class OverlappingChunks {
  private held: Extraction | undefined;
  /** Where in `held` the lines not yet drawn start. */
  private drawnUntil = 0;

  /** Reads the first chunk after `context`, the page's text before it (only read, never drawn in). */
  constructor(context = '') {
    if (!context) return;
    this.held = { text: context.endsWith('\n') ? context : `${context}\n`, nodes: [], starts: [], shadowRoots: [] };
    this.drawnUntil = this.held.text.length;
  }

  /** `last`: no chunk follows (the subtree is read, or the page is too long to read on). */
  next(fresh: Extraction, last: boolean): { ex: Extraction; from: number; cut: number } {
    // Held nodes the page has changed since are left to the rescan of their blocks.
    const keep = this.held && intact(this.held, this.drawnUntil) ? this.held : undefined;
    const ex = keep ? joined(keep, fresh) : fresh;
    const from = keep ? this.drawnUntil : 0;
    const cut = last ? ex.text.length : Math.max(from, tailStart(ex));
    const context = Math.min(cut, tailStart(ex, 2 * OVERLAP_BLOCKS, 2 * OVERLAP_CHARS));
    this.held = last ? undefined : tailFrom(ex, context);
    this.drawnUntil = cut - context;
    return { ex, from, cut };
  }
}
