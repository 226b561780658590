import * as z from 'zod/mini';
import { VERDICTS } from './claims/verdicts';

/** The shape version of stored settings; bump it and add a step to `MIGRATIONS` when the shape changes. */
export const SETTINGS_VERSION = 2;

/** When Caveat reads pages: on every page, or only when the user asks from the toolbar popup. */
export const MODES = ['always', 'click'] as const;
export type Mode = (typeof MODES)[number];
/** The interface language; 'auto' follows the browser. */
export const LANGUAGES = ['auto', 'en', 'de'] as const;
export type LanguageSetting = (typeof LANGUAGES)[number];
/** The matcher's threshold presets (values in lib/match/types.ts `SENSITIVITY`). */
export const SENSITIVITIES = ['strict', 'balanced', 'sensitive'] as const;
/** How highlights look in the page (`data-style` on each mark). */
export const STYLES = ['underline', 'background', 'dotted'] as const;

// A host name as `location.hostname` gives it: lower case, punycode, an IPv4 address or a bracketed IPv6 one.
const HOST_RE = /^(?:(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*|\[[0-9a-f:.]+\])$/;
const Hostname = z.string().check(z.regex(HOST_RE));
const ReportEndpoint = z.url({ protocol: /^https?$/ });

const fields = {
  /** Hosts where Caveat stays off; an entry also covers its subdomains (see `isEnabledFor`). */
  disabledSites: z._default(z.array(Hostname), () => []),
  /** Which verdicts get highlighted. */
  verdicts: z._default(z.array(z.enum(VERDICTS)), () => [...VERDICTS]),
  /** The matcher's threshold preset. */
  sensitivity: z._default(z.enum(SENSITIVITIES), 'balanced'),
  /** How highlights look. */
  style: z._default(z.enum(STYLES), 'underline'),
  /** 'always': the content script is registered for every http(s) page; 'click': injected on request only. Since v2. */
  mode: z._default(z.enum(MODES), 'always'),
  /** Interface language. Since v2. */
  language: z._default(z.enum(LANGUAGES), 'auto'),
  /** Where queued reports are POSTed; none by default, so reports stay in the browser. */
  reportEndpoint: z.optional(ReportEndpoint),
};

/** User settings: one schema, defaults for every field, so a partial or older object still parses. */
export const Settings = z.object(fields);
export type Settings = z.infer<typeof Settings>;

export const DEFAULT_SETTINGS: Settings = Settings.parse({});

type Field = keyof typeof fields;

/** Is this a URL Caveat can send reports to (http or https)? */
export function isReportEndpoint(url: string): boolean {
  return ReportEndpoint.safeParse(url).success;
}
const FIELDS = Object.keys(fields) as Field[];

/** Reads stored settings; anything malformed falls back to defaults field by field (lists item by item), never throws. */
export function parseSettings(raw: unknown): Settings {
  const whole = Settings.safeParse(raw ?? {});
  if (whole.success) return whole.data;
  const obj: Record<string, unknown> = isRecord(raw) ? raw : {};
  const out: Record<string, unknown> = {};
  for (const key of FIELDS) {
    const value = obj[key];
    if (value === undefined) continue;
    if (Settings.safeParse({ [key]: value }).success) out[key] = value;
    // A list with one bad item keeps its good items rather than losing the user's whole list.
    else if (Array.isArray(value)) out[key] = value.filter((v) => Settings.safeParse({ [key]: [v] }).success);
  }
  return Settings.parse(out);
}

/**
 * Steps from one stored version to the next, keyed by the version they produce
 * (the format WXT storage's `migrations` option takes). Each step is total: it
 * never throws, and leaves what it cannot read for `parseSettings` to default.
 */
export const MIGRATIONS: Record<number, (old: unknown) => unknown> = {
  /** v1 → v2: adds `mode` ('always', what v1 did) and `language` ('auto'); site entries become canonical host names. */
  2: (old) => {
    if (!isRecord(old)) return {};
    const { disabledSites, ...rest } = old;
    const sites = Array.isArray(disabledSites)
      ? [...new Set(disabledSites.map((s) => (typeof s === 'string' ? normalizeSite(s) : undefined)).filter((s) => s !== undefined))]
      : disabledSites;
    return { ...rest, disabledSites: sites, mode: 'always', language: 'auto' };
  },
};

/** Runs the migrations from `from` up to the current version. */
export function migrateSettings(raw: unknown, from: number): unknown {
  let value = raw;
  for (let v = from + 1; v <= SETTINGS_VERSION; v++) value = MIGRATIONS[v]?.(value) ?? value;
  return value;
}

const isIp = (host: string) => host.startsWith('[') || /^[\d.]+$/.test(host);

/**
 * Turns what a person types (a host name, or a whole address copied from the
 * address bar) into the host name Caveat compares with; undefined when it is not one.
 */
export function normalizeSite(input: string): string | undefined {
  const trimmed = input.trim();
  if (!trimmed) return undefined;
  try {
    const url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) ? trimmed : `http://${trimmed}`);
    const host = url.hostname.replace(/\.$/, '');
    return HOST_RE.test(host) ? host : undefined;
  } catch {
    return undefined;
  }
}

