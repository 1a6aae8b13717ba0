import type { SchoolConfig } from '../config/schema';
import type { PhraseFact, SegmentFacts, Span } from './facts';
import type { PhraseCategory } from './phrases';
import { contextFeatures, isReadCategory, type ReadCategory, type Reader, type Reading } from './reader';
import type { Category } from './types';

export interface Placed extends Span {
  /** Index of the segment the span is in. */
  segment: number;
}

const NONE: readonly Placed[] = [];

interface ReaderOpinion {
  /** What the reader was given (readerInput), kept for its second reading. */
  input: { segments: string[][]; context: string[] };
  probabilities: Float64Array;
  readings: Map<ReadCategory, Reading>;
  doubtsComplaint: boolean;
  doubtsPause: boolean;
}

/** Concerns that voice a grievance. */
export const GRIEVANCE: readonly (PhraseCategory & Category)[] = ['threat', 'hate', 'abuse', 'allegation', 'complaint'];
/** Categories a doubted complaint takes with it when they are all a draft was found to hold (ReaderModel.complaintDoubt). */
export const DOUBTABLE: ReadonlySet<Category> = new Set(['school', 'complaint', 'naming-staff']);
/**
 * What the pause model may doubt when it is all a draft was found to hold (ReaderModel.pauseDoubt): not a
 * threat or hate, which count anywhere, a named child, who gives pause whatever the tone, or wrongdoing alleged.
 */
