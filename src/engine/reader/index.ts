import type { Category } from '../types';
import { FEATURE_VERSION } from './features';

export { FEATURE_VERSION, segmentFeatures } from './features';

/**
 * Categories the reader gives a second opinion on. `school` is context the phrase lists find well;
 * naming a child or a member of staff needs a name, which the reader never sees, so those follow from
 * the names found and the concerns read around them.
 */
export const READ_CATEGORIES = ['threat', 'hate', 'abuse', 'allegation', 'complaint', 'pile-on'] as const satisfies readonly Category[];
export type ReadCategory = (typeof READ_CATEGORIES)[number];
export const isReadCategory = (category: string): category is ReadCategory => (READ_CATEGORIES as readonly string[]).includes(category);

/** A logistic regression over a draft's features. `threshold` null: it stays silent (it did not help in cross-validation). */
export interface ReaderWeights {
  bias: number;
  threshold: number | null;
  weights: number[];
}

/**
 * A category's model also says, in a draft that gives pause anyway, from what lower probability it names
 * its category beside the concerns already found (null: only from `threshold`). The nudge shows either
 * way; this makes its "why" complete. Chosen where, in cross-validation, those added findings were right
 * often enough (scripts/train.ts).
 */
export interface CategoryWeights extends ReaderWeights {
  alongside: number | null;
}

/**
 * Written by `npm run train` from the development corpora: a model per category, and one of whether a
 * parent would pause over the draft at all. The second catches drafts whose concern is plain to a
 * reader but spread thin over the categories; it speaks only where nothing else gave the draft pause
 * (no phrase list, no category's model, or only concerns the reader doubted), and then for
 * the category it finds likeliest.
 */
export interface ReaderModel {
  featureVersion: number;
  trainedOn: string[];
  features: string[];
  /** How many known features a training draft had on average (see lengthScale). */
  meanFeatures: number;
  categories: Record<ReadCategory, CategoryWeights>;
  pause: ReaderWeights;
  /**
   * Below this probability from the complaint model, a complaint only the phrase lists heard, in a draft
   * where they heard no other concern, is doubted and not reported (null: never). The lists hear
   * complaints in everyday words ("absolutely livid", "the worst", "no help") that are often aimed
   * elsewhere. (Doubting abuse, pile-ons or named children by their own models withheld as many right
   * pauses as wrong ones in cross-validation; the pause model doubts insults and pile-ons: pauseDoubt.)
   */
  complaintDoubt: number | null;
  /**
   * Below this probability from the pause model, a draft where the lists alone found nothing but complaints,
   * insults, calls to others and staff named beside them (PAUSE_DOUBTABLE) is doubted and not paused (null:
   * never). In cross-validation it withheld few pauses beside the complaint doubt, nearly all of them wrong.
   */
  pauseDoubt: number | null;
}

export interface Reading {
  probability: number;
  /** The segment whose words weigh most towards the category. */
  segment: number;
}

/** Features of the draft as a whole, beside those of its segments. */
export function contextFeatures(aboutSchool: boolean, grievance: boolean): string[] {
  return [aboutSchool ? 'c:about-school' : 'c:not-school', grievance ? 'c:grievance' : 'c:calm'];
}

export const sigmoid = (x: number): number => 1 / (1 + Math.exp(-x));

/**
 * What a draft's summed weights are multiplied by: a draft longer than average has more features, and
 * without this would read as a concern by length alone (long, calm reviews and worried requests for
 * advice did). A shorter draft is not scaled up: its few words would then count for more than the
 * near-misses the reader is tested against can bear ("the girls are all the same age in that class").
 * Reading a long draft's likeliest run of three segments beside the whole (over 187 sets, 10 folds) found
 * fewer allegations, for as many wrong pauses, than speaking from a lower probability would.
 */
export const lengthScale = (features: number, meanFeatures: number): number => Math.min(1, Math.sqrt(meanFeatures / Math.max(1, features)));

export class Reader {
  private readonly index = new Map<string, number>();
  /** Per segment's feature list (cached facts are reused, so this is too): its known feature ids and per-category sums. */
  private readonly compiled = new WeakMap<readonly string[], { ids: Int32Array; sums: Float64Array }>();
  private readonly seen: Uint32Array;
  private stamp = 0;
  private readonly weights: Float64Array[];
  /** Per model, in the order of `weights`. */
  private readonly biases: Float64Array;

  constructor(private readonly model: ReaderModel) {
    if (model.featureVersion !== FEATURE_VERSION) {
      throw new Error(`reader weights are for features v${model.featureVersion}, the engine makes v${FEATURE_VERSION}: run npm run train`);
    }
    model.features.forEach((f, i) => this.index.set(f, i));
    this.seen = new Uint32Array(model.features.length);
    const models = [...READ_CATEGORIES.map((c) => model.categories[c]), model.pause];
    this.weights = models.map((m) => Float64Array.from(m.weights));
    this.biases = Float64Array.from(models, (m) => m.bias);
  }

