import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { claimsDb } from './claims-db/vite-plugin';

export default defineConfig({
  // Explicit imports everywhere, so a reader sees where each name comes from.
  imports: false,
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact(), claimsDb()] }),
  manifest: ({ browser }) => ({
    name: 'Caveat',
    description: 'Inline source warnings for dubious claims on history pages.',
    default_locale: 'en',
    // storage: settings and the report queue; contextMenus: "Report to Caveat…"; alarms: report retries;
    // activeTab + scripting: the "only when I click" mode.
    permissions: ['storage', 'contextMenus', 'alarms', 'activeTab', 'scripting'],
    action: { default_title: 'Caveat' },
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: 'caveat@caveat.invalid', strict_min_version: '128.0', data_collection_permissions: { required: ['none'] } } } }
      : {}),
  }),
});
