import details from 'virtual:caveat/details';
import index from 'virtual:caveat/index';
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { defineContentScript } from 'wxt/utils/define-content-script';
import marksCss from '../../components/marks-styles';
import { Matcher } from '../../lib/match/matcher';
import { ToContent, type TabState, type ToBackground } from '../../lib/messages';
import { isEnabledFor, type Settings } from '../../lib/settings';
import { getSettings, watchSettings } from '../../utils/settings-store';
import { PageSession } from './session';
import { watchPage } from './watch';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main(ctx) {
    // Nothing may escape into the page: a failure here means no highlights, not a broken page.
    start(ctx).catch(() => undefined);
  },
});

async function start(ctx: ContentScriptContext): Promise<void> {
  const hostname = location.hostname;
  const session = new PageSession(new Matcher(index), new Map(details.map((d) => [d.id, d])), (claim) =>
    send({ type: 'caveat:library', claim }),
  );
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(marksCss);
  let settings: Settings = await getSettings();
  let enabled = false;
  // Late content (comments, infinite scroll, single-page navigation) is scanned as it appears.
  const watcher = watchPage(document.body, () => enabled && !session.popoverOpen && apply(settings), ctx.signal);

  const apply = (next: Settings) => {
    settings = next;
    enabled = isEnabledFor(settings, hostname);
    if (enabled) {
      if (!document.adoptedStyleSheets.includes(sheet)) document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
      watcher.pause(() => session.start(settings));
    } else {
      watcher.pause(() => session.stop());
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
    }
    // Lets tests and the demo know the scan is done; removed with everything else on stop.
    if (enabled) document.documentElement.setAttribute('data-caveat-scanned', String(session.highlights.length));
    else document.documentElement.removeAttribute('data-caveat-scanned');
    send({ type: 'caveat:count', count: enabled ? session.highlights.length : 0 });
  };

  const state = (): TabState => ({
    hostname,
    enabled,
    highlights: enabled ? session.summaries() : [],
    ...(session.error ? { error: session.error } : {}),
    ...(session.truncated ? { truncated: true } : {}),
  });

  const onMessage = (raw: unknown): Promise<unknown> | undefined => {
    const msg = ToContent.safeParse(raw);
    if (!msg.success) return undefined;
    if (msg.data.type === 'caveat:state') return Promise.resolve(state());
    return Promise.resolve(session.open(msg.data.id));
  };
  browser.runtime.onMessage.addListener(onMessage);
  const unwatch = watchSettings(apply);

  ctx.onInvalidated(() => {
    unwatch();
    browser.runtime.onMessage.removeListener(onMessage);
    watcher.pause(() => session.stop());
    document.documentElement.removeAttribute('data-caveat-scanned');
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
  });
  apply(settings);
  // History-API navigation replaces the view without a page load.
  window.addEventListener('popstate', () => enabled && apply(settings), { signal: ctx.signal });
}

function send(msg: ToBackground): void {
  browser.runtime.sendMessage(msg).catch(() => undefined);
}
