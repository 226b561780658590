import type { Match } from '../match/types';
import { locate, type Extraction } from './extract';

/** Caveat's highlight element: our own tag, so page CSS selectors and our cleanup never confuse it with page markup. */
export const MARK_TAG = 'caveat-mark';

/** One highlighted claim (or overlapping claims) and the marks that show it. */
export interface Highlight {
  id: number;
  matches: Match[];
  marks: HTMLElement[];
  /** The page text that matched. */
  quote: string;
}

type Undo = () => void;

/**
 * Wraps matched text in marks. Every DOM change is logged as its inverse, so
 * `remove()` replays them backwards and leaves the DOM exactly as it was
 * (the same nodes, the same text nodes, `isEqualNode` true). Wrapping never
 * changes the page's text: marks only add structure around existing text nodes.
 */
export class Highlighter {
  readonly highlights: Highlight[] = [];
  private readonly undo: Undo[] = [];
  private nextId = 1;

  /** Highlights matches over an extraction; overlapping matches share one highlight. */
  add(ex: Extraction, matches: readonly Match[]): Highlight[] {
    const groups = groupOverlapping(matches);
    const created: Highlight[] = [];
    // Back to front: splitting a text node keeps the head node, so earlier offsets stay valid.
    for (let g = groups.length - 1; g >= 0; g--) {
      const group = groups[g]!;
      const start = Math.min(...group.map((m) => m.start));
      const end = Math.max(...group.map((m) => m.end));
      const marks = this.wrap(ex, start, end);
      if (!marks.length) continue;
      const h: Highlight = { id: this.nextId++, matches: group, marks, quote: ex.text.slice(start, end) };
      this.describe(h);
      created.unshift(h);
    }
    this.highlights.push(...created);
    return created;
  }

  /** Restores the DOM exactly; safe to call twice. */
  remove(): void {
    while (this.undo.length) {
      try {
        this.undo.pop()!();
      } catch {
        // The page removed or moved our nodes itself; nothing left to restore there.
      }
    }
    this.highlights.length = 0;
  }

  private wrap(ex: Extraction, start: number, end: number): HTMLElement[] {
    const first = locate(ex, start);
    const last = locate(ex, end - 1);
    const marks: HTMLElement[] = [];
    for (let i = last.index; i >= first.index; i--) {
      const node = ex.nodes[i]!;
      const a = i === first.index ? first.offset : 0;
      const b = i === last.index ? last.offset + 1 : node.data.length;
      if (b <= a || !node.data.slice(a, b).trim()) continue;
      const mark = this.wrapPart(node, a, b);
      if (mark) marks.unshift(mark);
    }
    return marks;
  }

  private wrapPart(node: Text, a: number, b: number): HTMLElement | undefined {
    const parent = node.parentNode;
    const doc = node.ownerDocument;
    if (!parent || !doc) return undefined;
    if (b < node.data.length) this.split(node, b);
    const target = a > 0 ? this.split(node, a) : node;
    const mark = doc.createElement(MARK_TAG);
    parent.insertBefore(mark, target);
    mark.appendChild(target);
    this.undo.push(() => {
      mark.parentNode?.insertBefore(target, mark);
      mark.remove();
    });
    return mark;
  }

  private split(node: Text, at: number): Text {
    const tail = node.splitText(at);
    this.undo.push(() => {
      node.appendData(tail.data);
      tail.remove();
    });
    return tail;
  }

  /** Accessible name and keyboard reachability: the first mark is the button, the rest are decoration. */
  private describe(h: Highlight): void {
    const verdict = h.matches[0]!.verdict;
    const claims = h.matches.map((m) => m.claim).join(' ');
    h.marks.forEach((mark, i) => {
      mark.setAttribute('data-claims', claims);
      mark.setAttribute('data-caveat-id', String(h.id));
      mark.setAttribute('data-verdict', verdict);
      if (i === 0) {
        mark.setAttribute('tabindex', '0');
        mark.setAttribute('role', 'button');
        mark.setAttribute('aria-haspopup', 'dialog');
        mark.setAttribute('aria-label', `Caveat: ${verdict.replace('-', ' ')} claim. Press Enter for context.`);
      }
    });
  }
}

/** Groups matches whose spans overlap, strongest first within each group. */
export function groupOverlapping(matches: readonly Match[]): Match[][] {
  const sorted = [...matches].sort((a, b) => a.start - b.start || b.score - a.score);
  const groups: Match[][] = [];
  let end = -1;
  for (const m of sorted) {
    const current = groups[groups.length - 1];
    if (current && m.start < end) {
      current.push(m);
      end = Math.max(end, m.end);
    } else {
      groups.push([m]);
      end = m.end;
    }
  }
  return groups.map((g) => g.sort((a, b) => b.score - a.score));
}
