/**
 * The Chromium half of the benchmark: Caveat's pipeline and mark.js on a
 * generated 1 MB page (lib/ code bundled into the page with esbuild), the
 * built content script's size, and its start-up cost on a page with no claims
 * (with and without the extension, from CDP Performance.getMetrics).
 */
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { chromiumPath, EXTENSION_DIR, launchWithExtension, waitForCaveat } from '../tests/support/browser';
import { serve } from '../tests/support/server';
import { median, round } from './measure';

export interface BrowserMaterial {
  /** The 1 MB blog page (without scripts; they are added here). */
  pageHtml: (scripts: string) => string;
  /** A short blog page that asserts no claim. */
  noClaimsHtml: (scripts: string) => string;
  /** Index of the largest database (generated + real claims), as JSON. */
  indexJson: string;
  /** Index of the real claims only (what the extension ships), as JSON. */
  realIndexJson: string;
}

interface PipelineRun {
  extractMs: number;
  matchMs: number;
  highlightMs: number;
  layoutMs: number;
  chars: number;
  textNodes: number;
  matches: number;
  highlights: number;
  marks: number;
  phrases: string[];
}
interface MarkRun { ms: number; layoutMs: number; phrases: number; marks: number }
interface LoadRun { parseMs: number; constructMs: number; entries: number; bytes: number }

type Bench = {
  loadIndex(url: string): Promise<LoadRun>;
  pipeline(): PipelineRun;
  markjs(phrases: string[], n: number): MarkRun;
};
const bench = (page: Page) => ({
  loadIndex: (url: string) => page.evaluate((u) => (window as unknown as { caveatBench: Bench }).caveatBench.loadIndex(u), url),
  pipeline: () => page.evaluate(() => (window as unknown as { caveatBench: Bench }).caveatBench.pipeline()),
  markjs: (phrases: string[], n: number) =>
    page.evaluate(([p, k]) => (window as unknown as { caveatBench: Bench }).caveatBench.markjs(p as string[], k as number), [phrases, n] as const),
});

export interface Stage { ms: number; runs: number }
const stage = (xs: number[]): Stage => ({ ms: round(median(xs)), runs: xs.length });

export interface BrowserResults {
  chromium: string;
  page: { chars: number; htmlBytes: number; textNodes: number; entries: number; matches: number; highlights: number };
  /** Index fetch excluded: JSON.parse and Matcher construction in the page. */
  indexLoad: { parseMs: number; constructMs: number };
  /** First run in a fresh page (what a content script pays) and warm re-runs, medians. */
  cold: { extract: Stage; match: Stage; highlight: Stage; layout: Stage; total: number };
  warm: { extract: Stage; match: Stage; highlight: Stage; layout: Stage; total: number };
  /** The same page, first run in a fresh page, against the database the extension ships (real claims only). */
  shipped: { entries: number; matches: number; extract: Stage; match: Stage; highlight: Stage; layout: Stage; total: number };
  markjs: { subset: number; phrases: number; subsetMs: number; perPhraseMs: number; extrapolatedMs: number; layoutMs: number; extrapolated: boolean; ratio: number };
  contentScript?: { files: string[]; rawBytes: number; gzipBytes: number };
  startup?: {
    /** In a page: Matcher construction from the shipped index + extract + match + highlight of the no-claims page. */
    inPage: { constructMs: number; scanMs: number; totalMs: number; highlights: number };
    /** CDP ScriptDuration with the extension minus without, on the no-claims page (medians). */
    cdp?: { withMs: number; withoutMs: number; deltaMs: number; taskDeltaMs: number; runs: number; highlights: string };
    error?: string;
  };
  errors: string[];
}

/** Bundles bench/page-entry.ts (and through it lib/) for the page. */
async function bundle(outfile: string): Promise<void> {
  const esbuild = await import('esbuild');
  await esbuild.build({
    entryPoints: [resolve(import.meta.dirname, 'page-entry.ts')],
    bundle: true,
    format: 'iife',
    target: 'esnext',
    outfile,
    logLevel: 'silent',
  });
}

