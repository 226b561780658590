import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { de } from './de';
import { en, type Messages } from './en';
import { formatDate, formatNumber, messagesFor, resolveLanguage } from './index';

type Leaf = [path: string, value: unknown];
function leaves(obj: object, prefix = ''): Leaf[] {
  return Object.entries(obj).flatMap(([k, v]): Leaf[] =>
    v && typeof v === 'object' ? leaves(v, `${prefix}${k}.`) : [[`${prefix}${k}`, v]],
  );
}
const sample = (arity: number) => ['§1', '§2', '§3'].slice(0, arity) as never[];

describe('dictionaries', () => {
  const english = new Map(leaves(en));
  const german = new Map(leaves(de));

  it('German has exactly the English keys', () => {
    expect([...german.keys()].sort()).toEqual([...english.keys()].sort());
  });

  it('every German string is filled in, and every function takes the same values and shows those the English shows', () => {
    for (const [path, value] of german) {
      const ref = english.get(path);
      expect(typeof value, path).toBe(typeof ref);
      if (typeof value === 'string') expect(value.trim(), path).not.toBe('');
      if (typeof value === 'function' && typeof ref === 'function') {
        expect(value.length, path).toBe(ref.length);
        if (path === 'list') continue;
        const args = sample(ref.length);
        const [out, refOut] = [String(value(...args)), String(ref(...args))];
        for (const a of args) if (refOut.includes(a)) expect(out, `${path} shows ${a}`).toContain(a);
      }
    }
  });

  it('no German string is an untranslated copy of the English one', () => {
    // Words that are the same in both languages.
    const same = new Set(['Caveat', 'Dresden']);
    const copies = [...german].filter(([path, v]) => typeof v === 'string' && v === english.get(path) && !same.has(v) && path !== 'lang');
    expect(copies).toEqual([]);
  });

  it('messagesFor gives each language its own', () => {
    expect(messagesFor('en')).toBe(en);
    expect(messagesFor('de')).toBe(de);
  });
});

describe('resolveLanguage', () => {
  it.each([
    ['auto', ['de-AT', 'en'], 'de'],
    ['auto', ['fr-FR', 'de'], 'de'],
    ['auto', ['en-US'], 'en'],
    ['auto', ['fr'], 'en'],
    ['auto', [], 'en'],
    ['en', ['de-DE'], 'en'],
    ['de', ['en-US'], 'de'],
  ] as const)('%s with %j is %s', (setting, langs, expected) => expect(resolveLanguage(setting, langs)).toBe(expected));
});

describe('formatting', () => {
  const t = (m: Messages) => m;
  it('writes numbers and dates as each language does', () => {
    expect(formatNumber(t(en), 1_000_000)).toBe('1,000,000');
    expect(formatNumber(t(de), 1_000_000)).toBe('1.000.000');
    expect(formatDate(en, '2024-05-03')).toBe('3 May 2024');
    expect(formatDate(de, '2024-05-03')).toBe('3. Mai 2024');
    expect(formatDate(de, 'someday')).toBe('someday');
  });
  it('quotes as each language does', () => {
    expect(en.quote('x')).toBe('“x”');
    expect(de.quote('x')).toBe('„x“');
  });
});

describe('manifest strings (public/_locales)', () => {
  const read = (lang: string) => JSON.parse(readFileSync(`public/_locales/${lang}/messages.json`, 'utf8')) as Record<string, { message: string }>;
  const config = readFileSync('wxt.config.ts', 'utf8');

  it('English and German have the same messages, each filled in', () => {
    const [e, g] = [read('en'), read('de')];
    expect(Object.keys(g).sort()).toEqual(Object.keys(e).sort());
    for (const m of [...Object.values(e), ...Object.values(g)]) expect(m.message.trim()).not.toBe('');
  });

  it('every __MSG_ the manifest uses exists', () => {
    const used = [...config.matchAll(/__MSG_(\w+)__/g)].map((m) => m[1]!);
    expect(used.length).toBeGreaterThan(0);
    for (const lang of ['en', 'de']) for (const key of used) expect(read(lang), `${lang}: ${key}`).toHaveProperty(key);
  });
});
