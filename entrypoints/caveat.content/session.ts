import type { PopoverReport } from '../../components/Popover';
import { resolveLanguage } from '../../lib/i18n';
import type { ClaimDetails } from '../../lib/claims/details';
import { textBefore } from '../../lib/dom/extract';
import { Highlighter, type Highlight } from '../../lib/dom/highlight';
import { OVERLAP_CHARS } from '../../lib/dom/overlap';
import type { HighlightSummary } from '../../lib/messages';
import type { Matcher } from '../../lib/match/matcher';
import { SENSITIVITY } from '../../lib/match/types';
import type { Settings } from '../../lib/settings';
import { PopoverHost } from './popover-host';
import { Scanner } from './scanner';
import { PageWatcher } from './watch';

/**
 * Caveat's presence on one page: highlights, popover, listeners and the
 * watcher for late content. `stop()` undoes all of it; it runs when the user
 * turns Caveat off for the site or the extension is reloaded or removed.
 */
export class PageSession {
  private highlighter = new Highlighter();
  private scanner = new Scanner(this.highlighter);
  private popover: PopoverHost;
  private run: AbortController | undefined;
  private watcher: PageWatcher | undefined;
  /** The subtree Caveat reads (the body). */
  private root: Node = document.body;
  private settings: Settings | undefined;
  private readonly styled = new Set<Document | ShadowRoot>();
  error: string | undefined;

  private matcher: Matcher | undefined;
  private titles: ReadonlyMap<string, string> = new Map();

  constructor(
    /** Loads the matcher the first time Caveat is on for this page (not at all on sites where it is off). */
    private readonly loadMatcher: () => Promise<Matcher>,
    loadDetails: (ids: string[]) => Promise<ClaimDetails[]>,
    private readonly sheet: CSSStyleSheet,
    onReadMore: (id: string) => void,
    onReport: (report: PopoverReport) => void,
    /** Called whenever the set of highlights changed (for the badge and the scan marker). */
    private readonly onChange: () => void,
  ) {
    this.popover = new PopoverHost(loadDetails, onReadMore, onReport, () =>
      resolveLanguage(this.settings?.language ?? 'auto', navigator.languages),
    );
  }

  get truncated(): boolean {
    return this.scanner.truncated;
  }

  get highlights(): readonly Highlight[] {
    return this.highlighter.highlights;
  }

  /** (Re)starts on the page with these settings: removes what was there, scans everything, watches for more. */
  async start(settings: Settings, root: HTMLElement = document.body): Promise<void> {
    this.stop();
    this.settings = settings;
    this.root = root;
    this.run = new AbortController();
    const { signal } = this.run;
    this.listen(signal);
    this.adopt(document);
    this.watcher = new PageWatcher(root, (n) => this.highlighter.owns(n), () => this.repair(), (blocks) => void this.rescan(blocks), signal);
    this.scanner = new Scanner(this.highlighter);
    await this.guard(async () => {
      if (!this.matcher) {
        this.matcher = await this.loadMatcher();
        this.titles = new Map(this.matcher.entries.map((e) => [e.id, e.title]));
      }
      await this.scanner.scan(root, this.scanOptions(signal));
    });
    if (!signal.aborted) this.onChange();
  }

  stop(): void {
    this.run?.abort();
    this.run = undefined;
    this.popover.destroy();
    this.pause(() => this.highlighter.remove());
    this.watcher = undefined;
    for (const target of this.styled) target.adoptedStyleSheets = target.adoptedStyleSheets.filter((s) => s !== this.sheet);
    this.styled.clear();
  }

