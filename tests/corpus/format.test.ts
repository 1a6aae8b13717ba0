import { describe, expect, it } from 'vitest';
import { loadSchools } from '../../src/config/load-schools';
import { CATEGORIES } from '../../src/engine';
import { readdirSync } from 'node:fs';
import { CORPUS_NAMES, corpusPath, readCorpus } from '../../scripts/corpus';

const PLATFORMS = new Set(['facebook', 'x', 'whatsapp', 'mumsnet', 'netmums', 'google-review']);
const SCHOOLS = new Set(loadSchools(undefined).map((s) => s.id));

/** The corpus format in tests/corpus/README.md, checked on every file (labels only, never the engine). */
describe('labelled corpora', () => {
  const seen = new Set<string>();
  it('lists every file in the folder, so none is left out of training or reporting', () => {
    const files = readdirSync('tests/corpus').filter((f) => f.endsWith('.jsonl'));
    expect(files.sort()).toEqual(CORPUS_NAMES.map((name) => `${name}.jsonl`).sort());
  });
  for (const name of CORPUS_NAMES) {
    it(`${name} follows the format`, () => {
      const posts = readCorpus(name);
      expect(posts, `${corpusPath(name)} is missing`).toBeDefined();
      for (const post of posts!) {
        const where = `${name} ${post.id}`;
        expect(seen.has(post.id), `${where}: id used twice`).toBe(false);
        seen.add(post.id);
        expect(SCHOOLS.has(post.school), `${where}: unknown school ${post.school}`).toBe(true);
        expect(PLATFORMS.has(post.platform), `${where}: unknown platform ${post.platform}`).toBe(true);
        expect(typeof post.text === 'string' && post.text.length > 0, `${where}: empty text`).toBe(true);
        const order = post.categories.map((c) => CATEGORIES.indexOf(c));
        expect(order.every((i) => i >= 0), `${where}: unknown category`).toBe(true);
        expect(order, `${where}: categories out of order`).toEqual([...order].sort((a, b) => a - b));
        expect(post.pause, `${where}: pause must be true exactly when a category other than school is present`).toBe(post.categories.some((c) => c !== 'school'));
      }
    });
  }
});
