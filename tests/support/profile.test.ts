import { describe, expect, it } from 'vitest';
import { extensionCpu } from './profile';

/** A profile whose samples are `ours` (inside a chrome-extension:// frame) or not, `gapsUs` apart. */
function profile(samples: boolean[], gapsUs: number[]) {
  const nodes = [
    { id: 1, callFrame: { url: '', functionName: '(root)' }, children: [2, 3] },
    { id: 2, callFrame: { url: 'https://page.test/app.js', functionName: 'page' } },
    { id: 3, callFrame: { url: 'chrome-extension://abc/content-scripts/caveat.js', functionName: 'scan' }, children: [4] },
    { id: 4, callFrame: { url: '', functionName: 'charCodeAt' } },
  ];
  return { nodes, samples: samples.map((ours, i) => (ours ? (i % 2 ? 3 : 4) : 2)), timeDeltas: [0, ...gapsUs] };
}

describe('extensionCpu', () => {
  it('counts runs of the extension\'s samples, callees included, and ends a run at the page\'s', () => {
    const cpu = extensionCpu(profile([true, true, true, false, true, true], [200, 200, 200, 200, 200, 200]));
    expect(cpu.totalMs).toBe(1);
    expect(cpu.longestMs).toBe(0.6);
  });

  it('counts a gap far longer than the sampling interval as five intervals at most', () => {
    const cpu = extensionCpu(profile([true, true, true], [200, 20_000, 200]));
    expect(cpu.longestMs).toBe(1.4);
  });
});
