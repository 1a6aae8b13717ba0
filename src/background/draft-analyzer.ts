import type { SchoolConfig } from '../config/schema';
import { type Analysis, type Engine, createEngine } from '../engine';
import type { DraftReport } from '../messages';

const LEVEL_RANK = { clear: 0, caution: 1, serious: 2 } as const;

/** How strongly a reading applies: its level first, then whether it recognised the school. */
function weight(analysis: Analysis): number {
  const aboutSchool = analysis.flags.some((f) => f.category === 'school') ? 1 : 0;
  return LEVEL_RANK[analysis.level] * 2 + aboutSchool;
}

/**
 * Reads drafts against the parent's schools. Engines are made once per school and kept, so each
 * keeps its cache of what it has already read as the parent types.
 */
export function createDraftAnalyzer(makeEngine: (school: SchoolConfig) => Engine = createEngine) {
  // Weak: settings changes make new config objects, and their old engines should go with them.
  const engines = new WeakMap<SchoolConfig, Engine>();
  const engineFor = (school: SchoolConfig) => {
    let engine = engines.get(school);
    if (!engine) engines.set(school, (engine = makeEngine(school)));
    return engine;
  };
  return {
    /** Builds the engines ahead of the first draft, so the first reading is quick. */
    warmUp(schools: readonly SchoolConfig[]): void {
      for (const school of schools) engineFor(school);
    },
    /** The strongest reading across the parent's schools (a parent may have children at two). */
    analyze(text: string, schools: readonly SchoolConfig[]): DraftReport {
      let best: DraftReport = { pause: false, level: 'clear', flags: [] };
      let bestWeight = -1;
      for (const school of schools) {
        const analysis = engineFor(school).analyze(text);
        const w = weight(analysis);
        if (w > bestWeight) {
          bestWeight = w;
          best = { ...analysis, school: { id: school.id, name: school.name, prompts: school.prompts } };
        }
      }
      return best;
    },
  };
}
