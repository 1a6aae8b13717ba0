/** Fitting the reader model: drafts as examples, logistic regression, scoring. Used by scripts/train.ts. */
import { loadSchools } from '../src/config/load-schools';
import { type Category, createReaderInput } from '../src/engine';
import { lengthScale, sigmoid } from '../src/engine/reader';
import { type CorpusName, type Post, readCorpus } from './corpus';

/** A feature must occur in this many training drafts: no single post's wording is learnt. */
export const MIN_DRAFTS = 3;
const HASH_FOLDS = 5;
const L2 = 0.003;
const STEPS = 300;

export interface Example {
  corpus: CorpusName;
  post: Post;
  features: string[];
  rules: Set<Category>;
}

export function examples(sets: readonly CorpusName[]): Example[] {
  const inputs = new Map<string, ReturnType<typeof createReaderInput>>();
  const out: Example[] = [];
  for (const set of sets) {
    const posts = readCorpus(set);
    if (!posts) throw new Error(`${set}: corpus file not found`);
    for (const post of posts) {
      if (!inputs.has(post.school)) inputs.set(post.school, createReaderInput(loadSchools(post.school)[0]!));
      const { segments, context, lists } = inputs.get(post.school)!(post.text);
      const rules = new Set(lists.flags.map((f) => f.category));
      out.push({ corpus: set, post, features: [...new Set([...segments.flat(), ...context])], rules });
    }
  }
  return out;
}

/** How many features the rows have on average: what lengthScale measures a draft against. */
export function meanFeatures(rows: readonly Int32Array[]): number {
  return rows.reduce((sum, row) => sum + row.length, 0) / Math.max(1, rows.length);
}

/** L2-regularised logistic regression on binary features scaled by each draft's length, full-batch Adam (deterministic). */
export function fit(rows: readonly Int32Array[], labels: readonly boolean[], dims: number, mean: number, l2 = L2): { weights: Float64Array; bias: number } {
  const weights = new Float64Array(dims);
  const m = new Float64Array(dims + 1);
  const v = new Float64Array(dims + 1);
  const grad = new Float64Array(dims + 1);
  const scales = rows.map((row) => lengthScale(row.length, mean));
  const [rate, beta1, beta2, eps] = [0.05, 0.9, 0.999, 1e-8];
  let bias = 0;
  for (let step = 1; step <= STEPS; step++) {
    grad.fill(0);
    rows.forEach((row, i) => {
      let sum = 0;
      for (const id of row) sum += weights[id]!;
      const scale = scales[i]!;
      const d = (sigmoid(bias + scale * sum) - (labels[i] ? 1 : 0)) / rows.length;
      for (const id of row) grad[id]! += d * scale;
      grad[dims]! += d;
    });
    for (let j = 0; j <= dims; j++) {
      const g = j < dims ? grad[j]! + l2 * weights[j]! : grad[j]!;
      m[j] = beta1 * m[j]! + (1 - beta1) * g;
      v[j] = beta2 * v[j]! + (1 - beta2) * g * g;
      const update = (rate * (m[j]! / (1 - beta1 ** step))) / (Math.sqrt(v[j]! / (1 - beta2 ** step)) + eps);
      if (j < dims) weights[j]! -= update;
      else bias -= update;
    }
  }
  return { weights, bias };
}

export function score(row: Int32Array, model: { weights: Float64Array; bias: number }, mean: number): number {
  let sum = 0;
  for (const id of row) sum += model.weights[id]!;
  return sigmoid(model.bias + lengthScale(row.length, mean) * sum);
}

export function precisionRecall(predicted: readonly boolean[], labels: readonly boolean[]): { precision: number; recall: number } {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  predicted.forEach((p, i) => {
    if (p && labels[i]) tp++;
    else if (p) fp++;
    else if (labels[i]) fn++;
  });
  return { precision: tp + fp === 0 ? 0 : tp / (tp + fp), recall: tp + fn === 0 ? 0 : tp / (tp + fn) };
}

/**
 * Cross-validation folds: one per corpus when there are at least three (each corpus is one writer's),
 * otherwise five made from a hash of each draft's id, so adding drafts never moves the others.
 */
export function foldsOf(data: readonly Example[]): { folds: number[]; count: number } {
  const corpora = [...new Set(data.map(({ corpus }) => corpus))];
  if (corpora.length >= 3) return { folds: data.map(({ corpus }) => corpora.indexOf(corpus)), count: corpora.length };
  return { folds: data.map(({ post }) => hashFold(post.id)), count: HASH_FOLDS };
}

function hashFold(id: string): number {
  let hash = 2166136261;
  for (let i = 0; i < id.length; i++) hash = Math.imul(hash ^ id.charCodeAt(i), 16777619);
  return (hash >>> 0) % HASH_FOLDS;
}

export function vocabulary(data: readonly Example[], minDrafts = MIN_DRAFTS): string[] {
  const drafts = new Map<string, number>();
  for (const { features } of data) for (const f of features) drafts.set(f, (drafts.get(f) ?? 0) + 1);
  return [...drafts].filter(([, n]) => n >= minDrafts).map(([f]) => f).sort();
}

export function rowsOf(data: readonly Example[], features: readonly string[]): Int32Array[] {
  const index = new Map(features.map((f, i) => [f, i]));
  return data.map(({ features: fs }) => Int32Array.from(fs.map((f) => index.get(f)).filter((i) => i !== undefined)));
}

