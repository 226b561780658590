import { storage } from 'wxt/utils/storage';
import { MIGRATIONS, SETTINGS_VERSION, parseSettings, type Settings } from '../lib/settings';

/**
 * The one place settings are read and written. Stored raw and parsed on every
 * read, so a corrupted or older value degrades to defaults instead of throwing.
 * The shape is versioned (`settings$` meta `v`): WXT runs `MIGRATIONS` once, in
 * whichever context reads first, before any get, set or watch resolves.
 */
const item = storage.defineItem<unknown>('local:settings', {
  fallback: {},
  version: SETTINGS_VERSION,
  migrations: MIGRATIONS,
});

/** The current settings, defaults filled in. */
export async function getSettings(): Promise<Settings> {
  return parseSettings(await item.getValue());
}

/** Replaces the stored settings. */
export async function setSettings(settings: Settings): Promise<void> {
  await item.setValue(settings);
}

/** Reads, changes and writes the settings in one step. */
export async function updateSettings(change: (s: Settings) => Settings): Promise<Settings> {
  const next = change(await getSettings());
  await setSettings(next);
  return next;
}

/** Calls `cb` whenever the settings change in any context; returns the function that stops watching. */
export function watchSettings(cb: (s: Settings, previous: Settings) => void): () => void {
  return item.watch((raw, old) => cb(parseSettings(raw), parseSettings(old)));
}
