import type { SchoolConfig } from '../config/schema';
import { LruCache } from './cache';
import { DOUBTABLE, PAUSE_DOUBTABLE, RuleContext } from './context';
import { analyzeSegment, type Matchers, type SegmentFacts } from './facts';
import { wordKind } from './lexicon';
import { createNormalizer } from './normalize';
import { sharedMatchers } from './phrases';
import { Reader, type ReaderModel } from './reader';
import weights from './reader/weights.json';
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
const SPACE_BETWEEN = /^[ \t]{1,2}$/;
const NAMING: ReadonlySet<Category> = new Set(['naming-child', 'naming-staff']);

/**
 * Flags of one category that overlap become one flag, the more severe winning; so do the parts of a
 * name apart only by a space ("Poppy" "Clarke").
 */
function merge(flags: Flag[], text: string): Flag[] {
  flags.sort((a, b) => ORDER[a.category] - ORDER[b.category] || a.start - b.start || a.end - b.end);
  const out: Flag[] = [];
  for (const flag of flags) {
    const last = out[out.length - 1];
    if (last && last.category === flag.category && (flag.start < last.end || (NAMING.has(flag.category) && SPACE_BETWEEN.test(text.slice(last.end, flag.start))))) {
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

export interface EngineOptions {
  /**
   * Names the parent has added on this device for their children's classmates. A mention of one in a
   * draft about the school counts as naming a child; a name that is also an everyday word ("Will",
   * "Grace") only when typed with a capital, not as a sentence's first word.
   */
  childNames?: readonly string[];
  /** false: the phrase lists alone, without the reader model's second opinion (to train and compare it). */
  reader?: boolean;
}

/** Given names that are also everyday words, beyond those compromise already knows as words. */
const EVERYDAY_NAMES = new Set([
  'grace', 'jack', 'mark', 'hope', 'joy', 'will', 'may', 'rose', 'ruby', 'amber', 'summer', 'faith', 'sky', 'river', 'honey', 'dawn',
  'bill', 'pat', 'sue', 'rob', 'bob', 'frank', 'art', 'penny', 'holly', 'ivy', 'daisy', 'poppy', 'lily', 'jade', 'crystal', 'robin',
  'sunny', 'star', 'storm', 'autumn', 'april', 'june', 'august', 'chase', 'hunter', 'miles', 'reed', 'max', 'dean', 'grant', 'guy',
  'rich', 'sandy', 'win', 'eve', 'carol', 'chance', 'heath', 'hazel', 'olive', 'pearl', 'willow', 'iris', 'violet', 'melody', 'harmony',
  'liberty', 'justice', 'king', 'bear', 'fox', 'wolf', 'brook', 'cliff', 'glen', 'drew', 'ray', 'gene', 'rocky', 'misty', 'destiny',
]);

function childNameKeys(names: readonly string[], keysOf: (name: string) => string[]): Map<string, boolean> {
  const out = new Map<string, boolean>();
  for (const name of names) {
    for (const key of keysOf(name)) {
      if (key.length < 2 || /\d/.test(key)) continue;
      out.set(key, EVERYDAY_NAMES.has(key) || wordKind(key) === 'word');
    }
  }
  return out;
}

/** The draft as the rules see it: segments looked up in an LRU cache, then the document-level context. */
function contextReader(school: SchoolConfig, options: EngineOptions, reader?: Reader): (text: string) => RuleContext {
  const shared = sharedMatchers();
  const normalize = createNormalizer(shared.vocabulary);
  const keysOf = (name: string) => tokenize(normalize(name), name, shared.typos).map((t) => t.key);
  let schoolIndex = schoolIndexes.get(school);
  if (!schoolIndex) {
    schoolIndex = buildSchoolIndex(school, keysOf);
    schoolIndexes.set(school, schoolIndex);
  }
  const matchers: Matchers = { normalize, typos: shared.typos, phrases: shared.phrases, people: shared.people, school: schoolIndex };
  if (options.childNames && options.childNames.length > 0) matchers.childNames = childNameKeys(options.childNames, keysOf);
  const cache = new LruCache<string, SegmentFacts>(CACHE_SEGMENTS);

  const factsOf = (text: string): SegmentFacts => {
    let facts = cache.get(text);
    if (!facts) {
      facts = analyzeSegment(text, matchers);
      cache.set(text, facts);
    }
    return facts;
  };
  return (text) => new RuleContext(school, splitSegments(text).map(({ start, end }) => ({ start, facts: factsOf(text.slice(start, end)) })), reader);
}

let sharedReader: Reader | undefined;

/**
 * Runs the rules over a draft's context, then again if the reader, knowing what they found, reads more
 * (RuleContext.widened): concerns beside those found, or, where none were, whether the draft would give a
 * parent pause at all. Its pause model waits for the rules: a draft that names a child is paused for that,
 * and the pause model, having learnt that such drafts give pause, would name a concern the draft lacks.
 */
function analyzeContext(school: SchoolConfig, text: string, ctx: RuleContext): Analysis {
  const first = runRules(school, text, ctx);
  const wider = ctx.widened(new Set(first.flags.filter((f) => f.category !== 'school').map((f) => f.category)));
  return wider ? runRules(school, text, wider) : first;
}

/** Runs the rules over a draft's context and merges their reports into the analysis. */
function runRules(school: SchoolConfig, text: string, ctx: RuleContext): Analysis {
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
  const found = merge(flags, text);
  // A complaint the reader doubts, where it is all the draft was found to hold, is not reported, nor is a
  // name it alone made negative; nor are an insult or a call to others the lists alone found, where the
  // pause model doubts the draft gives pause at all.
  const only = (doubtable: ReadonlySet<Category>) => found.every((f) => doubtable.has(f.category));
  const doubted =
    (found.some((f) => f.category === 'complaint') && only(DOUBTABLE) && ctx.complaintDoubted()) ||
    (found.some((f) => f.category !== 'school') && only(PAUSE_DOUBTABLE) && ctx.pauseDoubted());
  const merged = doubted ? found.filter((f) => f.category === 'school') : found;
  const pause = merged.some((f) => f.category !== 'school');
  const level = merged.some((f) => f.severity === 'serious') ? 'serious' : pause ? 'caution' : 'clear';
  return { pause, level, flags: merged };
}

/**
 * An engine for one school. `analyze` splits the draft into segments and looks each one up by its
 * text in an LRU cache; only new or changed segments are normalised, matched and (when a cheap check
 * says a child may be named) parsed by compromise. The document-level decisions, the reader model and
 * the rules then run over the cached facts, which costs little.
 */
export function createEngine(school: SchoolConfig, options: EngineOptions = {}): Engine {
  if (options.reader !== false) sharedReader ??= new Reader(weights as unknown as ReaderModel);
  const contextOf = contextReader(school, options, options.reader === false ? undefined : sharedReader);
  return {
    analyze(input: string): Analysis {
      const text = typeof input === 'string' ? input : String(input ?? '');
      return analyzeContext(school, text, contextOf(text));
    },
  };
}

/**
 * For `npm run train`, from one reading of a draft: what the reader model is given, made exactly as
 * `analyze` makes it, and what the phrase lists find without the reader.
 */
export function createReaderInput(school: SchoolConfig): (text: string) => { segments: string[][]; context: string[]; lists: Analysis } {
  const contextOf = contextReader(school, {});
  return (text) => {
    const ctx = contextOf(text);
    return { ...ctx.readerInput(), lists: analyzeContext(school, text, ctx) };
  };
}
