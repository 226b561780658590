/** The Firefox build cannot be loaded here (no Firefox); check its manifest instead. */
import { existsSync, readFileSync } from 'node:fs';

const manifest = JSON.parse(readFileSync('.output/firefox-mv2/manifest.json', 'utf8'));
const problems: string[] = [];
if (manifest.manifest_version !== 2) problems.push(`manifest_version is ${manifest.manifest_version}, expected 2`);
if (!manifest.browser_specific_settings?.gecko?.id) problems.push('browser_specific_settings.gecko.id is missing');
// The content script is registered at run time (so the "only when I click" mode can leave pages alone).
if (!existsSync('.output/firefox-mv2/content-scripts/caveat.js')) problems.push('no content script in the build');
for (const p of ['scripting', 'storage', 'activeTab']) if (!manifest.permissions?.includes(p)) problems.push(`permission ${p} missing`);
if (!manifest.permissions?.some((p: string) => p === 'https://*/*' || p === '<all_urls>') && !manifest.host_permissions?.length) problems.push('no host permission for https pages');
if (!manifest.background?.scripts?.length) problems.push('no background script');
if (!manifest.browser_action && !manifest.action) problems.push('no toolbar button');
const chrome = JSON.parse(readFileSync('.output/chrome-mv3/manifest.json', 'utf8'));
if (chrome.browser_specific_settings) problems.push('Firefox-only keys leaked into the Chrome manifest');
for (const p of problems) console.error(`firefox manifest: ${p}`);
console.log(problems.length ? 'Firefox build: FAILED' : 'Firefox build: manifest OK');
process.exit(problems.length ? 1 : 0);
