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
  /** The page's text nodes this highlight is drawn in. */
  owners: Text[];
}

/**
 * A page text node we drew in. Why this shape: frameworks (React, Preact, Vue)
 * keep references to their text nodes and later set `nodeValue` on them or
 * `removeChild` them from their parent. So the page's node never moves and is
 * never wrapped: it keeps the text before the first highlight (possibly ""),
 * and nodes we create right after it carry the rest, marks included. A
 * framework's update then lands on its own node, and we only have to delete
 * ours (see `repair`). The CSS Custom Highlight API would avoid touching the DOM
 * at all, but it gives no focusable element for keyboard and screen-reader
 * users, which a claim warning must have.
 */
interface Segmented {
  node: Text;
  /** The node's data before we touched it. */
  original: string;
  /** What we left in the node; anything else means the page changed it. */
  kept: string;
  /** Our nodes after it, in order. */
  inserted: Node[];
  highlights: Set<Highlight>;
}

/**
 * Draws and removes highlights. Removing restores the DOM exactly (same nodes,
 * `isEqualNode` true); drawing never changes the page's text.
 */
export class Highlighter {
  readonly highlights: Highlight[] = [];
  private readonly segmented = new Map<Text, Segmented>();
  /** Every node we inserted, for `owns`, which the page watcher asks for each mutated node. */
  private readonly ours = new WeakSet<Node>();
  private nextId = 1;

  /** Highlights matches over an extraction; overlapping matches share one highlight. */
  add(ex: Extraction, matches: readonly Match[]): Highlight[] {
    const created: Highlight[] = [];
    // Ranges per text node, gathered first so each node is cut once.
    const cuts = new Map<number, { a: number; b: number; h: Highlight }[]>();
    for (const group of groupOverlapping(matches)) {
      const start = Math.min(...group.map((m) => m.start));
      const end = Math.max(...group.map((m) => m.end));
      const h: Highlight = { id: this.nextId++, matches: group, marks: [], quote: ex.text.slice(start, end), owners: [] };
      const first = locate(ex, start);
      const last = locate(ex, end - 1);
      for (let i = first.index; i <= last.index; i++) {
        const node = ex.nodes[i]!;
        if (this.segmented.has(node)) continue; // already drawn in; a rescan removes first
        const a = i === first.index ? first.offset : 0;
        const b = i === last.index ? last.offset + 1 : node.data.length;
        if (b <= a || !node.data.slice(a, b).trim()) continue;
        const list = cuts.get(i) ?? [];
        list.push({ a, b, h });
        cuts.set(i, list);
      }
      created.push(h);
    }
    for (const [i, list] of cuts) this.cut(ex.nodes[i]!, list);
    const drawn = created.filter((h) => h.marks.length);
    drawn.forEach((h) => this.describe(h));
    this.highlights.push(...drawn);
    return drawn;
  }

  /** Removes every highlight and restores the DOM exactly; safe to call twice. */
  remove(): void {
    for (const seg of [...this.segmented.values()]) this.restore(seg);
    this.highlights.length = 0;
  }

  /** Removes the highlights drawn inside `root` (and any that share a text node with them). */
  removeWithin(root: Node): Highlight[] {
    const hit = this.highlights.filter((h) => h.owners.some((n) => root.contains(n)));
    return this.removeHighlights(hit);
  }

  /**
   * After the page changed or removed text nodes we drew in: deletes our nodes
   * there, keeps the page's new text, and drops the affected highlights.
   * Returns the dropped highlights and the elements whose text should be rescanned.
   */
  repair(): { dropped: Highlight[]; dirty: Element[] } {
    const broken = [...this.segmented.values()].filter(
      (s) => !s.node.isConnected || s.node.data !== s.kept || s.inserted.some((n) => n.parentNode !== s.node.parentNode),
    );
    const affected = new Set<Highlight>();
    const dirty: Element[] = [];
    for (const s of broken) {
      s.highlights.forEach((h) => affected.add(h));
      if (s.node.parentElement) dirty.push(s.node.parentElement);
      for (const n of s.inserted) (n as ChildNode).remove();
      this.segmented.delete(s.node);
    }
    const dropped = [...affected];
    // Other text nodes of the dropped highlights are intact: restore them exactly.
    this.removeHighlights(dropped);
    return { dropped, dirty };
  }

  /** Is this node one of ours (a mark or a text piece we inserted)? */
  owns(node: Node): boolean {
    return this.ours.has(node);
  }

  private removeHighlights(list: readonly Highlight[]): Highlight[] {
    const all = new Set(list);
    // Removing a text node's cuts removes every highlight drawn in it; follow those too.
    const queue = [...all];
    while (queue.length) {
      const h = queue.pop()!;
      for (const node of h.owners) {
        const seg = this.segmented.get(node);
        if (!seg) continue;
        for (const other of seg.highlights) if (!all.has(other)) { all.add(other); queue.push(other); }
        this.restore(seg);
      }
    }
    const removed = this.highlights.filter((h) => all.has(h));
    const keep = this.highlights.filter((h) => !all.has(h));
    this.highlights.length = 0;
    this.highlights.push(...keep);
    return removed;
  }

  private restore(seg: Segmented): void {
    for (const n of seg.inserted) (n as ChildNode).remove();
    if (seg.node.data === seg.kept) seg.node.data = seg.original;
    this.segmented.delete(seg.node);
  }

  /** Cuts one text node at the given ranges: the node keeps the head, our nodes carry the rest. */
  private cut(node: Text, ranges: { a: number; b: number; h: Highlight }[]): void {
    const parent = node.parentNode;
    const doc = node.ownerDocument;
    if (!parent || !doc) return;
    ranges.sort((x, y) => x.a - y.a);
    const original = node.data;
    const inserted: Node[] = [];
    const seg: Segmented = { node, original, kept: original.slice(0, ranges[0]!.a), inserted, highlights: new Set() };
    let pos = ranges[0]!.a;
    for (const { a, b, h } of ranges) {
      const from = Math.max(a, pos);
      if (from > pos) inserted.push(doc.createTextNode(original.slice(pos, from)));
      if (b <= from) continue;
      const mark = doc.createElement(MARK_TAG);
      mark.append(doc.createTextNode(original.slice(from, b)));
      inserted.push(mark);
      h.marks.push(mark);
      h.owners.push(node);
      seg.highlights.add(h);
      pos = b;
    }
    if (pos < original.length) inserted.push(doc.createTextNode(original.slice(pos)));
    node.data = seg.kept;
    const next = node.nextSibling;
    for (const n of inserted) {
      parent.insertBefore(n, next);
      this.ours.add(n);
      if (n.firstChild) this.ours.add(n.firstChild);
    }
    this.segmented.set(node, seg);
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
        mark.setAttribute('aria-expanded', 'false');
        mark.setAttribute('aria-description', `Caveat: ${verdict.replace('-', ' ')} claim. Press Enter for the historians' context.`);
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
