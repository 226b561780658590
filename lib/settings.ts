import { z } from 'zod/mini';
import { VERDICTS } from './claims/verdicts';

/** User settings: one schema, defaults for every field, so a partial or older object still parses. */
export const Settings = z.object({
  /** Hostnames where Caveat stays off. */
  disabledSites: z._default(z.array(z.string()), []),
  /** Which verdicts get highlighted. */
  verdicts: z._default(z.array(z.enum(VERDICTS)), [...VERDICTS]),
  sensitivity: z._default(z.enum(['strict', 'balanced', 'sensitive']), 'balanced'),
  style: z._default(z.enum(['underline', 'background', 'dotted']), 'underline'),
  /** Where queued reports are POSTed; none by default, so reports stay in the browser. */
  reportEndpoint: z.optional(z.url({ protocol: /^https?$/ })),
});
export type Settings = z.infer<typeof Settings>;

export const DEFAULT_SETTINGS: Settings = Settings.parse({});

/** Reads stored settings; anything malformed falls back to defaults field by field, never throws. */
export function parseSettings(raw: unknown): Settings {
  const whole = Settings.safeParse(raw ?? {});
  if (whole.success) return whole.data;
  const obj = (typeof raw === 'object' && raw) || {};
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(obj)) {
    if (Settings.safeParse({ [key]: value }).success) out[key] = value;
  }
  return Settings.parse(out);
}

/** Is Caveat on for this hostname? */
export function isEnabledFor(settings: Settings, hostname: string): boolean {
  return !settings.disabledSites.includes(hostname);
}

/** Turns Caveat on or off for one site. */
export function withSite(settings: Settings, hostname: string, enabled: boolean): Settings {
  const others = settings.disabledSites.filter((h) => h !== hostname);
  return { ...settings, disabledSites: enabled ? others : [...others, hostname] };
}
