import { z } from 'zod';
import type { SchoolConfig } from '../config/schema';

/**
 * What a parent chooses, kept only in this browser. Stored settings carry a version so later
 * releases can migrate them; anything unreadable falls back to the defaults, and the caller is
 * told so it can say so.
 */
export const SETTINGS_VERSION = 1;

export const SettingsSchema = z.object({
  version: z.literal(SETTINGS_VERSION),
  /** The parent's schools; ignored when the build holds exactly one. */
  schoolIds: z.array(z.string()).default([]),
});
export type Settings = z.infer<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = { version: SETTINGS_VERSION, schoolIds: [] };

export interface LoadedSettings {
  settings: Settings;
  /** True when what was stored could not be read and the defaults stand in. */
  recovered: boolean;
}

export function readSettings(stored: unknown): LoadedSettings {
  if (stored === undefined || stored === null) return { settings: DEFAULT_SETTINGS, recovered: false };
  const parsed = SettingsSchema.safeParse(stored);
  return parsed.success ? { settings: parsed.data, recovered: false } : { settings: DEFAULT_SETTINGS, recovered: true };
}

/** The schools whose policies apply: a one-school build needs no setup. */
export function activeSchools(bundled: readonly SchoolConfig[], settings: Settings): SchoolConfig[] {
  if (bundled.length === 1) return [...bundled];
  return bundled.filter((s) => settings.schoolIds.includes(s.id));
}
