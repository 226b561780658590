import { isWordChar } from '../match/dictionary';

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

/** Most nodes one chunk visits by default (see `TextWalker.next`). */
const MAX_NODES_PER_CHUNK = 3000;

/** Tag-name prefix of Caveat's own elements (marks, UI hosts); never read or modified. */
export const OWN_PREFIX = 'CAVEAT-';

/** What an element is to the walker, by tag name. */
const enum Kind {
  Inline,
  Block,
  Skip,
  Own,
  Slot,
}

/** Tag names are few and repeat: each is upper-cased and classified once per page. */
const kinds = new Map<string, Kind>();
function kindOf(tagName: string): Kind {
  let kind = kinds.get(tagName);
  if (kind === undefined) {
    const tag = tagName.toUpperCase();
    kind = tag === 'CAVEAT-MARK' ? Kind.Own : SKIP.has(tag) || tag.startsWith(OWN_PREFIX) ? Kind.Skip : BLOCK.has(tag) ? Kind.Block : tag === 'SLOT' ? Kind.Slot : Kind.Inline;
    kinds.set(tagName, kind);
  }
  return kind;
}

/** Is an element (of a kind that is read) hidden, editable or opted out by its attributes? */
function skippedByAttributes(el: Element): boolean {
  // Most elements carry no attributes at all: one call instead of four reads.
  if (!el.hasAttributes()) return false;
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

/**
 * The walker's stack, as two parallel arrays: what to do, and with which node.
 * "Siblings" visits a node and then its next sibling, so children are walked
 * lazily (a node with 100,000 children costs nothing up front).
 */
const enum Step {
  Visit,
  Siblings,
  Close,
}

/**
 * Reads a subtree's text in chunks that end at block boundaries, so a big page
 * can be read, matched and highlighted a slice at a time between other work
 * (no claim spans a block, so a chunk never cuts one). Iterative, so deeply
 * nested markup cannot overflow the stack. Text inside Caveat's own marks is
 * read as page text, so a rescan sees the same string as before highlighting.
 * Open shadow roots are read in place of their host's children, slots filled.
 */
export class TextWalker {
  private readonly steps: Step[] = [Step.Visit];
  private readonly nodes: (Node | null)[];
  private lastNewline = true;

  constructor(root: Node) {
    this.nodes = [root];
  }

  get done(): boolean {
    return this.steps.length === 0;
  }

  /**
   * The next chunk: at least `softLimit` characters unless the subtree ends
   * first, ending at a block boundary, except that a single block longer than
   * twice the limit, or a chunk of more than `maxNodes` nodes, is cut between nodes
   * (a claim straddling that cut is missed; the page stays responsive).
   */
  next(softLimit = Infinity, maxNodes = MAX_NODES_PER_CHUNK): Extraction {
    const { steps, nodes: stack } = this;
    const nodes: Text[] = [];
    const starts: number[] = [];
    const parts: string[] = [];
    const shadowRoots: ShadowRoot[] = [];
    let length = 0;
    let visited = 0;
    const children = (node: Node) => {
      const first = node.firstChild;
      if (first) {
        steps.push(Step.Siblings);
        stack.push(first);
      }
    };
    while (steps.length) {
      // Node-dense markup (thousands of tiny spans) costs time without adding text: cut there too.
      if (++visited > maxNodes && softLimit !== Infinity) break;
      const step = steps.pop()!;
      let node = stack.pop()!;
      if (step === Step.Close) {
        if (!this.lastNewline) {
          parts.push('\n');
          length++;
          this.lastNewline = true;
        }
        if (length >= softLimit) break;
        continue;
      }
      if (step === Step.Siblings) {
        const next = node!.nextSibling;
        if (next) {
          steps.push(Step.Siblings);
          stack.push(next);
        }
      }
      node = node!;
      const type = node.nodeType;
      if (type === 3) {
        const data = (node as Text).data;
        if (!data) continue;
        // Markup joins words only when it is styled inline: "…German Soldiers<time>March 16</time>" is
        // a title and a date when the page shows the date on a line of its own.
        const previous = nodes.at(-1);
        if (!this.lastNewline && previous && joinsWords(parts.at(-1)!, data) && laidOutApart(previous, node)) {
          parts.push('\n');
          length++;
        }
        nodes.push(node as Text);
        starts.push(length);
        parts.push(data);
        length += data.length;
        this.lastNewline = false;
        if (length >= 2 * softLimit) break;
        continue;
      }
      if (type === 9 || type === 11) {
        children(node);
        continue;
      }
      if (type !== 1) continue;
      const el = node as Element;
      const kind = kindOf(el.tagName);
      if (kind === Kind.Own) {
        children(node);
        continue;
      }
      if (kind === Kind.Skip || skippedByAttributes(el)) continue;
      if (kind === Kind.Block) {
        if (!this.lastNewline) {
          parts.push('\n');
          length++;
          this.lastNewline = true;
        }
        steps.push(Step.Close);
        stack.push(null);
      }
      if (kind === Kind.Slot) {
        const assigned = (el as HTMLSlotElement).assignedNodes?.({ flatten: true }) ?? [];
        if (assigned.length) {
          for (let i = assigned.length - 1; i >= 0; i--) {
            steps.push(Step.Visit);
            stack.push(assigned[i]!);
          }
          continue;
        }
      }
      const shadow = (el as HTMLElement).shadowRoot;
      if (shadow) {
        shadowRoots.push(shadow);
        children(shadow);
        continue;
      }
      children(node);
    }
    return { text: parts.join(''), nodes, starts, shadowRoots };
  }
}

/** Would these two texts, put side by side, run one word into the next? */
const joinsWords = (before: string, after: string) => isWordChar(before.charCodeAt(before.length - 1)) && isWordChar(after.charCodeAt(0));

/**
 * Does an element between two text nodes lay them out apart (a block, a flex or grid item, a table
 * cell…)? Asked only where words would otherwise run together, so the style lookups stay rare.
 * Without computed styles (a document that is not rendered) markup is read as inline.
 */
function laidOutApart(a: Node, b: Node): boolean {
  const view = b.ownerDocument?.defaultView;
  if (!view?.getComputedStyle) return false;
  const above = new Set<Node>();
  for (let n = a.parentNode; n; n = n.parentNode) above.add(n);
  let common: Node | null = b.parentNode;
  while (common && !above.has(common)) common = common.parentNode;
  const breaks = (from: Node) => {
    for (let n = from.parentNode; n && n !== common; n = n.parentNode) {
      if (n.nodeType !== 1) continue;
      const display = view.getComputedStyle(n as Element).display;
      if (display && display !== 'contents' && !display.startsWith('inline') && !display.startsWith('ruby')) return true;
    }
    return false;
  };
  return breaks(a) || breaks(b);
}

/** Extracts the whole text under `root` at once (tests, the CLI, small subtrees). */
export function extractText(root: Node, { maxChars = Infinity }: { maxChars?: number } = {}): Extraction {
  return new TextWalker(root).next(maxChars);
}

/**
 * About the last `maxChars` characters of the text before `node` within `stop`, read as the walker reads them:
 * the context a rescan of `node` reads it with, so a sentence that points back or a reply reads as in the first scan.
 */
export function textBefore(node: Node, stop: Node, maxChars: number): string {
  const parts: string[] = [];
  let length = 0;
  for (let n: Node | null = node; n && n !== stop && length < maxChars; n = n.parentNode) {
    const text = siblingsText(n.previousSibling, maxChars - length);
    parts.push(text);
    length += text.length;
  }
  const text = parts.reverse().join('');
  return text.slice(Math.max(0, text.length - maxChars));
}

/** About the last `want` characters of `last` and the siblings before it; of a much longer node, only its last children (the article above a comment list). */
function siblingsText(last: Node | null, want: number): string {
  const parts: string[] = [];
  let length = 0;
  for (let n = last; n && length < want; n = n.previousSibling) {
    const long = !!n.lastChild && (n.textContent?.length ?? 0) > 2 * (want - length);
    const text = long ? siblingsText(n.lastChild, want - length) : extractText(n).text;
    parts.push(text);
    length += text.length;
  }
  return parts.reverse().join('');
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
