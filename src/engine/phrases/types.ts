/** One thing to find: a pattern (syntax in matcher.ts) and, beside it, its known false positives. */
export interface Phrase {
  pattern: string;
  /** Phrases that contain or overlap a match but mean something harmless ("killing me"). */
  falsePositives?: readonly string[];
  /** Counts only in a draft that also voices a grievance ("please share" is friendly on its own). */
  needsGrievance?: true;
}
