import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const cli = (args: string[], input = '') =>
  spawnSync(join(ROOT, 'node_modules', '.bin', 'tsx'), [join(ROOT, 'scripts', 'caveat.ts'), ...args], { cwd: ROOT, input, encoding: 'utf8', timeout: 60_000 });

// End to end through scripts/caveat.ts: the stream contract, and the exit codes.
describe('caveat CLI', () => {
  it('match --jsonl writes exactly one line per input line, in order, errors included', () => {
    const input = ['{"text": "Stalin had half a million German POWs shot after the war."}', '', 'oops', '{"text": "The weather was fine."}', '{"no": 1}'].join('\n');
    const run = cli(['match', '--jsonl'], input);
    expect(run.status).toBe(0);
    const out = run.stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as { matches?: { claim: string }[]; error?: string });
    expect(out).toHaveLength(5);
    expect(out[0]!.matches!.length).toBeGreaterThan(0);
    expect(out[1]!.error).toMatch(/empty/);
    expect(out[2]!.error).toMatch(/JSON/);
    expect(out[3]).toEqual({ matches: [] });
    expect(out[4]!.error).toMatch(/text/);
  }, 60_000);

  it('exits non-zero with a clear message on bad input', () => {
    const missing = cli(['scan', 'no-such-file.html']);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('no such file: no-such-file.html');
    const usage = cli(['scan', '-', '--sensitivity', 'loud']);
    expect(usage.status).toBe(2);
    expect(usage.stderr).toMatch(/--sensitivity must be one of/);
  }, 60_000);
});
