import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { claimsDb } from './claims-db/vite-plugin';

export default defineConfig({
  // Explicit imports everywhere, so a reader sees where each name comes from.
  imports: false,
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact(), claimsDb()] }),
  manifest: ({ browser, manifestVersion }) => ({
    // Translated in public/_locales/{en,de}/messages.json.
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // storage: settings and the report queue; contextMenus: "Report to Caveat…"; alarms: report retries;
    // activeTab + scripting: the "only when I click" mode.
    permissions: ['storage', 'contextMenus', 'alarms', 'activeTab', 'scripting'],
    action: { default_title: '__MSG_extName__' },
    commands: {
      // The content script handles `caveat:next`; the background sends it (entrypoints/background/commands.ts).
      'next-highlight': { suggested_key: { default: 'Alt+Shift+N' }, description: '__MSG_cmdNextHighlight__' },
      [manifestVersion === 3 ? '_execute_action' : '_execute_browser_action']: {
        suggested_key: { default: 'Alt+Shift+C' },
        description: '__MSG_cmdOpenPopup__',
      },
    },
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: 'caveat@caveat.invalid', strict_min_version: '128.0', data_collection_permissions: { required: ['none'] } } } }
      : {}),
  }),
});
