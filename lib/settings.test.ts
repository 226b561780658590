import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  DEFAULT_SETTINGS,
  MIGRATIONS,
  SETTINGS_VERSION,
  exportSettings,
  importSettings,
  isEnabledFor,
  isReportEndpoint,
  migrateSettings,
  normalizeSite,
  parseSettings,
  withSite,
  type Settings,
} from './settings';

/** What v1 of the extension stored: no mode, no language, sites as the popup and early options saved them. */
const V1_STORED = {
  disabledSites: ['Example.COM', 'https://news.example.org/some/page', 'not a host!', 'example.com', 42],
  verdicts: ['false', 'misleading'],
  sensitivity: 'strict',
  style: 'dotted',
  reportEndpoint: 'https://reports.example.org/caveat',
};

describe('Settings schema', () => {
  it('has a default for every field', () => {
    expect(DEFAULT_SETTINGS).toEqual({
      disabledSites: [],
      verdicts: ['false', 'misleading', 'disputed', 'needs-context'],
      sensitivity: 'balanced',
      style: 'underline',
      mode: 'always',
      language: 'auto',
    });
  });

  it('never shares default arrays between parses', () => {
    const a = parseSettings({});
    a.disabledSites.push('x.example');
    expect(parseSettings({}).disabledSites).toEqual([]);
  });

  it('degrades a corrupted object to defaults field by field, keeping what is valid', () => {
    const corrupted = {
      disabledSites: ['good.example', 'bad host', 7],
      verdicts: ['false', 'bogus'],
      sensitivity: 3,
      style: 'dotted',
      mode: 'sometimes',
      language: 'de',
      reportEndpoint: 'ftp://files.example.org',
      unknown: true,
    };
    expect(parseSettings(corrupted)).toEqual({
      ...DEFAULT_SETTINGS,
      disabledSites: ['good.example'],
      verdicts: ['false'],
      style: 'dotted',
      language: 'de',
    });
  });

  it.each([null, undefined, 'settings', 42, [], [1, 2]])('reads %j as the defaults', (raw) => {
    expect(parseSettings(raw)).toEqual(DEFAULT_SETTINGS);
  });
});

describe('migrations', () => {
  it('has a step for every version after the first', () => {
    for (let v = 2; v <= SETTINGS_VERSION; v++) expect(MIGRATIONS[v], `migration to v${v}`).toBeTypeOf('function');
  });

  it('migrates a v1 object: adds mode and language, makes sites canonical host names', () => {
    expect(parseSettings(migrateSettings(V1_STORED, 1))).toEqual({
      disabledSites: ['example.com', 'news.example.org'],
      verdicts: ['false', 'misleading'],
      sensitivity: 'strict',
      style: 'dotted',
      mode: 'always',
      language: 'auto',
      reportEndpoint: 'https://reports.example.org/caveat',
    });
  });

  it.each([null, 'garbage', 17, [1], { disabledSites: 'example.com', verdicts: 'all' }])('never throws on %j and degrades to defaults', (raw) => {
    expect(() => migrateSettings(raw, 1)).not.toThrow();
    expect(parseSettings(migrateSettings(raw, 1))).toEqual(DEFAULT_SETTINGS);
  });

  it('leaves a current object as it is', () => {
    expect(migrateSettings(V1_STORED, SETTINGS_VERSION)).toBe(V1_STORED);
  });
});

describe('settings store (WXT storage, versioned)', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.resetModules();
    // @wxt-dev/browser reads the global extension object when first imported.
    Object.assign(globalThis, { chrome: fakeBrowser, browser: fakeBrowser });
  });
  const store = () => import('../utils/settings-store');

  it('migrates an old stored object once and records the version', async () => {
    await fakeBrowser.storage.local.set({ settings: V1_STORED });
    const { getSettings } = await store();
    const s = await getSettings();
    expect(s.mode).toBe('always');
    expect(s.disabledSites).toEqual(['example.com', 'news.example.org']);
    const raw = await fakeBrowser.storage.local.get(['settings', 'settings$']);
    expect(raw['settings$']).toEqual({ v: SETTINGS_VERSION });
    expect(raw['settings']).toMatchObject({ mode: 'always', language: 'auto', disabledSites: ['example.com', 'news.example.org'] });
  });

  it('degrades a corrupted stored value field by field', async () => {
    await fakeBrowser.storage.local.set({ settings: { style: 'background', sensitivity: 'extreme', verdicts: null }, 'settings$': { v: SETTINGS_VERSION } });
    const { getSettings } = await store();
    expect(await getSettings()).toEqual({ ...DEFAULT_SETTINGS, style: 'background' });
  });

  it('reads defaults from empty storage, writes the current version, and tells watchers old and new', async () => {
    const { getSettings, setSettings, watchSettings } = await store();
    expect(await getSettings()).toEqual(DEFAULT_SETTINGS);
    const seen: [Settings, Settings][] = [];
    watchSettings((next, previous) => seen.push([next, previous]));
    await setSettings({ ...DEFAULT_SETTINGS, mode: 'click' });
    await vi.waitFor(() => expect(seen).toHaveLength(1));
    expect(seen[0]![0].mode).toBe('click');
    expect(seen[0]![1].mode).toBe('always');
    expect((await fakeBrowser.storage.local.get('settings$'))['settings$']).toEqual({ v: SETTINGS_VERSION });
  });
});

