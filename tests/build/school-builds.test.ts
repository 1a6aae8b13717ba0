import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const schoolIds = readdirSync(join(root, 'schools')).map((f) => f.replace(/\.json$/, ''));

/** Runs the real build, as a school's IT person would, in its own output folder. */
function build(school: string, mode: string) {
  const outDir = join(root, '.output', `chrome-mv3-${mode}`);
  rmSync(outDir, { recursive: true, force: true });
  const run = spawnSync('npx', ['wxt', 'build', '--mode', mode], {
    cwd: root,
    env: { ...process.env, SCHOOL: school },
    encoding: 'utf8',
  });
  return { ...run, outDir };
}

describe('configured builds', () => {
  it.each(schoolIds)('SCHOOL=%s builds an extension named for that school', (id) => {
    const { status, stderr, outDir } = build(id, 'build-test');
    expect(status, stderr).toBe(0);
    const manifest = JSON.parse(readFileSync(join(outDir, 'manifest.json'), 'utf8'));
    const school = JSON.parse(readFileSync(join(root, 'schools', `${id}.json`), 'utf8'));
    expect(manifest.name).toBe(`Before You Post – ${school.name}`);
    expect(manifest.description).toContain(school.name);
    // Nothing at install beyond the built-in sites: other sites are asked for one at a time.
    expect(manifest.permissions).toEqual(['storage', 'activeTab']);
    expect(manifest.host_permissions ?? []).toEqual([]);
    // Production builds never run on localhost.
    expect(JSON.stringify(manifest.content_scripts)).not.toContain('localhost');
  }, 120_000);

  it.each([
    ['a missing name', (c: Record<string, unknown>) => delete c.name, /name: is missing/],
    ['a non-kebab id', (c: Record<string, unknown>) => (c.id = 'Alsop High'), /id: id must be kebab-case/],
    ['a staff entry without a name', (c: Record<string, unknown>) => (c.staff = [{ role: 'Head' }]), /staff\[0\]\.name: is missing/],
  ])('a config with %s fails the build with the file and field, and builds nothing', (_, edit, message) => {
    const dir = mkdtempSync(join(tmpdir(), 'byp-config-'));
    const file = join(dir, 'broken.json');
    const config = JSON.parse(readFileSync(join(root, 'schools', 'alsop-high.json'), 'utf8'));
    edit(config);
    writeFileSync(file, JSON.stringify(config));
    const { status, stderr, outDir } = build(file, 'broken-test');
    expect(status).not.toBe(0);
    expect(stderr).toContain('broken.json: invalid school config');
    expect(stderr).toMatch(message);
    expect(existsSync(outDir)).toBe(false);
    rmSync(dir, { recursive: true, force: true });
  }, 120_000);

  it('an unknown SCHOOL id fails with the ids that exist', () => {
    const { status, stderr } = build('no-such-school', 'broken-test');
    expect(status).not.toBe(0);
    expect(stderr).toContain('SCHOOL=no-such-school: no such school id, JSON file or folder; use one of');
    for (const id of schoolIds) expect(stderr).toContain(id);
  }, 120_000);
});
