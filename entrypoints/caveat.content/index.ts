import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { defineContentScript } from 'wxt/utils/define-content-script';
import marksCss from '../../components/marks-styles';
import { MatcherIndex } from '../../lib/match/index-format';
import { Matcher } from '../../lib/match/matcher';
import type { ClaimDetails } from '../../lib/claims/details';
import { DetailsReply, ToContent, type TabState, type ToBackground } from '../../lib/messages';
import { isEnabledFor, type Settings } from '../../lib/settings';
import { getSettings, watchSettings } from '../../utils/settings-store';
import { currentSelection } from './selection';
import { PageSession } from './session';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  // Same-origin and cross-origin frames each get their own session; the popup lists the top frame's.
  allFrames: true,
  // Registered by the background (entrypoints/background/registration.ts) in "always" mode, injected on
  // request in "only when I click" mode; never declared in the manifest, so the mode decides.
  registration: 'runtime',
  main(ctx) {
    // "Check this page" may inject into a page that already runs Caveat: one session per page, which the
    // request wakes if it went quiet when the user switched to "only when I click".
    const world = globalThis as CaveatWorld;
    if (world.__caveat) {
      world.__caveatRequested?.();
      return;
    }
    world.__caveat = true;
    ctx.onInvalidated(() => {
      delete world.__caveat;
      delete world.__caveatRequested;
    });
    // Nothing may escape into the page: a failure here means no highlights, not a broken page.
    start(ctx).catch(() => undefined);
  },
});

/** What a session leaves in the content scripts' world of a page. */
interface CaveatWorld {
  __caveat?: true;
  /** The user asked for Caveat on this page ("Check this page" injected the script again). */
  __caveatRequested?: () => void;
}

/**
 * The claims index and details live in the background, not in this script: it
 * is parsed on every page the user opens, so it stays small whatever the size
 * of the database. The index was compiled at build time; here it is only checked.
 */
async function loadIndex(): Promise<MatcherIndex> {
  const reply = MatcherIndex.safeParse(await browser.runtime.sendMessage({ type: 'caveat:index' } satisfies ToBackground));
  if (!reply.success) throw new Error('the claims index could not be loaded');
  return reply.data;
}

async function start(ctx: ContentScriptContext): Promise<void> {
  const hostname = location.hostname;
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(marksCss);
  let enabled = false;
  let settings: Settings = await getSettings();
  // In "only when I click" mode the script only runs when the user asked for it. Started in "always" mode,
  // it goes quiet when the user switches to click mode, until asked.
  let requested = settings.mode === 'click';

  let updates = 0;
  const changed = () => {
    // Lets tests and the demo know a scan finished (and how many have), removed with everything else on stop.
    const root = document.documentElement;
    if (enabled) root.setAttribute('data-caveat-scanned', String(session.highlights.length));
    else root.removeAttribute('data-caveat-scanned');
    root.setAttribute('data-caveat-updates', String(++updates));
    send({ type: 'caveat:count', count: enabled ? session.highlights.length : 0 });
  };
  const session = new PageSession(
    async () => new Matcher(await loadIndex()),
    async (ids) => {
      const reply = DetailsReply.safeParse(await browser.runtime.sendMessage({ type: 'caveat:details', ids } satisfies ToBackground));
      // Checked above for every field the popover renders; the rest of the type is the build's promise.
      return reply.success ? (reply.data as unknown as ClaimDetails[]) : [];
    },
    sheet,
    (claim) => send({ type: 'caveat:library', claim }),
    // Only the quote the popover shows, the page's title and its address go to the report form.
    ({ kind, claim, quote }) => send({ type: 'caveat:report-open', kind, claim, selection: quote, pageTitle: document.title, pageUrl: location.href }),
    changed,
  );

  const apply = async (next: Settings) => {
    settings = next;
    enabled = isEnabledFor(settings, hostname) && (settings.mode === 'always' || requested);
    if (enabled) await session.start(settings);
    else {
      session.stop();
      changed();
    }
  };

  const state = (): TabState => ({
    hostname,
    enabled,
    highlights: enabled ? session.summaries() : [],
    ...(session.error ? { error: session.error } : {}),
    ...(session.truncated ? { truncated: true } : {}),
  });

  const onMessage = (raw: unknown): Promise<unknown> | undefined => {
    // Only the top frame answers the popup, so one answer describes the page the user sees.
    if (window !== window.top) return undefined;
    const msg = ToContent.safeParse(raw);
    if (!msg.success) return undefined;
    switch (msg.data.type) {
      case 'caveat:state':
        // Quiet in click mode: to the popup this page is not checked yet, so it offers "Check this page".
        return settings.mode === 'click' && !requested ? undefined : Promise.resolve(state());
      case 'caveat:open':
        return Promise.resolve(session.open(msg.data.id));
      case 'caveat:next':
        return Promise.resolve(session.next());
      case 'caveat:selection':
        return Promise.resolve(currentSelection());
    }
  };
  browser.runtime.onMessage.addListener(onMessage);
  const unwatch = watchSettings((s) => void apply(s));
  (globalThis as CaveatWorld).__caveatRequested = () => {
    if (settings.mode === 'click') requested = true;
    void apply(settings);
  };

  ctx.onInvalidated(() => {
    unwatch();
    browser.runtime.onMessage.removeListener(onMessage);
    session.stop();
    document.documentElement.removeAttribute('data-caveat-scanned');
    document.documentElement.removeAttribute('data-caveat-updates');
  });
  // History-API navigation in single-page sites is covered by the watcher: the new view's text is new text.
  await apply(settings);
}

function send(msg: ToBackground): void {
  browser.runtime.sendMessage(msg).catch(() => undefined);
}
