import { PageSelection } from '../messages';
import { MAX_TEXT, MAX_URL, ReportKind } from './schema';

/** What the report form opens with; the reader can change all of it. */
export interface ReportPrefill {
  kind: ReportKind;
  /** Claims-db id, when the report is about a highlight. */
  claim?: string;
  selection: string;
  sentence?: string;
  pageTitle: string;
  pageUrl: string;
}

const PARAMS = { kind: 'kind', claim: 'claim', selection: 'selection', sentence: 'sentence', pageTitle: 'title', pageUrl: 'url' } as const;

const clip = (s: string, max: number) => (s.length > max ? s.slice(0, max) : s);

/**
 * The report page's query string for a prefill (`report.html?kind=…&selection=…&title=…&url=…`).
 * Values are clipped to what the schema accepts, so a huge selection cannot make a huge URL.
 */
export function prefillToQuery(p: ReportPrefill): string {
  const q = new URLSearchParams();
  q.set(PARAMS.kind, p.kind);
  if (p.claim) q.set(PARAMS.claim, clip(p.claim, 100));
  if (p.selection) q.set(PARAMS.selection, clip(p.selection, MAX_TEXT));
  if (p.sentence) q.set(PARAMS.sentence, clip(p.sentence, MAX_TEXT));
  if (p.pageTitle) q.set(PARAMS.pageTitle, clip(p.pageTitle, MAX_URL));
  if (p.pageUrl) q.set(PARAMS.pageUrl, clip(p.pageUrl, MAX_URL));
  return q.toString();
}

/** Reads a prefill back from the report page's query string; anything missing or unknown is left empty. */
export function prefillFromQuery(search: string): ReportPrefill {
  const q = new URLSearchParams(search);
  const get = (k: string, max: number) => clip(q.get(k) ?? '', max);
  const kind = ReportKind.safeParse(q.get(PARAMS.kind));
  const claim = get(PARAMS.claim, 100);
  const sentence = get(PARAMS.sentence, MAX_TEXT);
  return {
    kind: kind.success ? kind.data : 'new-claim',
    ...(claim ? { claim } : {}),
    selection: get(PARAMS.selection, MAX_TEXT),
    ...(sentence ? { sentence } : {}),
    pageTitle: get(PARAMS.pageTitle, MAX_URL),
    pageUrl: get(PARAMS.pageUrl, MAX_URL),
  };
}

/** What the browser knows without the content script: the context menu's selection and the tab. */
export interface PrefillFallback {
  selectionText?: string;
  tabTitle?: string;
  tabUrl?: string;
}

/**
 * The prefill for a new-claim report from a tab: the content script's answer to `caveat:selection`
 * when it gave a valid one (it knows the sentence around the selection), else what the browser
 * knows. A content script's empty selection still loses to the context menu's, which is never stale.
 */
export function prefillFromTab(answer: unknown, fallback: PrefillFallback): ReportPrefill {
  const parsed = PageSelection.safeParse(answer);
  const page = parsed.success ? parsed.data : undefined;
  const selection = (page?.selection.trim() || fallback.selectionText?.trim()) ?? '';
  // The sentence belongs to the content script's selection; without one it describes nothing.
  const sentence = page?.selection.trim() ? page.sentence.trim() : undefined;
  return {
    kind: 'new-claim',
    selection,
    ...(sentence && sentence !== selection ? { sentence } : {}),
    pageTitle: page?.pageTitle || fallback.tabTitle || '',
    pageUrl: page?.pageUrl || fallback.tabUrl || '',
  };
}