/** The content script files the manifest loads, raw and gzipped (level 9). */
export function contentScriptSize(dir = EXTENSION_DIR): BrowserResults['contentScript'] | undefined {
  const manifestPath = join(dir, 'manifest.json');
  if (!existsSync(manifestPath)) return undefined;
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { content_scripts?: { js?: string[]; css?: string[] }[] };
  // The content script is registered at run time, so the build's content-scripts folder is the list.
  const declared = (manifest.content_scripts ?? []).flatMap((c) => [...(c.js ?? []), ...(c.css ?? [])]);
  const built = existsSync(join(dir, 'content-scripts')) ? readdirSync(join(dir, 'content-scripts')).map((f) => `content-scripts/${f}`) : [];
  const files = [...new Set([...declared, ...built])];
  if (!files.length) return undefined;
  let rawBytes = 0;
  let gzipBytes = 0;
  for (const f of files) {
    const data = readFileSync(join(dir, f));
    rawBytes += data.length;
    gzipBytes += gzipSync(data, { level: 9 }).length;
  }
  return { files, rawBytes, gzipBytes };
}

async function scriptDuration(context: BrowserContext, url: string, extension: boolean): Promise<{ ms: number; taskMs: number; highlights: string }> {
  const page = await context.newPage();
  try {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.goto(url, { waitUntil: 'load' });
    let highlights = '';
    if (extension) {
      await waitForCaveat(page);
      highlights = (await page.getAttribute('html', 'data-caveat-scanned')) ?? '';
    } else await page.waitForTimeout(300);
    // Let the content script's tail (messages to the background) finish in both cases.
    await page.waitForTimeout(200);
    const { metrics } = await cdp.send('Performance.getMetrics');
    const get = (name: string) => metrics.find((m) => m.name === name)?.value ?? 0;
    return { ms: get('ScriptDuration') * 1000, taskMs: get('TaskDuration') * 1000, highlights };
  } finally {
    await page.close();
  }
}

