import type { Loaded } from '../../claims-db/load';
import { formatIssue, type FileIssue } from '../claims/errors';
import type { Claim } from '../claims/schema';
import { compileIndex } from '../match/compile';
import type { MatcherIndex } from '../match/index-format';

export interface Database {
  claims: { file: string; value: Claim }[];
  index: MatcherIndex;
  /** Problems in claims-db; files that failed validation are left out of `claims` and `index`. */
  issues: FileIssue[];
}

/**
 * Compiles loaded claims the way the build does (pass it `loadClaims()`).
 * Unlike the build, it does not refuse an invalid database: the tools run on
 * the files that validate, and the caller warns about the rest.
 */
export function buildDatabase({ items, issues }: Loaded<Claim>): Database {
  return { claims: items, index: compileIndex(items.map((x) => x.value)), issues };
}

/** One stderr warning for an invalid database, listing the first few problems. */
export function issuesWarning(issues: readonly FileIssue[], max = 5): string | undefined {
  if (!issues.length) return undefined;
  const lines = issues.slice(0, max).map((i) => `  ${formatIssue(i)}`);
  if (issues.length > max) lines.push(`  … and ${issues.length - max} more (run \`npm run claims validate\`)`);
  return `warning: claims-db has ${issues.length} problem(s); files that fail validation are left out:\n${lines.join('\n')}`;
}
