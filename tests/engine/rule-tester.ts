import { describe, expect, it } from 'vitest';
import type { SchoolConfig } from '../../src/config/schema';
import { type Category, createEngine, type Engine } from '../../src/engine';
import { FIXTURE_SCHOOL } from './fixture';

export interface ExpectedFlag {
  category: Category;
  /** Text the flag's span must cover. */
  text: string;
}
export interface RuleTests {
  valid: (string | { text: string })[];
  invalid: { text: string; flags: ExpectedFlag[] }[];
  /**
   * Invalid texts the engine is known to miss, and why. Each must still be missed: when a change finds it,
   * this fails, and the case moves to `invalid`.
   */
  misses?: { text: string; flags: ExpectedFlag[]; why: string }[];
  /** Valid texts the engine is known to flag, and why. Each must still be flagged: when a change clears it, this fails, and the case moves to `valid`. */
  falseFindings?: { text: string; why: string }[];
}

/**
 * ESLint-style table tests for one rule: no `valid` text may raise the rule's category, and each
 * `invalid` text must raise every expected flag with a span covering the expected text.
 */
export function testRule(category: Category, tests: RuleTests, school: SchoolConfig = FIXTURE_SCHOOL): void {
  const engine = createEngine(school);
  describe(`rule ${category}`, () => {
    const expectNone = (text: string) => {
      const found = engine.analyze(text).flags.filter((f) => f.category === category);
      expect(found.map((f) => text.slice(f.start, f.end))).toEqual([]);
    };
    describe('valid', () => {
      for (const item of tests.valid) {
        const text = typeof item === 'string' ? item : item.text;
        it(text, () => expectNone(text));
      }
    });
    describe('invalid', () => {
      for (const { text, flags } of tests.invalid) it(text, () => expectFlags(engine, text, flags));
    });
    if (tests.misses) {
      describe('known misses', () => {
        for (const { text, flags, why } of tests.misses!) it.fails(`${text} (${why})`, () => expectFlags(engine, text, flags));
      });
    }
    if (tests.falseFindings) {
      describe('known false findings', () => {
        for (const { text, why } of tests.falseFindings!) it.fails(`${text} (${why})`, () => expectNone(text));
      });
    }
  });
}

function expectFlags(engine: Engine, text: string, flags: ExpectedFlag[]): void {
  const result = engine.analyze(text);
  for (const expected of flags) {
    const at = text.indexOf(expected.text);
    expect(at, `"${expected.text}" is not in the text`).toBeGreaterThanOrEqual(0);
    const covering = result.flags.filter((f) => f.category === expected.category && f.start <= at && f.end >= at + expected.text.length);
    const seen = result.flags.map((f) => `${f.category}:"${text.slice(f.start, f.end)}"`);
    expect(covering.length, `no ${expected.category} flag covers "${expected.text}"; got ${seen.join(', ')}`).toBeGreaterThan(0);
  }
}
