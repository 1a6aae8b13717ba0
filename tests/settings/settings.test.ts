import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, SETTINGS_VERSION, activeSchools, readSettings, schoolsForEngine, withToggled } from '../../src/settings/settings';
import type { SchoolConfig } from '../../src/config/schema';

describe('stored settings', () => {
  it('starts from the defaults when nothing is stored, without calling it a recovery', () => {
    expect(readSettings(undefined)).toEqual({ settings: DEFAULT_SETTINGS, recovered: false });
  });

  it('reads current settings as stored', () => {
    const stored = { ...DEFAULT_SETTINGS, schoolIds: ['alsop-high'], pausedSites: ['x'], localNames: { staff: ['Mrs Okafor'], children: [] } };
    expect(readSettings(stored)).toEqual({ settings: stored, recovered: false });
  });

  it('migrates version 1 (schools only) to the current version, keeping the schools', () => {
    const { settings, recovered } = readSettings({ version: 1, schoolIds: ['stoke-poges', 'alsop-high'] });
    expect(recovered).toBe(false);
    expect(settings).toEqual({ ...DEFAULT_SETTINGS, version: SETTINGS_VERSION, schoolIds: ['stoke-poges', 'alsop-high'] });
  });

  it.each([
    ['a string', 'garbage'],
    ['a number', 42],
    ['a future version', { ...DEFAULT_SETTINGS, version: 99 }],
    ['a broken version 1', { version: 1, schoolIds: 'alsop-high' }],
    ['a wrong field type', { ...DEFAULT_SETTINGS, pausedSites: [1, 2] }],
    ['a missing field', { version: SETTINGS_VERSION, schoolIds: [] }],
    ['an over-long local name', { ...DEFAULT_SETTINGS, localNames: { staff: ['x'.repeat(81)], children: [] } }],
  ])('falls back to the defaults, saying so, for %s', (_, stored) => {
    expect(readSettings(stored)).toEqual({ settings: DEFAULT_SETTINGS, recovered: true });
  });
});

describe('active schools', () => {
  const school = (id: string) => ({ id }) as SchoolConfig;
  it('a one-school build is active with no setup', () => {
    expect(activeSchools([school('a')], DEFAULT_SETTINGS).map((s) => s.id)).toEqual(['a']);
  });
  it('a several-school build uses the parent\'s choice, which may be more than one', () => {
    const chosen = { ...DEFAULT_SETTINGS, schoolIds: ['c', 'a'] };
    expect(activeSchools([school('a'), school('b'), school('c')], chosen).map((s) => s.id)).toEqual(['a', 'c']);
    expect(activeSchools([school('a'), school('b')], DEFAULT_SETTINGS)).toEqual([]);
  });
});

describe('schools as the engine reads them', () => {
  const school = { id: 'a', staff: [{ name: 'Joe Pilkington', role: 'Safeguarding Lead', aliases: [] }] } as unknown as SchoolConfig;
  it('adds the staff names the parent added, and leaves the school alone without them', () => {
    expect(schoolsForEngine([school], DEFAULT_SETTINGS)[0]).toBe(school);
    const withNames = { ...DEFAULT_SETTINGS, localNames: { staff: ['Mrs Okafor'], children: [] } };
    expect(schoolsForEngine([school], withNames)[0]!.staff.map((s) => s.name)).toEqual(['Joe Pilkington', 'Mrs Okafor']);
  });
});

describe('toggling an id in a settings list', () => {
  it('adds an id once and removes it, leaving the rest as they were', () => {
    const start = { ...DEFAULT_SETTINGS, pausedSites: ['x'] };
    const on = withToggled(start, 'pausedSites', 'facebook', true);
    expect(on.pausedSites).toEqual(['x', 'facebook']);
    expect(withToggled(on, 'pausedSites', 'facebook', true).pausedSites).toEqual(['x', 'facebook']);
    expect(withToggled(on, 'pausedSites', 'facebook', false)).toEqual(start);
    expect(withToggled(start, 'schoolIds', 'alsop-high', true).schoolIds).toEqual(['alsop-high']);
  });
});