  summaries(): HighlightSummary[] {
    return [...this.highlights]
      .filter((h) => h.marks[0]?.isConnected)
      .sort((a, b) => (a.marks[0]!.compareDocumentPosition(b.marks[0]!) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1))
      .map((h) => ({
        id: h.id,
        claim: h.matches[0]!.claim,
        title: this.titles.get(h.matches[0]!.claim) ?? h.matches[0]!.claim,
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
    void this.popover.show(h);
    return true;
  }

  /** Opens the highlight after the focused one (or the first), in reading order. */
  next(): boolean {
    const list = this.summaries();
    if (!list.length) return false;
    // From the open popover's highlight, else from the focused mark (focus is inside the popover when it is open).
    const active = deepActiveElement();
    const current = this.popover.current ?? this.highlights.find((h) => h.marks.includes(active as HTMLElement));
    const at = list.findIndex((s) => s.id === current?.id);
    return this.open(list[(at + 1) % list.length]!.id);
  }

  private scanOptions(signal: AbortSignal) {
    const settings = this.settings!;
    return {
      signal,
      style: settings.style,
      pause: <T>(work: () => T) => this.pause(work),
      select: (text: string) =>
        this.matcher!
          .match(text, { threshold: SENSITIVITY[settings.sensitivity] })
          .filter((m) => settings.verdicts.includes(m.verdict)),
      onShadowRoot: (root: ShadowRoot) => {
        this.adopt(root);
        this.watcher?.observe(root);
      },
    };
  }

  /** The page changed text we drew in: take our nodes out at once, before anything paints. */
  private repair(): void {
    const { dropped } = this.pause(() => this.highlighter.repair());
    if (!dropped.length) return;
    if (this.popover.current && dropped.includes(this.popover.current)) this.popover.close(false);
    this.onChange();
  }

  /** Late or changed content: rescan just those blocks. */
  private async rescan(blocks: Node[]): Promise<void> {
    const signal = this.run?.signal;
    if (!signal || signal.aborted) return;
    for (const block of blocks) {
      if (this.popover.current?.owners.some((n) => block.contains(n))) continue; // never pull text from under an open popover
      this.pause(() => this.highlighter.removeWithin(block));
      // Read with the text before it, as the first scan read it: a sentence there may point back across the break.
      const context = textBefore(block, this.root, 2 * OVERLAP_CHARS);
      await this.guard(() => this.scanner.scan(block, this.scanOptions(signal), context));
    }
    if (!signal.aborted) this.onChange();
  }

  private pause<T>(work: () => T): T {
    return this.watcher ? this.watcher.pause(work) : work();
  }

  /** One failed step means no highlights, reported in the popup; never an error in the page. */
  private async guard(work: () => Promise<unknown>): Promise<void> {
    try {
      await work();
      this.error = undefined;
    } catch (err) {
      this.pause(() => this.highlighter.remove());
      this.error = err instanceof Error ? err.message : String(err);
    }
  }

  private adopt(target: Document | ShadowRoot): void {
    if (this.styled.has(target)) return;
    target.adoptedStyleSheets = [...target.adoptedStyleSheets, this.sheet];
    this.styled.add(target);
  }

  private listen(signal: AbortSignal): void {
    // composedPath: a click inside an open shadow root reaches the document retargeted to the host.
    const markOf = (e: Event) =>
      (e.composedPath().find((n) => n instanceof Element && n.tagName === 'CAVEAT-MARK') as HTMLElement | undefined) ?? null;
    const highlightOf = (mark: HTMLElement) => this.highlights.find((h) => h.marks.includes(mark));
    document.addEventListener(
      'click',
      (e) => {
        const mark = markOf(e);
        const h = mark && highlightOf(mark);
        if (h) {
          e.preventDefault();
          if (this.popover.current === h) this.popover.close(false);
          else void this.popover.show(h);
        } else if (this.popover.current && !e.composedPath().some((n) => this.popover.contains(n))) {
          this.popover.close(false);
        }
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
        const mark = markOf(e);
        const h = mark && highlightOf(mark);
        if (!h) return;
        e.preventDefault();
        void this.popover.show(h);
      },
      { capture: true, signal },
    );
  }
}

function deepActiveElement(): Element | null {
  let el = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el;
}

