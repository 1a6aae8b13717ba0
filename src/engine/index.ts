import type { SchoolConfig } from '../config/schema';
import { LruCache } from './cache';
import { RuleContext } from './context';
import { analyzeSegment, type Matchers, type SegmentFacts } from './facts';
import { createNormalizer } from './normalize';
import { sharedMatchers, TYPO_MAP } from './phrases';
import { RULES } from './rules';
import { buildSchoolIndex } from './school-index';
import { splitSegments } from './segments';
import { tokenize } from './tokenize';
import { type Analysis, CATEGORIES, type Category, type Engine, type Flag, type Severity } from './types';

export { CATEGORIES } from './types';
export type { Analysis, Category, Engine, Flag, Level, Severity } from './types';

/** Segments remembered between calls: a long draft being edited, with room for undo. */
const CACHE_SEGMENTS = 1024;
const ORDER: Record<Category, number> = Object.fromEntries(CATEGORIES.map((c, i) => [c, i])) as Record<Category, number>;
const RANK: Record<Severity, number> = { info: 0, caution: 1, serious: 2 };

/** Overlapping flags of one category become one flag, the more severe winning. */
function merge(flags: Flag[]): Flag[] {
  flags.sort((a, b) => ORDER[a.category] - ORDER[b.category] || a.start - b.start || a.end - b.end);
  const out: Flag[] = [];
  for (const flag of flags) {
    const last = out[out.length - 1];
    if (last && last.category === flag.category && flag.start < last.end) {
      last.end = Math.max(last.end, flag.end);
      if (RANK[flag.severity] > RANK[last.severity]) {
        last.severity = flag.severity;
        last.message = flag.message;
      }
    } else out.push({ ...flag });
  }
  return out.sort((a, b) => a.start - b.start || ORDER[a.category] - ORDER[b.category]);
}

/** The school's own names, compiled once per config object: they never change. */
const schoolIndexes = new WeakMap<SchoolConfig, Matchers['school']>();

/**
 * An engine for one school. `analyze` splits the draft into segments and looks each one up by its
 * text in an LRU cache; only new or changed segments are normalised, matched and (when a cheap check
 * says a child may be named) parsed by compromise. The document-level decisions and the rules then
 * run over the cached facts, which costs little.
 */
export function createEngine(school: SchoolConfig): Engine {
  const shared = sharedMatchers();
  const normalize = createNormalizer(shared.vocabulary);
  let schoolIndex = schoolIndexes.get(school);
  if (!schoolIndex) {
    schoolIndex = buildSchoolIndex(school, (name) => tokenize(normalize(name), name, TYPO_MAP).map((t) => t.key));
    schoolIndexes.set(school, schoolIndex);
  }
  const matchers: Matchers = { normalize, phrases: shared.phrases, people: shared.people, school: schoolIndex };
  const cache = new LruCache<string, SegmentFacts>(CACHE_SEGMENTS);

  const factsOf = (text: string): SegmentFacts => {
    let facts = cache.get(text);
    if (!facts) {
      facts = analyzeSegment(text, matchers);
      cache.set(text, facts);
    }
    return facts;
  };

  return {
    analyze(input: string): Analysis {
      const text = typeof input === 'string' ? input : String(input ?? '');
      const segments = splitSegments(text).map(({ start, end }) => ({ start, facts: factsOf(text.slice(start, end)) }));
      const ctx = new RuleContext(school, segments);
      const flags: Flag[] = [];
      for (const rule of RULES) {
        const clause = rule.meta.concern ? school.policy.concerns[rule.meta.concern]?.clause : undefined;
        for (const report of rule.detect(ctx)) {
          const start = Math.max(0, Math.min(report.start, text.length));
          const end = Math.max(start, Math.min(report.end, text.length));
          if (end <= start) continue;
          const flag: Flag = {
            category: rule.meta.category,
            severity: report.severity ?? rule.meta.severity,
            start,
            end,
            message: rule.meta.messages[report.message] ?? report.message,
          };
          if (clause) flag.clause = clause;
          flags.push(flag);
        }
      }
      const merged = merge(flags);
      const pause = merged.some((f) => f.category !== 'school');
      const level = merged.some((f) => f.severity === 'serious') ? 'serious' : pause ? 'caution' : 'clear';
      return { pause, level, flags: merged };
    },
  };
}
