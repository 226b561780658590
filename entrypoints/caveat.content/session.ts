import type { ClaimDetails } from '../../lib/claims/details';
import { extractText } from '../../lib/dom/extract';
import { Highlighter, MARK_TAG, type Highlight } from '../../lib/dom/highlight';
import type { HighlightSummary } from '../../lib/messages';
import type { Matcher } from '../../lib/match/matcher';
import { SENSITIVITY } from '../../lib/match/types';
import type { Settings } from '../../lib/settings';
import { PopoverHost } from './popover-host';

/** Pages past this many characters are read only up to it (about 5 MB of text). */
export const MAX_CHARS = 5_000_000;

/**
 * Caveat's presence on one page: highlights, popover and listeners. Everything
 * it adds is undone by `stop()`, which runs when the user turns Caveat off for
 * the site or the extension is reloaded or removed.
 */
export class PageSession {
  private highlighter = new Highlighter();
  private popover: PopoverHost;
  private listeners: AbortController | undefined;
  error: string | undefined;
  truncated = false;

  constructor(
    private readonly matcher: Matcher,
    private readonly claims: ReadonlyMap<string, ClaimDetails>,
    onReadMore: (id: string) => void,
  ) {
    this.popover = new PopoverHost(claims, onReadMore);
  }

  get popoverOpen(): boolean {
    return !!this.popover.current;
  }

  get highlights(): readonly Highlight[] {
    return this.highlighter.highlights;
  }

  start(settings: Settings, root: Node = document.body): void {
    this.stop();
    this.listen();
    try {
      const ex = extractText(root, { maxChars: MAX_CHARS });
      this.truncated = ex.text.length >= MAX_CHARS;
      const matches = this.matcher
        .match(ex.text, { threshold: SENSITIVITY[settings.sensitivity] })
        .filter((m) => settings.verdicts.includes(m.verdict));
      for (const h of this.highlighter.add(ex, matches)) h.marks.forEach((m) => m.setAttribute('data-style', settings.style));
      this.error = undefined;
    } catch (err) {
      // One failed step means no highlights, reported in the popup; never an error in the page.
      this.highlighter.remove();
      this.error = err instanceof Error ? err.message : String(err);
    }
  }

  stop(): void {
    this.listeners?.abort();
    this.listeners = undefined;
    this.popover.destroy();
    this.highlighter.remove();
  }

  summaries(): HighlightSummary[] {
    return this.highlights.map((h) => ({
      id: h.id,
      claim: h.matches[0]!.claim,
      title: this.claims.get(h.matches[0]!.claim)?.title ?? h.matches[0]!.claim,
      verdict: h.matches[0]!.verdict,
      quote: h.quote,
    }));
  }

  open(id: number): boolean {
    const h = this.highlights.find((x) => x.id === id);
    const mark = h?.marks[0];
    if (!h || !mark) return false;
    mark.scrollIntoView({ block: 'center', behavior: 'instant' });
    mark.focus({ preventScroll: true });
    this.popover.show(h);
    return true;
  }

  private listen(): void {
    this.listeners = new AbortController();
    const { signal } = this.listeners;
    const markOf = (target: EventTarget | null) =>
      target instanceof Element ? (target.closest(MARK_TAG) as HTMLElement | null) : null;
    const highlightOf = (mark: HTMLElement) => this.highlights.find((h) => h.marks.includes(mark));
    document.addEventListener(
      'click',
      (e) => {
        const mark = markOf(e.target);
        const h = mark && highlightOf(mark);
        if (h) {
          e.preventDefault();
          if (this.popover.current === h) this.popover.close(false);
          else this.popover.show(h);
        } else if (this.popover.current && !this.popover.contains(e.target)) this.popover.close(false);
      },
      { capture: true, signal },
    );
    document.addEventListener(
      'keydown',
      (e) => {
        if (e.key === 'Escape' && this.popover.current) {
          this.popover.close(true);
          return;
        }
        if (e.key !== 'Enter' && e.key !== ' ') return;
        const mark = markOf(e.target);
        const h = mark && highlightOf(mark);
        if (!h) return;
        e.preventDefault();
        this.popover.show(h);
      },
      { capture: true, signal },
    );
  }
}
