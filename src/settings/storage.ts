import { storage } from '#imports';
import { type LoadedSettings, type Settings, readSettings } from './settings';

/** Settings live in storage.local only: nothing syncs, nothing leaves this browser. */
const settingsItem = storage.defineItem<unknown>('local:settings');

export async function loadSettings(): Promise<LoadedSettings> {
  return readSettings(await settingsItem.getValue());
}

export async function saveSettings(settings: Settings): Promise<void> {
  await settingsItem.setValue(settings);
}

export function watchSettings(onChange: (loaded: LoadedSettings) => void): () => void {
  return settingsItem.watch((value) => onChange(readSettings(value)));
}
