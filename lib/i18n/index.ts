import type { LanguageSetting } from '../settings';
import { de } from './de';
import { en, type Messages } from './en';

export type { Messages };

/** The languages the interface is written in. */
export const UI_LANGUAGES = ['en', 'de'] as const;
export type Language = (typeof UI_LANGUAGES)[number];

const DICTIONARIES: Record<Language, Messages> = { en, de };

/** What each language is called in itself (for the language menu, so a reader finds their own). */
export const LANGUAGE_NAMES: Record<Language, string> = { en: 'English', de: 'Deutsch' };

/**
 * The interface language for a setting: an explicit choice wins; 'auto' takes
 * the first of the browser's preferred languages we have, English otherwise.
 */
export function resolveLanguage(setting: LanguageSetting, browserLanguages: readonly string[]): Language {
  if (setting !== 'auto') return setting;
  for (const tag of browserLanguages) {
    const base = tag.toLowerCase().split('-')[0];
    const found = UI_LANGUAGES.find((l) => l === base);
    if (found) return found;
  }
  return 'en';
}

/** The dictionary for a language. */
export function messagesFor(lang: Language): Messages {
  return DICTIONARIES[lang];
}

/** Formats a number the way readers of a language write it (1,000,000 / 1.000.000). */
export function formatNumber(t: Messages, n: number): string {
  return n.toLocaleString(t.locale);
}

/** Formats an ISO date (YYYY-MM-DD) for readers of a language, in UTC so the day never shifts. */
export function formatDate(t: Messages, iso: string): string {
  const date = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleDateString(t.locale, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });
}
