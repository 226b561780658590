import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const dir = mkdtempSync(join(tmpdir(), 'caveat-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

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

  it('scans an HTML file, a text file and stdin', () => {
    const claim = 'Historians estimate that half a million German POWs were shot by the Red Army.';
    writeFileSync(join(dir, 'page.html'), `<html><body><h1>Post</h1><p>${claim.replace('German POWs', '<a href="#">German POWs</a>')}</p></body></html>`);
    writeFileSync(join(dir, 'page.txt'), `Intro.\n${claim}\n`);
    const html = cli(['scan', join(dir, 'page.html'), '--json']);
    expect(html.status).toBe(0);
    const scan = JSON.parse(html.stdout) as { kind: string; matches: { claim: string; text: string }[] };
    expect(scan.kind).toBe('html');
    expect(scan.matches.map((m) => m.text)).toContain(claim);
    const text = cli(['scan', join(dir, 'page.txt')]);
    expect(text.stdout).toMatch(/\(text, \d+ characters\): \d+ match/);
    expect(text.stdout).toContain(`"${claim}"`);
    const stdin = cli(['scan', '-'], 'The weather was fine.');
    expect(stdin.stdout).toMatch(/^stdin \(text, 21 characters\): 0 matches/);
  }, 60_000);

  it('exits non-zero with a clear message on bad input', () => {
    const missing = cli(['scan', 'no-such-file.html']);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('no such file: no-such-file.html');
    expect(cli(['scan', dir]).stderr).toContain('not a file');
    expect(cli(['scan', 'ftp://example.org/x']).stderr).toMatch(/only http/);
    const usage = cli(['scan', '-', '--sensitivity', 'loud']);
    expect(usage.status).toBe(2);
    expect(usage.stderr).toMatch(/--sensitivity must be one of/);
  }, 60_000);
});
