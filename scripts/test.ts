/**
 * `npm test`: everything CI needs to pass, in order, stopping at nothing so one
 * run shows every failure. Each step is a real command a developer can run alone.
 */
import { spawnSync } from 'node:child_process';

const STEPS: [string, string][] = [
  ['typecheck', 'npm run -s typecheck'],
  ['lint', 'npm run -s lint'],
  ['claims validate', 'npm run -s claims -- validate'],
  ['claims test', 'npm run -s claims -- test'],
  ['unit tests', 'npx vitest run'],
  ['eval (precision ≥ 0.95, recall ≥ 0.90)', 'npm run -s eval'],
  ['build (Chrome MV3)', 'npm run -s build'],
  ['build (Firefox)', 'npm run -s build:firefox && npx tsx scripts/check-firefox.ts'],
  ['end-to-end tests (Chromium)', 'npm run -s test:e2e'],
  ['benchmarks (quick)', 'npm run -s bench -- --quick'],
];

const only = process.argv.slice(2);
const results: [string, boolean, number][] = [];
for (const [name, cmd] of STEPS) {
  if (only.length && !only.some((o) => name.startsWith(o))) continue;
  console.log(`\n━━ ${name}: ${cmd}`);
  const t = Date.now();
  const { status } = spawnSync(cmd, { shell: true, stdio: 'inherit', env: { ...process.env, FORCE_COLOR: '0' } });
  results.push([name, status === 0, (Date.now() - t) / 1000]);
}
console.log('\n━━ Summary');
for (const [name, ok, s] of results) console.log(`${ok ? 'PASS' : 'FAIL'}  ${name} (${s.toFixed(1)} s)`);
const failed = results.filter(([, ok]) => !ok).length;
console.log(`steps: ${results.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
