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

/** Tag-name prefix of Caveat's own elements (marks, UI hosts); never read or modified. */
export const OWN_PREFIX = 'CAVEAT-';

export interface Extraction {
  text: string;
  nodes: Text[];
  /** Offset in `text` where each node's data begins. */
  starts: number[];
}

/** Should this element's subtree be left alone? */
export function isSkipped(el: Element): boolean {
  const tag = el.tagName.toUpperCase();
  if (SKIP.has(tag) || tag.startsWith(OWN_PREFIX)) return true;
  const editable = el.getAttribute('contenteditable');
  if (editable !== null && editable !== 'false') return true;
  return (
    el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true' || el.getAttribute('role') === 'navigation' ||
    el.hasAttribute('data-caveat-ignore')
  );
}

/**
 * Extracts the text under `root`. Iterative (no recursion), so deeply nested
 * markup cannot overflow the stack. Text nodes inside Caveat's own marks are
 * read as page text, so rescans see the same string as before highlighting.
 */
export function extractText(root: Node, { maxChars = Infinity }: { maxChars?: number } = {}): Extraction {
  const nodes: Text[] = [];
  const starts: number[] = [];
  const parts: string[] = [];
  let length = 0;
  let lastNewline = true;
  const newline = () => {
    if (!lastNewline) {
      parts.push('\n');
      length++;
      lastNewline = true;
    }
  };
  // Stack entries: a node to visit, or the block element to close after its children.
  const stack: (Node | { close: true })[] = [root];
  while (stack.length && length < maxChars) {
    const item = stack.pop()!;
    if ('close' in item) {
      newline();
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
      lastNewline = false;
      continue;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) continue;
    if (node.nodeType === 1) {
      const el = node as Element;
      const tag = el.tagName.toUpperCase();
      if (tag === 'CAVEAT-MARK') {
        pushChildren(stack, node);
        continue;
      }
      if (isSkipped(el)) continue;
      if (BLOCK.has(tag)) {
        newline();
        stack.push({ close: true });
      }
    }
    pushChildren(stack, node);
  }
  return { text: parts.join(''), nodes, starts };
}

function pushChildren(stack: (Node | { close: true })[], node: Node): void {
  for (let c = node.lastChild; c; c = c.previousSibling) stack.push(c);
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
