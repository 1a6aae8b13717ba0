import { z } from 'zod';
import type { SchoolConfig } from '../config/schema';

/**
 * What a parent chooses, kept only in this browser. Stored settings carry a version; older
 * versions are migrated step by step, and anything unreadable falls back to the defaults with
 * `recovered` set so the options page can say so.
 */
export const SETTINGS_VERSION = 2;

/** The longest name a parent can add locally. */
export const MAX_NAME_LENGTH = 80;
const names = z.array(z.string().trim().min(1).max(MAX_NAME_LENGTH)).max(200);

export const SettingsSchema = z.object({
  version: z.literal(SETTINGS_VERSION),
  /** The parent's schools; ignored when the build holds exactly one. */
  schoolIds: z.array(z.string()),
  /** Sites the parent paused: a built-in site's id ("facebook"), or a host name for others. */
  pausedSites: z.array(z.string()),
  /** Names the school's list lacks, added by the parent and kept only in this browser. */
  localNames: z.object({ staff: names, children: names }),
});
export type Settings = z.infer<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = {
  version: SETTINGS_VERSION,
  schoolIds: [],
  pausedSites: [],
  localNames: { staff: [], children: [] },
};

const V1 = z.object({ version: z.literal(1), schoolIds: z.array(z.string()) });

/** Each step lifts stored settings by one version. */
const MIGRATIONS: Record<number, (old: unknown) => unknown> = {
  1: (old) => ({ ...DEFAULT_SETTINGS, schoolIds: V1.parse(old).schoolIds }),
};

export interface LoadedSettings {
  settings: Settings;
  /** True when what was stored could not be read and the defaults stand in. */
  recovered: boolean;
}

export function readSettings(stored: unknown): LoadedSettings {
  if (stored === undefined || stored === null) return { settings: DEFAULT_SETTINGS, recovered: false };
  try {
    let value: unknown = stored;
    for (let v = versionOf(value); v !== undefined && v < SETTINGS_VERSION; v = versionOf(value)) {
      const step = MIGRATIONS[v];
      if (!step) break;
      value = step(value);
    }
    return { settings: SettingsSchema.parse(value), recovered: false };
  } catch {
    return { settings: DEFAULT_SETTINGS, recovered: true };
  }
}

function versionOf(value: unknown): number | undefined {
  const version = (value as { version?: unknown } | null)?.version;
  return typeof version === 'number' ? version : undefined;
}

/** The schools whose policies apply: a one-school build needs no setup. */
export function activeSchools(bundled: readonly SchoolConfig[], settings: Settings): SchoolConfig[] {
  if (bundled.length === 1) return [...bundled];
  return bundled.filter((s) => settings.schoolIds.includes(s.id));
}

/** The active schools as the engine reads them: with the staff the parent added locally. */
export function schoolsForEngine(bundled: readonly SchoolConfig[], settings: Settings): SchoolConfig[] {
  const added = settings.localNames.staff.map((name) => ({ name, role: 'Added by you', aliases: [] }));
  return activeSchools(bundled, settings).map((school) =>
    added.length ? { ...school, staff: [...school.staff, ...added] } : school,
  );
}

/** The settings with `id` added to or removed from one of its lists of ids. */
export function withToggled(settings: Settings, list: 'schoolIds' | 'pausedSites', id: string, on: boolean): Settings {
  const rest = settings[list].filter((s) => s !== id);
  return { ...settings, [list]: on ? [...rest, id] : rest };
}
