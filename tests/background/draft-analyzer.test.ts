import { describe, expect, it, vi } from 'vitest';
import { createDraftAnalyzer } from '../../src/background/draft-analyzer';
import type { SchoolConfig } from '../../src/config/schema';
import type { Analysis, Engine } from '../../src/engine';

const school = (id: string) => ({ id, name: `${id} School`, prompts: [`Ask ${id}?`] }) as unknown as SchoolConfig;
const reading = (level: Analysis['level'], aboutSchool: boolean): Analysis => ({
  pause: level !== 'clear',
  level,
  flags: aboutSchool ? [{ category: 'school', severity: 'info', start: 0, end: 1, message: '' }] : [],
});

describe('reading a draft against the parent\'s schools', () => {
  it('reports the strongest reading, with the school it came from', () => {
    const results: Record<string, Analysis> = { a: reading('caution', false), b: reading('serious', false), c: reading('caution', true) };
    const analyzer = createDraftAnalyzer((s) => ({ analyze: () => results[s.id]! }));
    const report = analyzer.analyze('draft', [school('a'), school('b'), school('c')]);
    expect(report.level).toBe('serious');
    expect(report.school).toEqual({ id: 'b', name: 'b School', prompts: ['Ask b?'] });
  });

  it('prefers the school the draft is about when levels tie', () => {
    const results: Record<string, Analysis> = { a: reading('caution', false), c: reading('caution', true) };
    const analyzer = createDraftAnalyzer((s) => ({ analyze: () => results[s.id]! }));
    expect(analyzer.analyze('draft', [school('a'), school('c')]).school?.id).toBe('c');
  });

  it('is clear, with no school, when the parent has chosen none', () => {
    const analyzer = createDraftAnalyzer(() => ({ analyze: () => reading('serious', true) }));
    expect(analyzer.analyze('draft', [])).toEqual({ pause: false, level: 'clear', flags: [] });
  });

  it('makes each school\'s engine once and keeps it, so its cache survives between keystrokes', () => {
    const make = vi.fn((): Engine => ({ analyze: () => reading('clear', false) }));
    const analyzer = createDraftAnalyzer(make);
    const schools = [school('a'), school('b')];
    analyzer.warmUp(schools);
    analyzer.analyze('one', schools);
    analyzer.analyze('two', schools);
    expect(make).toHaveBeenCalledTimes(2);
  });
});
