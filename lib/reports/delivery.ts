import * as z from 'zod/mini';
import type { DeliveryState, QueueEntry } from './queue';

/** Back-off tuning. Defaults suit real use; tests store shorter ones under CONFIG_KEY. */
export const DeliveryConfig = z.object({
  /** Delay after the first failure; doubles with each further failure. */
  backoffBaseMs: z._default(z.number().check(z.int(), z.positive()), 60_000),
  /** Longest delay between two attempts. */
  backoffMaxMs: z._default(z.number().check(z.int(), z.positive()), 6 * 60 * 60_000),
});
export type DeliveryConfig = z.infer<typeof DeliveryConfig>;

/** Reads stored tuning; anything malformed means the defaults. */
export function parseDeliveryConfig(raw: unknown): DeliveryConfig {
  const parsed = DeliveryConfig.safeParse(raw ?? {});
  return parsed.success ? parsed.data : DeliveryConfig.parse({});
}

/** An attempt that has not finished after this long was cut short (the worker stopped) and counts as not started. */
export const STALE_SENDING_MS = 2 * 60_000;

/**
 * Delay before the next attempt after `attempts` failures: base · 2^(attempts−1), capped, with
 * ±20 % jitter so that many browsers coming back online do not all knock at once.
 */
export function retryDelay(attempts: number, config: DeliveryConfig, random: () => number = Math.random): number {
  const exp = Math.min(config.backoffMaxMs, config.backoffBaseMs * 2 ** Math.max(0, attempts - 1));
  return Math.round(Math.min(config.backoffMaxMs, exp * (0.8 + 0.4 * random())));
}

const isSending = (s: DeliveryState, now: number) => s.sendingSince !== undefined && now - s.sendingSince < STALE_SENDING_MS;

/** Reports that should be attempted now: not acknowledged, not in flight, and due (or all of them when `force`). */
export function dueEntries(entries: readonly QueueEntry[], now: number, force = false): QueueEntry[] {
  return entries.filter(({ state: s }) => !s.sentAt && !isSending(s, now) && (force || s.nextAttemptAt === undefined || s.nextAttemptAt <= now));
}

/**
 * When the next automatic attempt is due (epoch ms), or undefined when nothing waits: the earliest
 * scheduled retry, or the moment an attempt in flight goes stale (the worker may stop mid-request).
 */
export function nextWake(entries: readonly QueueEntry[]): number | undefined {
  const times = entries.flatMap(({ state: s }) => {
    if (s.sentAt) return [];
    if (s.sendingSince !== undefined) return [s.sendingSince + STALE_SENDING_MS];
    return s.nextAttemptAt !== undefined ? [s.nextAttemptAt] : [];
  });
  return times.length ? Math.min(...times) : undefined;
}

/** State while an attempt is in flight. */
export const markSending = (s: DeliveryState, now: number): DeliveryState => ({ ...s, sendingSince: now });

/** State after the endpoint acknowledged the report. */
export const markSent = (s: DeliveryState, endpoint: string, now: number): DeliveryState => ({
  attempts: s.attempts,
  sentAt: new Date(now).toISOString(),
  sentTo: endpoint,
});

/** State after a failed attempt: one more failure, the reason, and when to try again. */
export function markFailed(s: DeliveryState, error: string, now: number, config: DeliveryConfig, random?: () => number): DeliveryState {
  const attempts = s.attempts + 1;
  return { attempts, lastError: error, nextAttemptAt: now + retryDelay(attempts, config, random) };
}

/** What the reader sees about one report. */
export type ReportStatus =
  | { kind: 'sent'; at: string; to?: string }
  | { kind: 'sending' }
  /** No endpoint is set: the report stays in this browser. */
  | { kind: 'local' }
  /** Waiting for its first attempt. */
  | { kind: 'queued'; to: string }
  /** At least one attempt failed; another is scheduled. */
  | { kind: 'retrying'; to: string; attempts: number; lastError?: string; nextAt?: number };

/** The status of a report given the current endpoint (undefined: none set). */
export function statusOf(state: DeliveryState, endpoint: string | undefined, now: number): ReportStatus {
  if (state.sentAt) return { kind: 'sent', at: state.sentAt, ...(state.sentTo ? { to: state.sentTo } : {}) };
  if (!endpoint) return { kind: 'local' };
  if (isSending(state, now)) return { kind: 'sending' };
  if (state.attempts === 0) return { kind: 'queued', to: endpoint };
  return {
    kind: 'retrying',
    to: endpoint,
    attempts: state.attempts,
    ...(state.lastError ? { lastError: state.lastError } : {}),
    ...(state.nextAttemptAt !== undefined ? { nextAt: state.nextAttemptAt } : {}),
  };
}
