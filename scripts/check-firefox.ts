/** The Firefox build cannot be loaded here (no Firefox); check its manifest instead. */
import { readFileSync } from 'node:fs';

const manifest = JSON.parse(readFileSync('.output/firefox-mv2/manifest.json', 'utf8'));
const problems: string[] = [];
if (manifest.manifest_version !== 2) problems.push(`manifest_version is ${manifest.manifest_version}, expected 2`);
if (!manifest.browser_specific_settings?.gecko?.id) problems.push('browser_specific_settings.gecko.id is missing');
if (!manifest.content_scripts?.[0]?.js?.length) problems.push('no content script');
if (!manifest.background?.scripts?.length) problems.push('no background script');
if (!manifest.browser_action && !manifest.action) problems.push('no toolbar button');
const chrome = JSON.parse(readFileSync('.output/chrome-mv3/manifest.json', 'utf8'));
if (chrome.browser_specific_settings) problems.push('Firefox-only keys leaked into the Chrome manifest');
for (const p of problems) console.error(`firefox manifest: ${p}`);
console.log(problems.length ? 'Firefox build: FAILED' : 'Firefox build: manifest OK');
process.exit(problems.length ? 1 : 0);
