import { readFileSync, statSync } from 'node:fs';
import { extname } from 'node:path';
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
  const ext = extname(name.replace(/[?#].*$/, '')).toLowerCase();
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

/** Reads all of a stream as UTF-8. */
export async function readAll(stream: AsyncIterable<Buffer | string>): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks).toString('utf8');
}

/** Reads a file, URL or stdin ("-") into the text to match. */
export async function readPage(source: string, stdin: AsyncIterable<Buffer | string> = process.stdin): Promise<Page> {
  let content: string;
  let contentType: string | undefined;
  let label = source;
  if (source === '-') {
    label = 'stdin';
    content = await readAll(stdin);
  } else if (isUrl(source)) {
    let res: Response;
    try {
      res = await fetch(source, { headers: { accept: 'text/html,text/plain;q=0.9,*/*;q=0.5', 'user-agent': 'caveat-cli' } });
    } catch (err) {
      const cause = err instanceof Error && err.cause instanceof Error ? `: ${err.cause.message}` : '';
      throw new InputError(`could not fetch ${source}${cause || (err instanceof Error ? `: ${err.message}` : '')}`);
    }
    if (!res.ok) throw new InputError(`could not fetch ${source}: HTTP ${res.status} ${res.statusText}`.trim());
    contentType = res.headers.get('content-type') ?? undefined;
    const type = contentType?.split(';')[0]?.trim().toLowerCase() ?? '';
    if (type && !type.startsWith('text/') && type !== 'application/xhtml+xml') throw new InputError(`${source} is ${type}, not an HTML or text page`);
    content = await res.text();
  } else if (/^[a-z][a-z0-9+.-]*:\/\//i.test(source)) {
    throw new InputError(`unsupported URL scheme in ${source}: only http:// and https:// are fetched`);
  } else {
    let isFile = false;
    try {
      isFile = statSync(source).isFile();
    } catch {
      throw new InputError(`no such file: ${source}`);
    }
    if (!isFile) throw new InputError(`not a file: ${source}`);
    try {
      content = readFileSync(source, 'utf8');
    } catch (err) {
      throw new InputError(`could not read ${source}: ${err instanceof Error ? err.message : String(err)}`);
    }
  }
  const kind = kindOf(label === 'stdin' ? '' : source, content, contentType);
  return { label, kind, text: kind === 'html' ? await htmlToText(content) : content };
}