describe('sites', () => {
  const off = (...sites: string[]): Settings => ({ ...DEFAULT_SETTINGS, disabledSites: sites });

  it('an entry covers the host and its subdomains, not look-alikes', () => {
    const s = off('example.com');
    expect(isEnabledFor(s, 'example.com')).toBe(false);
    expect(isEnabledFor(s, 'www.example.com')).toBe(false);
    expect(isEnabledFor(s, 'WWW.Example.com')).toBe(false);
    expect(isEnabledFor(s, 'badexample.com')).toBe(true);
    expect(isEnabledFor(s, 'example.com.evil.test')).toBe(true);
  });

  it('IP addresses match exactly', () => {
    expect(isEnabledFor(off('0.0.1'), '127.0.0.1')).toBe(true);
    expect(isEnabledFor(off('127.0.0.1'), '127.0.0.1')).toBe(false);
  });

  it('withSite turns a site off once and on again, also when a parent domain was off', () => {
    const a = withSite(DEFAULT_SETTINGS, 'news.example.com', false);
    expect(a.disabledSites).toEqual(['news.example.com']);
    expect(withSite(a, 'news.example.com', false)).toBe(a);
    expect(withSite(a, 'news.example.com', true).disabledSites).toEqual([]);
    const parent = off('example.com', 'other.test');
    expect(isEnabledFor(withSite(parent, 'www.example.com', true), 'www.example.com')).toBe(true);
    expect(withSite(parent, 'www.example.com', true).disabledSites).toEqual(['other.test']);
  });

  it.each([
    ['example.com', 'example.com'],
    ['  Example.COM. ', 'example.com'],
    ['https://www.example.com/path?q=1#x', 'www.example.com'],
    ['http://127.0.0.1:8080/', '127.0.0.1'],
    ['bücher.de', 'xn--bcher-kva.de'],
    ['localhost', 'localhost'],
    ['[::1]', '[::1]'],
  ])('normalizeSite(%j) is %j', (input, host) => expect(normalizeSite(input)).toBe(host));

  it.each(['', '   ', 'not a host', 'http://', 'foo_bar.com', '-x.com'])('normalizeSite(%j) refuses it', (input) => {
    expect(normalizeSite(input)).toBeUndefined();
  });
});

describe('report endpoint', () => {
  it.each(['https://reports.example.org/caveat', 'http://localhost:8787/reports'])('accepts %s', (url) => expect(isReportEndpoint(url)).toBe(true));
  it.each(['ftp://example.org', 'example.org/reports', 'javascript:alert(1)', ''])('refuses %j', (url) => expect(isReportEndpoint(url)).toBe(false));
});

describe('settings files', () => {
  const custom: Settings = {
    disabledSites: ['example.com'],
    verdicts: ['false'],
    sensitivity: 'sensitive',
    style: 'background',
    mode: 'click',
    language: 'de',
    reportEndpoint: 'https://reports.example.org/caveat',
  };
  const file = (settings: unknown, version: number = SETTINGS_VERSION) => JSON.stringify({ format: 'caveat-settings', version, settings });

  it('round-trips every field', () => {
    const text = exportSettings(custom, new Date('2025-01-02T03:04:05Z'));
    expect(JSON.parse(text)).toMatchObject({ format: 'caveat-settings', version: SETTINGS_VERSION, exported: '2025-01-02T03:04:05.000Z' });
    expect(importSettings(text)).toEqual({ ok: true, settings: custom });
  });

  it('fills fields a file leaves out with defaults', () => {
    expect(importSettings(file({ style: 'dotted' }))).toEqual({ ok: true, settings: { ...DEFAULT_SETTINGS, style: 'dotted' } });
  });

  it('migrates a v1 file', () => {
    const r = importSettings(file({ disabledSites: ['Example.com'], style: 'dotted' }, 1));
    expect(r).toEqual({ ok: true, settings: { ...DEFAULT_SETTINGS, disabledSites: ['example.com'], style: 'dotted' } });
  });

  it.each([
    ['not JSON', '{ nope', 'not-json'],
    ['JSON of something else', '[1, 2, 3]', 'not-settings'],
    ['another format', JSON.stringify({ format: 'other', version: 1, settings: {} }), 'not-settings'],
    ['a newer version', file({}, SETTINGS_VERSION + 1), 'newer-version'],
    ['an unknown setting', file({ colour: 'red' }), 'unknown-field'],
    ['a bad value', file({ sensitivity: 'extreme' }), 'bad-value'],
    ['a bad list item', file({ disabledSites: ['ok.example', 'not a host'] }), 'bad-value'],
    ['a bad endpoint', file({ reportEndpoint: 'ftp://x.example' }), 'bad-value'],
    ['a huge file', ' '.repeat(1_000_001), 'too-large'],
  ])('refuses %s with a reason', (_name, text, kind) => {
    const r = importSettings(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.kind).toBe(kind);
  });

  it('names the field and the item that is wrong', () => {
    expect(importSettings(file({ disabledSites: ['ok.example', 'not a host'] }))).toEqual({
      ok: false,
      error: { kind: 'bad-value', field: 'disabledSites', item: 1 },
    });
    expect(importSettings(file({ colour: 'red' }))).toEqual({ ok: false, error: { kind: 'unknown-field', field: 'colour' } });
  });
});
