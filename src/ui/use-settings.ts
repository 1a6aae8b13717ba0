import { useEffect, useState } from 'react';
import { BUNDLED_SCHOOLS } from '../config/bundled';
import type { SchoolConfig } from '../config/schema';
import { type LoadedSettings, activeSchools } from '../settings/settings';
import { loadSettings, watchSettings } from '../settings/storage';

export interface SettingsState extends LoadedSettings {
  schools: SchoolConfig[];
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
  return loaded && { ...loaded, schools: activeSchools(BUNDLED_SCHOOLS, loaded.settings) };
}
