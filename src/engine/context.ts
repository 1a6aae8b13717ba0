import type { SchoolConfig } from '../config/schema';
import type { SegmentFacts, Span } from './facts';
import type { PhraseCategory } from './phrases';

export interface Placed extends Span {
  /** Index of the segment the span is in. */
  segment: number;
}

/** Concerns that voice a grievance. */
const GRIEVANCE: readonly PhraseCategory[] = ['threat', 'hate', 'abuse', 'allegation', 'complaint'];
/** Concerns that make a segment a negative context for anyone named in it. */
const NEGATIVE: readonly PhraseCategory[] = ['threat', 'hate', 'abuse', 'allegation', 'complaint', 'pile-on'];
/** A name counts as in a negative context when a negative finding is this many segments away or fewer. */
const NEGATIVE_REACH = 1;

/**
 * The document as rules see it: cached per-segment facts placed at their offsets, and the
 * document-level decisions made from them. Everything here is cheap to recompute on each call.
 */
export class RuleContext {
  readonly aboutSchool: boolean;
  /** The draft voices a grievance: a threat, hate, abuse, an allegation or a complaint. */
  readonly grievance: boolean;
  private readonly notChildren: ReadonlySet<string>;

  constructor(
    readonly school: SchoolConfig,
    private readonly segments: readonly { start: number; facts: SegmentFacts }[],
  ) {
    this.grievance = segments.some(({ facts }) => facts.phrases.some((p) => GRIEVANCE.includes(p.category) && !p.needsGrievance));
    // A place name alone ("the wind in Cambois") is only the school when something is wrong there;
    // a child singled out by name ("Tyler B", "that Novak boy") is someone's classmate.
    this.aboutSchool = segments.some(
      ({ facts }) =>
        facts.schoolNames.some((n) => !n.weak || this.grievance) ||
        facts.staff.length > 0 ||
        facts.children.length > 0 ||
        facts.phrases.some((p) => p.category === 'school'),
    );
    this.notChildren = new Set(segments.flatMap(({ facts }) => facts.notChildren));
  }

  private place<T extends Span>(pick: (facts: SegmentFacts) => readonly T[]): (T & Placed)[] {
    return this.segments.flatMap(({ start, facts }, segment) =>
      pick(facts).map((s) => ({ ...s, start: start + s.start, end: start + s.end, segment })),
    );
  }

  phrases(category: PhraseCategory): Placed[] {
    return this.place((facts) => facts.phrases.filter((p) => p.category === category && (this.grievance || !p.needsGrievance)));
  }

  schoolNames(): Placed[] {
    return this.place((facts) => facts.schoolNames.filter((n) => !n.weak || this.grievance));
  }

  private staffFound?: (Placed & { member?: number })[];
  private childrenFound?: Placed[];
  private namedSegments?: Set<number>;

  /** Staff named in the draft: the config's staff, or anyone named by title + surname. */
  staff(): (Placed & { member?: number })[] {
    this.staffFound ??= this.place((facts) => facts.staff);
    return this.staffFound;
  }

  /** Mentions of other families' children: cued names, and later mentions of the same names. */
  children(): Placed[] {
    if (!this.childrenFound) {
      const cued = new Set(this.segments.flatMap(({ facts }) => facts.children.map((c) => c.key)));
      for (const key of this.notChildren) cued.delete(key);
      this.childrenFound = this.place((facts) => facts.names.filter((n) => cued.has(n.key)));
    }
    return this.childrenFound;
  }

  /** Whether the segment, or one beside it, holds a negative finding. */
  negativeNear(segment: number): boolean {
    for (let i = Math.max(0, segment - NEGATIVE_REACH); i <= segment + NEGATIVE_REACH && i < this.segments.length; i++) {
      if (this.segments[i]!.facts.phrases.some((p) => NEGATIVE.includes(p.category) && (this.grievance || !p.needsGrievance))) return true;
    }
    return false;
  }

  /** Whether the segment names or refers to the school or its staff: the target of a complaint. */
  aimsAtSchool(segment: number): boolean {
    const facts = this.segments[segment]?.facts;
    if (!facts) return false;
    return facts.staff.length > 0 || facts.schoolNames.some((n) => !n.weak || this.grievance) || facts.phrases.some((p) => p.category === 'target');
  }

  /** Whether the segment names a member of staff or a child. */
  namesSomeone(segment: number): boolean {
    this.namedSegments ??= new Set([...this.staff(), ...this.children()].map((s) => s.segment));
    return this.namedSegments.has(segment);
  }
}
