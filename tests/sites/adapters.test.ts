import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SITE_ADAPTERS, siteKey } from '../../src/sites';

const root = resolve(import.meta.dirname, '../..');
const files = readdirSync(join(root, 'src/sites/adapters')).filter((f) => f.endsWith('.ts'));
const docs = readFileSync(join(root, 'docs/sites.md'), 'utf8');

describe('site adapters', () => {
  it.each(files)('%s is registered, tested and documented', (file) => {
    const id = file.slice(0, -3);
    expect(SITE_ADAPTERS.map((a) => a.id), 'registered in src/sites/index.ts').toContain(id);
    expect(existsSync(join(root, 'tests/sites', `${id}.test.ts`)), `tests/sites/${id}.test.ts exists`).toBe(true);
    expect(docs, `docs/sites.md has a "## ${id}" section`).toMatch(new RegExp(`^## ${id}$`, 'm'));
  });
  it('every registered adapter has its own file, named by its id', () => {
    expect(SITE_ADAPTERS.map((a) => `${a.id}.ts`).sort()).toEqual([...files].sort());
  });
});

describe('site keys', () => {
  it.each([
    ['www.facebook.com', 'facebook'],
    ['m.facebook.com', 'facebook'],
    ['twitter.com', 'x'],
    ['forum.example.org', 'forum.example.org'],
  ])('pausing on %s pauses %s', (host, key) => {
    expect(siteKey(host)).toBe(key);
  });
});
