import { useEffect, useState } from 'react';
import { BUNDLED_SCHOOLS } from '../config/bundled';
import type { SchoolConfig } from '../config/schema';
import { type LoadedSettings, type Settings, activeSchools } from '../settings/settings';
import { loadSettings, saveSettings, watchSettings } from '../settings/storage';

export interface SettingsState extends LoadedSettings {
  schools: SchoolConfig[];
  /** Shows the change at once and stores it. */
  update(settings: Settings): void;
}

/** The parent's settings and the schools they make active, kept current across pages. */
export function useSettings(): SettingsState | undefined {
  const [loaded, setLoaded] = useState<LoadedSettings>();
  useEffect(() => {
    let live = true;
    void loadSettings().then((value) => live && setLoaded(value));
    const unwatch = watchSettings(setLoaded);
    return () => {
      live = false;
      unwatch();
    };
  }, []);
  if (!loaded) return undefined;
  const update = (settings: Settings) => {
    setLoaded({ settings, recovered: false });
    void saveSettings(settings);
  };
  return { ...loaded, schools: activeSchools(BUNDLED_SCHOOLS, loaded.settings), update };
}
