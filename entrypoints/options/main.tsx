import { render } from 'preact';
import { browser } from 'wxt/browser';
import OptionsApp, { type Shortcut } from '../../components/OptionsApp';
import marksCss from '../../components/marks-styles';
import '../../components/pages.css';
import { getSettings, setSettings, watchSettings } from '../../utils/settings-store';
import './style.css';

// The style previews use the very stylesheet pages get.
const marks = new CSSStyleSheet();
marks.replaceSync(marksCss);
document.adoptedStyleSheets = [...document.adoptedStyleSheets, marks];

async function shortcuts(): Promise<Shortcut[]> {
  const commands = await browser.commands?.getAll().catch(() => []) ?? [];
  return commands
    .filter((c) => c.name)
    .map((c) => ({ name: c.name!, description: c.description ?? '', shortcut: c.shortcut ?? '' }));
}

/** Chrome's shortcut page cannot be linked to, only opened as a tab; Firefox (137+) has an API for its own. */
function shortcutOpener(): (() => void) | undefined {
  const commands = browser.commands as typeof browser.commands & { openShortcutSettings?: () => Promise<void> };
  if (commands?.openShortcutSettings) return () => void commands.openShortcutSettings!();
  if (!import.meta.env.FIREFOX) return () => void browser.tabs.create({ url: 'chrome://extensions/shortcuts' });
  return undefined;
}

void Promise.all([getSettings(), shortcuts()]).then(([settings, commands]) =>
  render(
    <OptionsApp
      initial={settings}
      save={setSettings}
      watch={watchSettings}
      browserLanguages={navigator.languages}
      shortcuts={commands}
      openShortcuts={shortcutOpener()}
    />,
    document.getElementById('app')!,
  ),
);
