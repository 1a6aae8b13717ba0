import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATEGORIES } from '../../src/engine';
import { RULES } from '../../src/engine/rules';

const RULES_DIR = join(__dirname, '../../src/engine/rules');
const TESTS_DIR = join(__dirname, 'rules');

describe('rules', () => {
  const ruleFiles = readdirSync(RULES_DIR).filter((f) => f.endsWith('.ts') && f !== 'index.ts' && f !== 'types.ts');

  it.each(ruleFiles)('%s has a test file', (file) => {
    expect(existsSync(join(TESTS_DIR, file.replace(/\.ts$/, '.test.ts')))).toBe(true);
  });

  it('lists one rule per category, named after it, in order', () => {
    expect(RULES.map((r) => r.meta.id)).toEqual([...CATEGORIES]);
    expect(ruleFiles.map((f) => f.replace(/\.ts$/, '')).sort()).toEqual([...CATEGORIES].sort());
    for (const rule of RULES) expect(rule.meta.category).toBe(rule.meta.id);
  });
});