export async function runBrowser(material: BrowserMaterial, { quick, log }: { quick: boolean; log: (msg: string) => void }): Promise<BrowserResults> {
  const dir = mkdtempSync(join(tmpdir(), 'caveat-bench-'));
  const errors: string[] = [];
  const scripts = '<script src="mark.min.js"></script><script src="bench.js"></script>';
  const pageHtml = material.pageHtml(scripts);
  writeFileSync(join(dir, 'page.html'), pageHtml);
  writeFileSync(join(dir, 'noclaims.html'), material.noClaimsHtml(scripts));
  writeFileSync(join(dir, 'noclaims-bare.html'), material.noClaimsHtml(''));
  writeFileSync(join(dir, 'index.json'), material.indexJson);
  writeFileSync(join(dir, 'real-index.json'), material.realIndexJson);
  copyFileSync(resolve('node_modules/mark.js/dist/mark.min.js'), join(dir, 'mark.min.js'));
  await bundle(join(dir, 'bench.js'));
  const site = await serve([dir]);
  let browser: Browser | undefined;
  try {
    browser = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: ['--no-sandbox', '--disable-gpu'] });
    const version = browser.version();
    const reps = quick ? 2 : 5;
    const warmReps = quick ? 2 : 4;
    const markSubset = quick ? 5 : 12;
    const cold: PipelineRun[] = [];
    const shipped: PipelineRun[] = [];
    let shippedEntries = 0;
    const warm: PipelineRun[] = [];
    const loads: LoadRun[] = [];
    const marks: MarkRun[] = [];
    let phrases: string[] = [];
    for (let r = 0; r < reps; r++) {
      const page = await browser.newPage();
      page.setDefaultTimeout(600_000);
      await page.goto(`${site.url}/page.html`, { waitUntil: 'load' });
      const b = bench(page);
      loads.push(await b.loadIndex('index.json'));
      const first = await b.pipeline();
      cold.push(first);
      if (!phrases.length) phrases = first.phrases;
      for (let w = 0; w < warmReps; w++) warm.push(await b.pipeline());
      marks.push(await b.markjs(phrases, markSubset));
      await page.close();
      const plain = await browser.newPage();
      await plain.goto(`${site.url}/page.html`, { waitUntil: 'load' });
      shippedEntries = (await bench(plain).loadIndex('real-index.json')).entries;
      shipped.push(await bench(plain).pipeline());
      await plain.close();
      log(`  chromium run ${r + 1}/${reps}: extract ${round(first.extractMs)} ms, match ${round(first.matchMs)} ms, highlight ${round(first.highlightMs)} ms (shipped database: total ${round(shipped.at(-1)!.extractMs + shipped.at(-1)!.matchMs + shipped.at(-1)!.highlightMs)} ms); mark.js ${marks.at(-1)!.phrases} phrases ${round(marks.at(-1)!.ms)} ms`);
    }
    const total = (runs: PipelineRun[]) => median(runs.map((x) => x.extractMs + x.matchMs + x.highlightMs));
    const stages = (runs: PipelineRun[]) => ({
      extract: stage(runs.map((x) => x.extractMs)),
      match: stage(runs.map((x) => x.matchMs)),
      highlight: stage(runs.map((x) => x.highlightMs)),
      layout: stage(runs.map((x) => x.layoutMs)),
      total: round(total(runs)),
    });
    const subsetMs = median(marks.map((m) => m.ms));
    const subset = marks[0]!.phrases;
    const perPhraseMs = subsetMs / Math.max(1, subset);
    const extrapolatedMs = perPhraseMs * phrases.length;
    const results: BrowserResults = {
      chromium: version,
      page: {
        chars: cold[0]!.chars, htmlBytes: Buffer.byteLength(pageHtml), textNodes: cold[0]!.textNodes, entries: loads[0]!.entries,
        matches: cold[0]!.matches, highlights: cold[0]!.highlights,
      },
      indexLoad: { parseMs: round(median(loads.map((l) => l.parseMs))), constructMs: round(median(loads.map((l) => l.constructMs))) },
      cold: stages(cold),
      warm: stages(warm),
      shipped: { entries: shippedEntries, matches: shipped[0]!.matches, ...stages(shipped) },
      markjs: {
        subset, phrases: phrases.length, subsetMs: round(subsetMs), perPhraseMs: round(perPhraseMs), extrapolatedMs: round(extrapolatedMs),
        layoutMs: round(median(marks.map((m) => m.layoutMs))), extrapolated: subset < phrases.length, ratio: round(extrapolatedMs / total(cold), 1),
      },
      errors,
    };

    results.contentScript = contentScriptSize();
    if (!results.contentScript) errors.push(`no built extension in ${EXTENSION_DIR} (run \`npx wxt build\`): content script size and start-up skipped`);

    // Start-up on a page without claims: in a page (shipped index), and the built extension via CDP.
    const inPage: { constructMs: number; scanMs: number; highlights: number }[] = [];
    for (let r = 0; r < (quick ? 2 : 5); r++) {
      const page = await browser.newPage();
      await page.goto(`${site.url}/noclaims.html`, { waitUntil: 'load' });
      const b = bench(page);
      const load = await b.loadIndex('real-index.json');
      const run = await b.pipeline();
      inPage.push({ constructMs: load.parseMs + load.constructMs, scanMs: run.extractMs + run.matchMs + run.highlightMs, highlights: run.highlights });
      await page.close();
    }
    const constructMs = round(median(inPage.map((x) => x.constructMs)));
    const scanMs = round(median(inPage.map((x) => x.scanMs)));
    results.startup = { inPage: { constructMs, scanMs, totalMs: round(constructMs + scanMs), highlights: inPage[0]!.highlights } };

    if (results.contentScript) {
      const url = `${site.url}/noclaims-bare.html`;
      const runs = quick ? 3 : 7;
      try {
        const plain = await browser.newContext();
        const without: number[] = [];
        const withoutTask: number[] = [];
        for (let r = 0; r < runs; r++) {
          const x = await scriptDuration(plain, url, false);
          without.push(x.ms);
          withoutTask.push(x.taskMs);
        }
        await plain.close();
        const ext = await launchWithExtension();
        const withExt: number[] = [];
        const withTask: number[] = [];
        let highlights = '';
        try {
          await scriptDuration(ext.context, url, true); // the extension's first page also pays its own warm-up; not counted
          for (let r = 0; r < runs; r++) {
            const x = await scriptDuration(ext.context, url, true);
            withExt.push(x.ms);
            withTask.push(x.taskMs);
            highlights = x.highlights;
          }
        } finally {
          await ext.close();
        }
        const withMs = round(median(withExt));
        const withoutMs = round(median(without));
        results.startup.cdp = {
          withMs, withoutMs, deltaMs: round(withMs - withoutMs), taskDeltaMs: round(median(withTask) - median(withoutTask)), runs, highlights,
        };
      } catch (err) {
        results.startup.error = `extension start-up not measured: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}`;
        errors.push(results.startup.error);
      }
    }
    return results;
  } finally {
    await browser?.close();
    await site.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
