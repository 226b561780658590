import { blockAncestor } from '../../lib/dom/extract';

/** Quiet time before a rescan, so a burst of DOM changes (a framework render, a comment list loading) costs one scan. */
const DEBOUNCE_MS = 300;
const OPTIONS: MutationObserverInit = { childList: true, subtree: true, characterData: true };

const isOwnElement = (node: Node) =>
  node.nodeType === 1 && ((node as Element).tagName.startsWith('CAVEAT-') || !!(node as Element).closest('caveat-popover'));

/**
 * Watches the page (and open shadow roots) for text the page adds or changes,
 * and reports the blocks to rescan after the page settles. Caveat's own DOM
 * work runs inside `pause`, so it never triggers a rescan.
 */
export class PageWatcher {
  private readonly observer: MutationObserver;
  private readonly roots = new Set<Node>();
  private readonly dirty = new Set<Node>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private paused = 0;
  private stopped = false;

  constructor(
    private readonly top: Node,
    /** Is this node one of Caveat's (a mark or a piece of text it inserted)? */
    private readonly owns: (node: Node) => boolean,
    /** Called at once with every batch: the page may have changed text we drew in. */
    private readonly onTouched: () => void,
    /** Called after the page settles, with the blocks whose text changed. */
    private readonly onSettled: (blocks: Node[]) => void,
    signal: AbortSignal,
  ) {
    this.observer = new MutationObserver((records) => this.collect(records));
    this.observe(top);
    signal.addEventListener('abort', () => {
      this.stopped = true;
      clearTimeout(this.timer);
      this.observer.disconnect();
    });
  }

  observe(root: Node): void {
    if (this.roots.has(root)) return;
    this.roots.add(root);
    if (!this.paused && !this.stopped) this.observer.observe(root, OPTIONS);
  }

  pause<T>(work: () => T): T {
    if (this.paused++ === 0) this.observer.disconnect();
    try {
      return work();
    } finally {
      // A stopped watcher stays stopped: a session removes its highlights under the old watcher's pause, and
      // an observer reattached there would see the next session's highlighting as page changes.
      if (--this.paused === 0 && !this.stopped) {
        this.observer.takeRecords();
        for (const root of this.roots) if (root.isConnected || root === this.top) this.observer.observe(root, OPTIONS);
      }
    }
  }

  private collect(records: MutationRecord[]): void {
    let touched = false;
    for (const r of records) {
      if (r.type === 'characterData') {
        if (this.owns(r.target)) continue;
        touched = true;
        this.dirty.add(blockAncestor(r.target, this.top));
        continue;
      }
      const nodes = [...r.addedNodes, ...r.removedNodes].filter((n) => !isOwnElement(n) && !this.owns(n));
      if (!nodes.length) continue;
      touched = true;
      for (const n of r.addedNodes) if (!isOwnElement(n) && (n.textContent ?? '').trim()) this.dirty.add(blockAncestor(n, this.top));
      if (r.removedNodes.length) this.dirty.add(blockAncestor(r.target, this.top));
    }
    if (!touched) return;
    this.onTouched();
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      const blocks = outermost([...this.dirty].filter((n) => n.isConnected));
      this.dirty.clear();
      if (blocks.length) this.onSettled(blocks);
    }, DEBOUNCE_MS);
  }
}

/** Drops nodes inside other nodes of the list. */
function outermost(nodes: Node[]): Node[] {
  return nodes.filter((n) => !nodes.some((m) => m !== n && m.contains(n)));
}
