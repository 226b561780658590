/** Timing helpers: medians of repeated runs, formatting. */

export function median(xs: readonly number[]): number {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

export interface Timing {
  /** Median of the timed runs, in ms. */
  ms: number;
  min: number;
  max: number;
  runs: number;
}

/** Runs `fn` `warmup` times untimed, then `reps` times timed; returns the median and the last result. */
export function time<T>(fn: () => T, { reps = 5, warmup = 1 } = {}): Timing & { result: T } {
  let result = fn();
  for (let i = 1; i < warmup; i++) result = fn();
  const samples: number[] = [];
  for (let i = 0; i < reps; i++) {
    const t0 = performance.now();
    result = fn();
    samples.push(performance.now() - t0);
  }
  return { ms: median(samples), min: Math.min(...samples), max: Math.max(...samples), runs: reps, result };
}

export const round = (x: number, digits = 2) => (Number.isFinite(x) ? Math.round(x * 10 ** digits) / 10 ** digits : x);

/** "12.3 ms", "1.23 s", "2.1 min". */
export function fmtMs(ms: number): string {
  if (!Number.isFinite(ms)) return 'n/a';
  if (ms >= 120_000) return `${(ms / 60_000).toFixed(1)} min`;
  if (ms >= 10_000) return `${(ms / 1000).toFixed(1)} s`;
  if (ms >= 100) return `${ms.toFixed(0)} ms`;
  if (ms >= 10) return `${ms.toFixed(1)} ms`;
  return `${ms.toFixed(2)} ms`;
}

/** "12,345×" or "3.4×". */
export function fmtRatio(x: number): string {
  if (!Number.isFinite(x)) return 'n/a';
  return x >= 100 ? `${Math.round(x).toLocaleString('en-US')}×` : `${x.toFixed(2)}×`;
}

/** Size in characters as "100 KB", "1 MB" (1 MB = 1,000,000 characters of text). */
export function fmtSize(chars: number): string {
  return chars >= 1e6 ? `${+(chars / 1e6).toFixed(1)} MB` : `${Math.round(chars / 1e3)} KB`;
}
