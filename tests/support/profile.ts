import type { CDPSession, Page } from 'playwright-core';

interface ProfileNode { id: number; callFrame: { url: string; functionName: string }; children?: number[] }
interface Profile { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] }

/** Caveat's own main-thread time in a page, from V8's sampling profiler. */
export interface ExtensionCpu {
  /** Total time in samples whose stack includes the extension's code, in ms. */
  totalMs: number;
  /** Longest run of consecutive such samples: Caveat's longest task, in ms. */
  longestMs: number;
}

/**
 * Why a CPU profile: `longtask` entries also count the page's own layout, and
 * Long Animation Frames do not attribute content scripts, but content-script
 * frames in a V8 profile carry chrome-extension:// URLs.
 */
/** Sampling interval, µs. */
const INTERVAL_US = 200;
/** Longest gap between two samples that still counts as running time (five intervals). */
const MAX_GAP_US = 5 * INTERVAL_US;

export async function startProfiling(page: Page): Promise<CDPSession> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: INTERVAL_US });
  await cdp.send('Profiler.start');
  return cdp;
}

export async function stopProfiling(cdp: CDPSession): Promise<ExtensionCpu> {
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
  await cdp.detach();
  return extensionCpu(profile);
}

export function extensionCpu(profile: Profile): ExtensionCpu {
  const parent = new Map<number, number>();
  const byId = new Map<number, ProfileNode>();
  for (const n of profile.nodes) {
    byId.set(n.id, n);
    for (const c of n.children ?? []) parent.set(c, n.id);
  }
  const inExtension = new Map<number, boolean>();
  const isOurs = (id: number): boolean => {
    const known = inExtension.get(id);
    if (known !== undefined) return known;
    const node = byId.get(id);
    const up = parent.get(id);
    const ours = !!node && (node.callFrame.url.startsWith('chrome-extension://') || (up !== undefined && isOurs(up)));
    inExtension.set(id, ours);
    return ours;
  };
  let total = 0;
  let run = 0;
  let longest = 0;
  profile.samples.forEach((id, i) => {
    // timeDeltas[i] is the time since the previous sample: it belongs to the sample before. A gap far longer
    // than the sampling interval is time the thread did not run our code (another process had the core, or
    // it idled between two of our slices and no sample landed there): it counts as five intervals at most,
    // so a busy machine does not lengthen our tasks or join two of them.
    const dt = Math.min(profile.timeDeltas[i + 1] ?? 0, MAX_GAP_US) / 1000;
    if (isOurs(id)) {
      total += dt;
      run += dt;
      longest = Math.max(longest, run);
    } else run = 0;
  });
  return { totalMs: Math.round(total * 10) / 10, longestMs: Math.round(longest * 10) / 10 };
}
