import { storage } from 'wxt/utils/storage';
import { parseSettings, type Settings } from '../lib/settings';

/**
 * The one place settings are read and written. Stored raw and parsed on every
 * read, so a corrupted or older value degrades to defaults instead of throwing.
 */
const item = storage.defineItem<unknown>('local:settings', { fallback: {} });

export async function getSettings(): Promise<Settings> {
  return parseSettings(await item.getValue());
}

export async function setSettings(settings: Settings): Promise<void> {
  await item.setValue(settings);
}

export function watchSettings(cb: (s: Settings) => void): () => void {
  return item.watch((raw) => cb(parseSettings(raw)));
}
