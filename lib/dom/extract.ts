/**
 * Reads a subtree's prose into one string, joining text across inline elements
 * (so a claim split by <b> or <a> still reads as one sentence) and separating
 * blocks with "\n", with a map from string offsets back to text nodes.
 */

/** Elements whose text is not prose a reader is reading, or is not ours to touch. */
const SKIP = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION', 'BUTTON',
  'CODE', 'PRE', 'KBD', 'SAMP', 'SVG', 'MATH', 'IFRAME', 'OBJECT', 'CANVAS', 'VIDEO', 'AUDIO', 'HEAD', 'TITLE',
  // Menus and previous/next links repeat headlines out of context; a highlight there is noise, not help.
  'NAV',
]);

/** Elements that start a new line of text; everything else is inline and joins its neighbours. */
const BLOCK = new Set([
  'P', 'DIV', 'LI', 'UL', 'OL', 'DL', 'DT', 'DD', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'SECTION',
  'ARTICLE', 'ASIDE', 'HEADER', 'FOOTER', 'NAV', 'MAIN', 'FIGURE', 'FIGCAPTION', 'TABLE', 'TR', 'TD', 'TH',
  'THEAD', 'TBODY', 'CAPTION', 'FORM', 'FIELDSET', 'LEGEND', 'DETAILS', 'SUMMARY', 'ADDRESS', 'HR', 'BR', 'BODY', 'HTML',
]);

/** Most nodes one chunk visits (see `TextWalker.next`). */
const MAX_NODES_PER_CHUNK = 3000;

/** Tag-name prefix of Caveat's own elements (marks, UI hosts); never read or modified. */
export const OWN_PREFIX = 'CAVEAT-';

/** Should this element's subtree be left alone? */
export function isSkipped(el: Element): boolean {
  const tag = el.tagName.toUpperCase();
  if (SKIP.has(tag) || tag.startsWith(OWN_PREFIX)) return true;
  // Most elements carry no attributes at all: skip the four attribute reads for them.
  if (!el.attributes.length) return false;
  const editable = el.getAttribute('contenteditable');
  if (editable !== null && editable !== 'false') return true;
  return (
    el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true' || el.getAttribute('role') === 'navigation' ||
    el.hasAttribute('data-caveat-ignore')
  );
}

export interface Extraction {
  text: string;
  nodes: Text[];
  /** Offset in `text` where each node's data begins. */
  starts: number[];
  /** Open shadow roots met on the way (they need Caveat's mark styles and their own observer). */
  shadowRoots: ShadowRoot[];
}

/** A block to close, or the next sibling to visit under a parent (children are walked lazily: a node with 100,000 children costs nothing up front). */
type StackItem = Node | { close: true } | { next: Node | null };

/**
 * Reads a subtree's text in chunks that end at block boundaries, so a big page
 * can be read, matched and highlighted a slice at a time between other work
 * (no claim spans a block, so a chunk never cuts one). Iterative, so deeply
 * nested markup cannot overflow the stack. Text inside Caveat's own marks is
 * read as page text, so a rescan sees the same string as before highlighting.
 * Open shadow roots are read in place of their host's children, slots filled.
 */
export class TextWalker {
  private readonly stack: StackItem[];
  private lastNewline = true;

  constructor(root: Node) {
    this.stack = [root];
  }

  get done(): boolean {
    return this.stack.length === 0;
  }

  /**
   * The next chunk: at least `softLimit` characters unless the subtree ends
   * first, ending at a block boundary, except that a single block longer than
   * twice the limit, or a chunk of more than 3,000 nodes, is cut between nodes
   * (a claim straddling that cut is missed; the page stays responsive).
   */
  next(softLimit = Infinity): Extraction {
    const nodes: Text[] = [];
    const starts: number[] = [];
    const parts: string[] = [];
    const shadowRoots: ShadowRoot[] = [];
    let length = 0;
    const newline = () => {
      if (!this.lastNewline) {
        parts.push('\n');
        length++;
        this.lastNewline = true;
      }
    };
    let visited = 0;
    while (this.stack.length) {
      // Node-dense markup (thousands of tiny spans) costs time without adding text: cut there too.
      if (++visited > MAX_NODES_PER_CHUNK && softLimit !== Infinity) break;
      const item = this.stack.pop()!;
      if ('next' in item) {
        const node = item.next;
        if (!node) continue;
        item.next = node.nextSibling;
        if (item.next) this.stack.push(item);
        this.stack.push(node);
        continue;
      }
      if ('close' in item) {
        newline();
        if (length >= softLimit) break;
        continue;
      }
      const node = item;
      if (node.nodeType === 3) {
        const data = (node as Text).data;
        if (!data) continue;
        nodes.push(node as Text);
        starts.push(length);
        parts.push(data);
        length += data.length;
        this.lastNewline = false;
        if (length >= 2 * softLimit) break;
        continue;
      }
      if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) continue;
      if (node.nodeType === 1) {
        const el = node as Element;
        const tag = el.tagName.toUpperCase();
        if (tag === 'CAVEAT-MARK') {
          pushChildren(this.stack, node);
          continue;
        }
        if (isSkipped(el)) continue;
        if (BLOCK.has(tag)) {
          newline();
          this.stack.push({ close: true });
        }
        if (tag === 'SLOT') {
          const assigned = (el as HTMLSlotElement).assignedNodes?.({ flatten: true }) ?? [];
          if (assigned.length) {
            for (let i = assigned.length - 1; i >= 0; i--) this.stack.push(assigned[i]!);
            continue;
          }
        }
        const shadow = (el as HTMLElement).shadowRoot;
        if (shadow) {
          shadowRoots.push(shadow);
          pushChildren(this.stack, shadow);
          continue;
        }
      }
      pushChildren(this.stack, node);
    }
    return { text: parts.join(''), nodes, starts, shadowRoots };
  }
}

/** Extracts the whole text under `root` at once (tests, the CLI, small subtrees). */
export function extractText(root: Node, { maxChars = Infinity }: { maxChars?: number } = {}): Extraction {
  return new TextWalker(root).next(maxChars);
}

function pushChildren(stack: StackItem[], node: Node): void {
  if (node.firstChild) stack.push({ next: node.firstChild });
}

/** The nearest ancestor that is a block (or the root), which is what a rescan of a changed node should read. */
export function blockAncestor(node: Node, stop: Node): Node {
  for (let n: Node | null = node.nodeType === 1 ? node : node.parentNode; n && n !== stop; n = n.parentNode) {
    if (n.nodeType === 1 && BLOCK.has((n as Element).tagName.toUpperCase())) return n;
    if (n.nodeType === 11) return n;
  }
  return stop;
}

/** The text node holding offset `pos` (binary search over starts). */
export function locate(ex: Extraction, pos: number): { index: number; offset: number } {
  let lo = 0;
  let hi = ex.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (ex.starts[mid]! <= pos) lo = mid;
    else hi = mid - 1;
  }
  return { index: lo, offset: pos - (ex.starts[lo] ?? 0) };
}
