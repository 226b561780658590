import { loadAccurate, loadClaims } from '../claims-db/load';
import { formatIssue } from '../lib/claims/errors';

const [command = 'validate'] = process.argv.slice(2);
if (command === 'validate') {
  const claims = loadClaims();
  const accurate = loadAccurate();
  const issues = [...claims.issues, ...accurate.issues];
  for (const issue of issues) console.error(formatIssue(issue));
  console.log(`${claims.items.length} claims, ${accurate.items.length} accurate sets, ${issues.length} problems`);
  process.exit(issues.length ? 1 : 0);
}
