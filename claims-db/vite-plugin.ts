import type { Plugin } from 'vite';
import { compileIndex } from '../lib/match/compile';
import { formatIssue } from '../lib/claims/errors';
import { CLAIMS_DIR, LEXICON_PATH, loadClaims } from './load';

import { toDetails } from '../lib/claims/details';
import type { Claim } from '../lib/claims/schema';

/** Each virtual module and what it holds, built from the validated claims. */
const MODULES: Record<string, (claims: Claim[]) => unknown> = {
  'virtual:caveat/index': compileIndex,
  'virtual:caveat/details': (claims) => claims.map(toDetails),
  'virtual:caveat/claims': (claims) => claims,
};

/**
 * Compiles claims-db into build-time modules: the matcher index and the display
 * details (for the content script) and the full entries (for the library page).
 * An invalid claim file fails the build with file, field and reason.
 */
export function claimsDb(): Plugin {
  return {
    name: 'caveat-claims-db',
    resolveId(id) {
      return id in MODULES ? `\0${id}` : undefined;
    },
    load(id) {
      const build = MODULES[id.slice(1)];
      if (!id.startsWith('\0') || !build) return undefined;
      this.addWatchFile(CLAIMS_DIR);
      this.addWatchFile(LEXICON_PATH);
      const { items, issues } = loadClaims();
      // `wxt prepare` (postinstall) only reads entrypoint options to generate types; the build validates.
      if (issues.length && !process.argv.includes('prepare')) {
        throw new Error(`claims-db has ${issues.length} problem(s):\n${issues.map(formatIssue).join('\n')}`);
      }
      const data = build(issues.length ? [] : items.map((x) => x.value));
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(data))});`;
    },
  };
}