export const PAUSE_DOUBTABLE: ReadonlySet<Category> = new Set([...DOUBTABLE, 'abuse', 'pile-on']);
/** An organisation other than the school stays the subject for this many sentences that name no one ("…the council. Third time. Absolute clowns."). */
const ELSEWHERE_REACH = 2;
/** Concerns that make a segment a negative context for anyone named in it. */
const NEGATIVE: readonly PhraseCategory[] = ['threat', 'hate', 'abuse', 'allegation', 'complaint', 'pile-on'];
/** A name counts as in a negative context when a negative finding is this many segments away or fewer. */
const NEGATIVE_REACH = 1;
/** …or further on, up to this many segments, when a pronoun still refers to them and no one else is named. */
const PRONOUN_REACH = 3;

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
    private readonly reader?: Reader,
  ) {
    // Everyday exaggeration ("I could kill that ref") is no grievance: it must not make a place name the school.
    this.grievance = segments.some(({ facts }) => facts.phrases.some((p) => GRIEVANCE.some((c) => c === p.category) && !p.needsGrievance && !p.exaggerated));
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

  private heard?: boolean;

  /**
   * Whether the draft voices a grievance that the lists or the reader found: phrases that count only
   * beside a grievance ("funny how…", "share this") count beside one the lists missed too.
   */
  grievanceHeard(): boolean {
    this.heard ??= this.grievance || this.menacesCorroborate() || GRIEVANCE.some((c) => isReadCategory(c) && this.reading(c) !== undefined);
    return this.heard;
  }

  /**
   * Two veiled menaces, apart, are each the grievance the other needs: "I've got all your names" and "enjoy the
   * school run while it lasts" may each be said kindly, but not both in one draft.
   */
  private menacesCorroborate(): boolean {
    const menaces = this.segments.flatMap(({ start, facts }) =>
      facts.phrases.filter((p) => p.category === 'threat' && p.needsGrievance && !p.exaggerated).map((p) => ({ start: start + p.start, end: start + p.end })),
    );
    return menaces.some((a) => menaces.some((b) => b.start >= a.end));
  }

  /** What the reader model is given: each segment's features and the draft's. */
  readerInput(): { segments: string[][]; context: string[] } {
    return { segments: this.segments.map(({ facts }) => facts.features), context: contextFeatures(this.aboutSchool, this.grievance) };
  }

  /** The reader model's opinion of the draft, formed once from one set of probabilities. */
  private opinion?: ReaderOpinion;

  private read(reader: Reader): ReaderOpinion {
    if (!this.opinion) {
      const input = this.readerInput();
      const { segments, context } = input;
      const probabilities = reader.probabilities(segments, context);
      this.opinion = {
        input,
        probabilities,
        readings: reader.read(segments, context, probabilities),
        doubtsComplaint: reader.doubtsComplaint(probabilities),
        doubtsPause: reader.doubtsPause(probabilities),
      };
    }
    return this.opinion;
  }

  /**
   * The draft read again knowing the concerns `found` at its first reading: beside them the reader may
   * name further concerns it finds likely (ReaderModel's `alongside` thresholds); where there were none,
   * its pause model may speak. Undefined when it names nothing new.
   */
  widened(found: ReadonlySet<Category>): RuleContext | undefined {
    if (!this.reader) return undefined;
    const first = this.read(this.reader);
    const { segments, context } = first.input;
    const readings = this.reader.read(segments, context, first.probabilities, found);
    if (![...readings.keys()].some((c) => !first.readings.has(c))) return undefined;
    // Built only when the reading names something new: every draft, paused or not, is read twice.
    const wider = new RuleContext(this.school, this.segments, this.reader);
    wider.opinion = { ...first, readings };
    return wider;
  }

  /** Whether the reader model finds a complaint unlikely enough to doubt one the lists alone heard (ReaderModel.complaintDoubt). */
  complaintDoubted(): boolean {
    return this.reader !== undefined && this.read(this.reader).doubtsComplaint;
  }

  /** Whether the reader, having found no concern itself, finds a pause unlikely enough to doubt one the lists alone gave (ReaderModel.pauseDoubt). */
  pauseDoubted(): boolean {
    if (!this.reader) return false;
    const { doubtsPause, readings } = this.read(this.reader);
    return doubtsPause && readings.size === 0;
  }

  /**
   * The reader model's finding for a category, when it is confident: the words of the segment that
   * weigh most towards it. A second opinion for wording the phrase lists do not know.
   */
  reading(category: ReadCategory): Placed | undefined {
    if (!this.reader) return undefined;
    const found = this.read(this.reader).readings.get(category);
    const at = found && this.segments[found.segment];
    if (!found || !at?.facts.words) return undefined;
    // Harm the lists heard told as a joke there ("I swear I'll kill him 😂😂") is not the reader's to call a threat.
    if (at.facts.jested && (category === 'threat' || category === 'allegation')) return undefined;
    return { start: at.start + at.facts.words.start, end: at.start + at.facts.words.end, segment: found.segment };
  }

  /**
   * Findings of `second` with a finding of `first` in the same segment or the one either side: two
   * lists that mean something only together. Same-segment pairs span both.
   */
  paired(first: PhraseCategory, second: PhraseCategory): Placed[] {
    const firsts = this.phrases(first);
    const out: Placed[] = [];
    for (const found of this.phrases(second)) {
      const partner = firsts.find((f) => f.segment === found.segment) ?? firsts.find((f) => Math.abs(f.segment - found.segment) === 1);
      if (!partner) continue;
      out.push(partner.segment === found.segment ? { start: Math.min(partner.start, found.start), end: Math.max(partner.end, found.end), segment: found.segment } : found);
    }
    return out;
  }

  /** Whether a finding begins its segment's words: an order ("Boycott the fair."). */
  opensSegment(found: Placed): boolean {
    const at = this.segments[found.segment];
    return !!at?.facts.words && at.start + at.facts.words.start === found.start;
  }

  /** What the phrase lists found for a category, and the reader's finding beside them. */
  found(category: PhraseCategory & ReadCategory): readonly Placed[] {
    const reading = this.reading(category);
    return reading ? [...this.phrases(category), reading] : this.phrases(category);
  }

  private place<T extends Span>(pick: (facts: SegmentFacts) => readonly T[]): (T & Placed)[] {
    return this.segments.flatMap(({ start, facts }, segment) =>
      pick(facts).map((s) => ({ ...s, start: start + s.start, end: start + s.end, segment })),
    );
  }

  private placedPhrases?: Map<PhraseCategory, Placed[]>;

  private earnest?: boolean;

  /** Whether a threat is everyday exaggeration in this draft: one that does not say it is meant ("not a joke"). */
  private exaggerated(found: PhraseFact): boolean {
    if (!found.exaggerated) return false;
    this.earnest ??= this.anywhere('earnest');
    return !this.earnest && (found.exaggerated === 'anywhere' || !this.aboutSchool);
  }

  /** What the phrase lists found for a category; placed once for every category, since each rule asks. */
  phrases(category: PhraseCategory): readonly Placed[] {
    if (!this.placedPhrases) {
      this.placedPhrases = new Map();
      const heard = this.grievanceHeard();
      this.segments.forEach(({ start, facts }, segment) => {
        for (const p of facts.phrases) {
          if ((!heard && p.needsGrievance) || this.exaggerated(p)) continue;
          let list = this.placedPhrases!.get(p.category);
          if (!list) this.placedPhrases!.set(p.category, (list = []));
          list.push({ start: start + p.start, end: start + p.end, segment });
        }
      });
    }
    return this.placedPhrases.get(category) ?? NONE;
  }

  schoolNames(): Placed[] {
    return this.place((facts) => facts.schoolNames.filter((n) => !n.weak || this.grievance));
  }

  private staffFound?: (Placed & { member?: number })[];
  private childrenFound?: Placed[];
  private namedSegments?: Set<number>;
  private staffSegments?: Set<number>;

  /** Staff named in the draft: the config's staff, or anyone named by title + surname. */
  staff(): (Placed & { member?: number })[] {
    this.staffFound ??= this.place((facts) => facts.staff);
    return this.staffFound;
  }

  /** Mentions of other families' children: cued names, and later mentions of the same names. */
  children(): Placed[] {
    if (!this.childrenFound) {
      const cued = new Set(this.segments.flatMap(({ facts }) => [...facts.children, ...(this.aboutSchool ? facts.ifAboutSchool : [])].map((c) => c.key)));
      for (const key of this.notChildren) cued.delete(key);
      const named = this.place((facts) => facts.names.filter((n) => cued.has(n.key)));
      const known = this.place((facts) => facts.knownChildren.filter((n) => !this.notChildren.has(n.key)));
      this.childrenFound = [...named, ...known.filter((k) => !named.some((n) => n.start < k.end && k.start < n.end))];
    }
    return this.childrenFound;
  }

  private hasNegative(segment: number): boolean {
    const facts = this.segments[segment]?.facts;
    if (!facts) return false;
    return (
      facts.phrases.some((p) => NEGATIVE.includes(p.category) && (!p.needsGrievance || this.grievanceHeard())) ||
      NEGATIVE.some((category) => isReadCategory(category) && this.reading(category)?.segment === segment)
    );
  }

  private has(segment: number, category: PhraseCategory): boolean {
    return this.segments[segment]?.facts.phrases.some((p) => p.category === category) ?? false;
  }

  /**
   * Whether a member of staff named in the segment is in a negative context: a negative finding in
   * the segment or one beside it, or a little further on where he or she is still being talked about
   * ("Miss Rix took his phone. For a week. Ridiculous overreaction from her.").
   */
  negativeNear(segment: number): boolean {
    for (let i = Math.max(0, segment - NEGATIVE_REACH); i <= segment + NEGATIVE_REACH && i < this.segments.length; i++) {
      if (this.hasNegative(i)) return true;
    }
    this.staffSegments ??= new Set(this.staff().map((s) => s.segment));
    const staffAt = this.staffSegments;
    for (let i = segment + NEGATIVE_REACH + 1; i <= segment + PRONOUN_REACH && i < this.segments.length; i++) {
      if (staffAt.has(i)) break;
      if (this.hasNegative(i) && this.has(i, 'pronoun')) return true;
    }
    return false;
  }

  private schoolTargeted?: boolean;

  /** Whether the draft names or refers to the school or its staff anywhere. */
  private draftAimsAtSchool(): boolean {
    this.schoolTargeted ??= this.segments.some((_, i) => this.directlyAtSchool(i));
    return this.schoolTargeted;
  }

  private bystanderFound?: boolean;

  /** Whether the draft talks about another parent, pupil or family anywhere. */
  private draftHasBystander(): boolean {
    this.bystanderFound ??= this.anywhere('bystander');
    return this.bystanderFound;
  }

  /** Whether the lists found a category in any segment. */
  private anywhere(category: PhraseCategory): boolean {
    return this.segments.some((_, i) => this.has(i, category));
  }

  private directlyAtSchool(segment: number): boolean {
    const facts = this.segments[segment]?.facts;
    if (!facts) return false;
    return facts.staff.length > 0 || facts.schoolNames.some((n) => !n.weak || this.grievance) || facts.phrases.some((p) => p.category === 'target');
  }

  /**
   * Whether a finding in the segment is aimed at the school or its staff: the target of a complaint.
   * A named member of staff settles it; otherwise another parent, pupil or family in the segment
   * ("the dad at pick-up") means the finding is aimed at them, even at the school gates. Bare
   * pronouns count when the draft is about the school's staff and no other family.
   */
  aimsAtSchool(segment: number): boolean {
    const facts = this.segments[segment]?.facts;
    if (!facts) return false;
    if (facts.staff.length > 0) return true;
    if (this.has(segment, 'bystander')) return false;
    if (this.directlyAtSchool(segment)) return true;
    return this.has(segment, 'pronoun') && this.draftAimsAtSchool() && !this.draftHasBystander();
  }

  /**
   * Whether a finding in the segment is aimed at the school or its staff, who may be named in the
   * sentence before or after it ("Mrs Gowland kept him in again. She'll regret it."), or anywhere in
   * a draft about the school that talks about no other family.
   */
  aimsAtSchoolAround(segment: number): boolean {
    if (this.aimsAtSchool(segment)) return true;
    if (this.has(segment, 'bystander')) return false;
    if (this.aimsAtSchool(segment - 1) || this.aimsAtSchool(segment + 1)) return true;
    return this.draftAimsAtSchool() && !this.draftHasBystander() && this.children().length === 0;
  }

  /** Whether the segment is aimed at another parent, pupil or family and names no one at the school. */
  onlyAtBystander(segment: number): boolean {
    const facts = this.segments[segment]?.facts;
    return !!facts && this.has(segment, 'bystander') && !this.directlyAtSchool(segment);
  }

  /**
   * Whether a finding in the segment is aimed at an organisation other than the school: one the segment,
   * or a sentence just before (ELSEWHERE_REACH) when none since names anybody, mentions before any school context ("Merseyrail
   * strikes again on the morning of his GCSE. Absolute clowns."). Naming its staff, or the school other
   * than as a place ("the road to Cambois School"), keeps it.
   */
  atElsewhere(segment: number): boolean {
    const atSchool = (i: number) => this.directlyAtSchool(i) && !this.segments[i]!.facts.schoolAsPlace;
    if (atSchool(segment) || this.has(segment, 'bystander')) return false;
    if (this.opensWithElsewhere(segment)) return true;
    for (let i = segment - 1; i >= Math.max(0, segment - ELSEWHERE_REACH); i--) {
      if (atSchool(i) || this.namesSomeone(i + 1)) return false;
      if (this.opensWithElsewhere(i)) return true;
    }
    return false;
  }

  /** Whether the segment mentions another organisation before anything of the school's: the subject, roughly. */
  private opensWithElsewhere(segment: number): boolean {
    const facts = this.segments[segment]?.facts;
    if (!facts) return false;
    let elsewhere = Infinity;
    let school = Infinity;
    for (const p of facts.phrases) {
      if (p.category === 'elsewhere') elsewhere = Math.min(elsewhere, p.start);
      else if (p.category === 'school' || p.category === 'target') school = Math.min(school, p.start);
    }
    // The school named only as a place ("on the way to All Saints") is not the subject.
    for (const s of [...facts.staff, ...(facts.schoolAsPlace ? [] : facts.schoolNames)]) school = Math.min(school, s.start);
    return elsewhere < school;
  }

  /** Whether an allegation in the segment is about the school: it is, unless it is about a named child or another family. */
  allegationAtSchool(segment: number): boolean {
    if (this.aimsAtSchool(segment)) return true;
    const facts = this.segments[segment]?.facts;
    if (!facts || this.has(segment, 'bystander') || this.namesAChild(segment)) return false;
    return this.draftAimsAtSchool();
  }

  /** Whether the segment names another family's child. */
  namesAChild(segment: number): boolean {
    return this.children().some((c) => c.segment === segment);
  }

  /** Whether the segment says whom it is about: the school or its staff, a child, or anyone named. */
  accuses(segment: number): boolean {
    return this.aimsAtSchool(segment) || this.namesSomeone(segment) || (this.segments[segment]?.facts.names.length ?? 0) > 0;
  }

  private worry?: boolean;

  /**
   * Whether the draft asks how to raise a worry with the school, hedges it (holding back from accusing
   * anyone, unsure of the story), and names no member of staff and no child: a parent doing what the
   * policies ask. Told firmly ("the head is denying it. Who do I go to next?") it still counts.
   */
  raisesAWorry(): boolean {
    this.worry ??= this.anywhere('asking') && this.anywhere('hedge') && this.staff().length === 0 && this.children().length === 0;
    return this.worry;
  }

  private cleared?: boolean;

  /**
   * Whether the draft clears the school in so many words ("nothing to do with the school", "I'm backing the school")
   * and names none of its staff: its anger, if any, is then not a complaint of the school.
   */
  clearsTheSchool(): boolean {
    this.cleared ??= this.anywhere('exonerate') && this.staff().length === 0;
    return this.cleared;
  }

  /** Whether the segment names a member of staff or a child. */
  namesSomeone(segment: number): boolean {
    this.namedSegments ??= new Set([...this.staff(), ...this.children()].map((s) => s.segment));
    return this.namedSegments.has(segment);
  }
}
