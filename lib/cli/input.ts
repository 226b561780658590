import { Window } from 'happy-dom';
import { extractText } from '../dom/extract';

export type SourceKind = 'html' | 'text';

/** A page to scan, read and turned into the text the matcher sees. */
export interface Page {
  /** File path, URL or "stdin". */
  label: string;
  kind: SourceKind;
  /** For HTML, the text as the extension extracts it (blocks on their own lines); otherwise the input. */
  text: string;
}

/** A page that cannot be read: missing file, failed fetch. The CLI prints the message and exits 1. */
export class InputError extends Error {}

/** The extension of a file name or URL path, lowercase with its dot ("" when none). */
export function extensionOf(name: string): string {
  const base = name.replace(/[?#].*$/, '').replace(/^.*[/\\]/, '');
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot).toLowerCase() : '';
}

const HTML_EXT = new Set(['.html', '.htm', '.xhtml', '.shtml']);
const TEXT_EXT = new Set(['.txt', '.text', '.md', '.markdown']);

/** Looks like markup: starts with a tag, a doctype or a comment, or contains common page tags. */
export function looksLikeHtml(content: string): boolean {
  const head = content.slice(0, 2048);
  return /^\s*(<!doctype\s+html|<html[\s>]|<!--|<(head|body|p|div|article|section|main|h[1-6]|span|a|ul|ol|table)[\s>])/i.test(head)
    || /<(html|body|p|div|article)[\s>]/i.test(head);
}

/** Decides how to read a page: by content type, then file extension, then by looking at it. */
export function kindOf(name: string, content: string, contentType?: string): SourceKind {
  const type = contentType?.split(';')[0]?.trim().toLowerCase();
  if (type === 'text/html' || type === 'application/xhtml+xml') return 'html';
  if (type === 'text/plain') return 'text';
  const ext = extensionOf(name);
  if (HTML_EXT.has(ext)) return 'html';
  if (TEXT_EXT.has(ext)) return 'text';
  return looksLikeHtml(content) ? 'html' : 'text';
}

/**
 * Parses HTML with happy-dom (no scripts run, nothing is loaded) and reads the
 * body's text with the extension's own {@link extractText}, so the CLI sees
 * what the content script would see.
 */
export async function htmlToText(html: string): Promise<string> {
  const window = new Window({
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      disableComputedStyleRendering: true,
    },
  });
  try {
    const doc = new window.DOMParser().parseFromString(html, 'text/html');
    return extractText((doc.body ?? doc) as unknown as Node).text;
  } finally {
    await window.happyDOM.close();
  }
}

export const isUrl = (s: string) => /^https?:\/\//i.test(s);

/** A URL with a scheme the CLI does not fetch (ftp://, file://, …). */
export const isOtherUrl = (s: string) => !isUrl(s) && /^[a-z][a-z0-9+.-]*:\/\//i.test(s);

/** Turns what was read into the page to match: HTML through {@link htmlToText}, text as is. */
export async function toPage(label: string, name: string, content: string, contentType?: string): Promise<Page> {
  const kind = kindOf(name, content, contentType);
  return { label, kind, text: kind === 'html' ? await htmlToText(content) : content };
}
