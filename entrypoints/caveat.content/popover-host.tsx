import { render } from 'preact';
import I18nProvider from '../../components/I18nProvider';
import Popover, { type PopoverReport } from '../../components/Popover';
import type { Language } from '../../lib/i18n';
import popoverCss from '../../components/popover-styles';
import type { ClaimDetails } from '../../lib/claims/details';
import type { Highlight } from '../../lib/dom/highlight';

/**
 * The popover's home: a shadow root on our own host element, so page CSS
 * cannot reach it (open, so tests and assistive tools can). Styles go in as a constructed stylesheet,
 * which a strict style-src CSP does not block (a <style> element would be).
 */
export class PopoverHost {
  private host: HTMLElement | undefined;
  private root: ShadowRoot | undefined;
  private open: Highlight | undefined;
  private returnFocus: HTMLElement | undefined;

  private readonly claims = new Map<string, ClaimDetails>();

  constructor(
    /** Fetches claim details from the background (the content script does not bundle them). */
    private readonly loadDetails: (ids: string[]) => Promise<ClaimDetails[]>,
    private readonly onReadMore: (id: string) => void,
    /** "This highlight is wrong" / "Suggest a better source": the background opens the report form. */
    private readonly onReport: (report: PopoverReport) => void,
    /** The interface language the user chose (German readers also get the claims' German summaries). */
    private readonly language: () => Language,
  ) {}

  get current(): Highlight | undefined {
    return this.open;
  }

  /** Does this event target belong to the popover? */
  contains(node: EventTarget | null): boolean {
    return !!this.host && node === this.host;
  }

  async show(h: Highlight): Promise<void> {
    const mark = h.marks[0];
    if (!mark?.isConnected) return;
    const missing = h.matches.map((m) => m.claim).filter((id) => !this.claims.has(id));
    if (missing.length) for (const d of await this.loadDetails(missing)) this.claims.set(d.id, d);
    if (!mark.isConnected) return;
    this.ensureHost();
    this.open = h;
    this.returnFocus = mark;
    const rect = mark.getBoundingClientRect();
    mark.setAttribute('aria-expanded', 'true');
    render(
      <I18nProvider lang={this.language()}>
      <Popover
        matches={h.matches}
        quote={h.quote}
        claims={this.claims}
        anchor={{ top: rect.top, bottom: rect.bottom, left: rect.left }}
        onClose={() => this.close(true)}
        onReadMore={this.onReadMore}
        onReport={this.onReport}
      />
      </I18nProvider>,
      this.root!,
    );
  }

  close(restoreFocus: boolean): void {
    if (!this.open || !this.root) return;
    this.open.marks[0]?.setAttribute('aria-expanded', 'false');
    render(null, this.root);
    this.open = undefined;
    if (restoreFocus && this.returnFocus?.isConnected) this.returnFocus.focus();
  }

  destroy(): void {
    if (this.root) render(null, this.root);
    this.host?.remove();
    this.host = undefined;
    this.root = undefined;
    this.open = undefined;
  }

  private ensureHost(): void {
    if (this.host?.isConnected) return;
    this.host = document.createElement('caveat-popover');
    this.root = this.host.attachShadow({ mode: 'open' });
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(popoverCss);
    this.root.adoptedStyleSheets = [sheet];
    // In <body>, so the popover is valid HTML and its contrast measurable; it is position: fixed either way.
    (document.body ?? document.documentElement).append(this.host);
  }
}
