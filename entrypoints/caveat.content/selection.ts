import type { PageSelection } from '../../lib/messages';

/** Longest context sent with a report: the sentence around the selection, never the page. */
const MAX_CONTEXT = 600;

/** The reader's selection and the sentence around it, for a report. Only this leaves the page, and only if they send it. */
export function currentSelection(): PageSelection {
  const sel = window.getSelection();
  const selection = sel?.toString().trim() ?? '';
  let sentence = selection;
  const node = sel?.anchorNode;
  const block = node && (node.nodeType === 1 ? (node as Element) : node.parentElement)?.closest('p, li, blockquote, td, h1, h2, h3, h4, dd, div');
  if (block && selection) {
    const text = (block.textContent ?? '').replace(/\s+/g, ' ');
    const at = text.indexOf(selection.replace(/\s+/g, ' '));
    if (at >= 0) {
      const dot = text.lastIndexOf('. ', at);
      const start = dot < 0 ? 0 : dot + 2;
      const endDot = text.indexOf('. ', at + selection.length);
      const end = endDot < 0 ? text.length : endDot + 1;
      sentence = text.slice(start, end).trim();
    }
  }
  return { selection, sentence: sentence.slice(0, MAX_CONTEXT), pageTitle: document.title, pageUrl: location.href };
}