  private compile(features: readonly string[]) {
    let found = this.compiled.get(features);
    if (!found) {
      const ids: number[] = [];
      for (const f of features) {
        const id = this.index.get(f);
        if (id !== undefined) ids.push(id);
      }
      const sums = new Float64Array(this.weights.length);
      this.weights.forEach((w, c) => {
        for (const id of ids) sums[c]! += w[id]!;
      });
      found = { ids: Int32Array.from(ids), sums };
      this.compiled.set(features, found);
    }
    return found;
  }

  /** Adds a feature's weights to the sums, once per draft however often it occurs; whether it was new. */
  private add(id: number, sums: Float64Array): boolean {
    if (this.seen[id] === this.stamp) return false;
    this.seen[id] = this.stamp;
    for (let c = 0; c < this.weights.length; c++) sums[c]! += this.weights[c]![id]!;
    return true;
  }

  /**
   * Probability per category (in the order of READ_CATEGORIES, then the pause model's) for a draft given
   * as its segments' features plus the draft's context features.
   */
  probabilities(segments: readonly (readonly string[])[], context: readonly string[]): Float64Array {
    this.stamp = (this.stamp + 1) >>> 0 || 1;
    if (this.stamp === 1) this.seen.fill(0);
    const sums = new Float64Array(this.weights.length);
    let count = 0;
    for (const segment of segments) {
      const { ids } = this.compile(segment);
      for (let i = 0; i < ids.length; i++) if (this.add(ids[i]!, sums)) count++;
    }
    for (const f of context) {
      const id = this.index.get(f);
      if (id !== undefined && this.add(id, sums)) count++;
    }
    const scale = lengthScale(count, this.model.meanFeatures);
    return sums.map((sum, c) => sigmoid(this.biases[c]! + scale * sum));
  }

  /**
   * The categories the reader is confident of, each with the segment that weighs most towards it.
   * `pausing`, on a second reading, is what the first gave pause for. Nothing: the pause model may speak
   * for the category it finds likeliest. Some concerns: the other categories may speak from their
   * `alongside` threshold.
   */
  read(
    segments: readonly (readonly string[])[],
    context: readonly string[],
    probabilities: Float64Array = this.probabilities(segments, context),
    pausing?: ReadonlySet<string>,
  ): Map<ReadCategory, Reading> {
    const out = new Map<ReadCategory, Reading>();
    if (segments.length === 0) return out;
    const weighsMost = (c: number) => {
      let best = 0;
      for (let i = 1; i < segments.length; i++) {
        if (this.compile(segments[i]!).sums[c]! > this.compile(segments[best]!).sums[c]!) best = i;
      }
      return best;
    };
    READ_CATEGORIES.forEach((category, c) => {
      const { threshold } = this.model.categories[category];
      if (threshold !== null && probabilities[c]! >= threshold) out.set(category, { probability: probabilities[c]!, segment: weighsMost(c) });
    });
    const pause = probabilities[READ_CATEGORIES.length]!;
    const { threshold } = this.model.pause;
    if (out.size === 0 && pausing?.size === 0 && threshold !== null && pause >= threshold) {
      let likeliest = 0;
      for (let c = 1; c < READ_CATEGORIES.length; c++) if (probabilities[c]! > probabilities[likeliest]!) likeliest = c;
      out.set(READ_CATEGORIES[likeliest]!, { probability: pause, segment: weighsMost(likeliest) });
    }
    if (pausing && pausing.size > 0) {
      READ_CATEGORIES.forEach((category, c) => {
        const { alongside } = this.model.categories[category];
        if (alongside === null || out.has(category) || pausing.has(category) || probabilities[c]! < alongside) return;
        out.set(category, { probability: probabilities[c]!, segment: weighsMost(c) });
      });
    }
    return out;
  }

  /** Whether the pause model, given a draft's probabilities, doubts a pause the lists alone gave. */
  doubtsPause(probabilities: Float64Array): boolean {
    const { pauseDoubt } = this.model;
    return pauseDoubt !== null && probabilities[READ_CATEGORIES.length]! < pauseDoubt;
  }

  /** Whether the complaint model, given a draft's probabilities, doubts a complaint the lists alone heard. */
  doubtsComplaint(probabilities: Float64Array): boolean {
    const { complaintDoubt } = this.model;
    return complaintDoubt !== null && probabilities[READ_CATEGORIES.indexOf('complaint')]! < complaintDoubt;
  }
}