/** Does a disabled-sites entry cover this host? An entry covers itself and its subdomains (not for IP addresses). */
export function siteCovers(entry: string, hostname: string): boolean {
  const host = hostname.toLowerCase();
  return host === entry || (!isIp(host) && host.endsWith(`.${entry}`));
}

/** Is Caveat on for this hostname? */
export function isEnabledFor(settings: Settings, hostname: string): boolean {
  return !settings.disabledSites.some((entry) => siteCovers(entry, hostname));
}

/**
 * Turns Caveat on or off for one site. Turning it on removes every entry that
 * covers the host (so the popup's switch always works, even when a parent domain was turned off).
 */
export function withSite(settings: Settings, hostname: string, enabled: boolean): Settings {
  const host = hostname.toLowerCase();
  if (enabled) return { ...settings, disabledSites: settings.disabledSites.filter((e) => !siteCovers(e, host)) };
  if (!isEnabledFor(settings, host)) return settings;
  return { ...settings, disabledSites: [...settings.disabledSites, host] };
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

// ---------------------------------------------------------------------------
// Settings files (export and import)

/** Marks a JSON file as Caveat's settings. */
export const SETTINGS_FILE_FORMAT = 'caveat-settings';
/** Files larger than this are refused before parsing (a settings file is a few hundred bytes). */
export const MAX_SETTINGS_FILE_BYTES = 1_000_000;

/** Why an imported settings file was refused; the options page words it for the reader. */
export type ImportError =
  | { kind: 'too-large' }
  | { kind: 'not-json'; detail: string }
  | { kind: 'not-settings' }
  | { kind: 'newer-version'; version: number }
  | { kind: 'unknown-field'; field: string }
  | { kind: 'bad-value'; field: Field; item?: number };

export type ImportResult = { ok: true; settings: Settings } | { ok: false; error: ImportError };

const SettingsFile = z.object({
  format: z.literal(SETTINGS_FILE_FORMAT),
  version: z.int().check(z.minimum(1)),
  settings: z.record(z.string(), z.unknown()),
});

/** The settings as a JSON file a person can keep, read and import again. */
export function exportSettings(settings: Settings, now = new Date()): string {
  const file = { format: SETTINGS_FILE_FORMAT, version: SETTINGS_VERSION, exported: now.toISOString(), settings };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/**
 * Reads a settings file strictly: unlike `parseSettings`, nothing is quietly
 * defaulted, because applying half a file the user chose would surprise them.
 * Fields the file leaves out take their defaults; older versions are migrated.
 */
export function importSettings(text: string): ImportResult {
  const fail = (error: ImportError): ImportResult => ({ ok: false, error });
  if (text.length > MAX_SETTINGS_FILE_BYTES) return fail({ kind: 'too-large' });
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    return fail({ kind: 'not-json', detail: err instanceof Error ? err.message : String(err) });
  }
  const file = SettingsFile.safeParse(json);
  if (!file.success) return fail({ kind: 'not-settings' });
  const { version, settings } = file.data;
  if (version > SETTINGS_VERSION) return fail({ kind: 'newer-version', version });
  const current = version < SETTINGS_VERSION ? migrateSettings(settings, version) : settings;
  if (!isRecord(current)) return fail({ kind: 'not-settings' });
  const unknown = Object.keys(current).find((k) => !(FIELDS as string[]).includes(k));
  if (unknown !== undefined) return fail({ kind: 'unknown-field', field: unknown });
  const parsed = Settings.safeParse(current);
  if (parsed.success) return { ok: true, settings: parsed.data };
  const [field, item] = parsed.error.issues[0]?.path ?? [];
  return fail({ kind: 'bad-value', field: field as Field, ...(typeof item === 'number' ? { item } : {}) });
}
