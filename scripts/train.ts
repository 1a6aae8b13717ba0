/**
 * Trains the reader model (src/engine/reader) from the development corpora: `npm run train`.
 * One logistic regression per category over the features the engine makes for a draft. Where each
 * category's reader speaks is chosen by 5-fold cross-validation together with the phrase lists: a
 * reader speaks only where it adds to what the lists find. Held-out sets are never read.
 *   npm run train                     train on dev and dev-2, write src/engine/reader/weights.json
 *   npm run train -- --sets dev       train on dev only (then `npm run eval -- dev-2` is a fair test)
 */
import { writeFileSync } from 'node:fs';
import { loadSchools } from '../src/config/load-schools';
import { type Category, createEngine, createReaderInput, type Engine } from '../src/engine';
import { FEATURE_VERSION, READ_CATEGORIES, type ReadCategory, type ReaderModel } from '../src/engine/reader';
import { type CorpusName, DEVELOPMENT, type Post, readCorpus } from './corpus';

const OUT = 'src/engine/reader/weights.json';
/** A feature must occur in this many training drafts: no single post's wording is learnt. */
const MIN_DRAFTS = 3;
const FOLDS = 5;
const L2 = 0.003;
const STEPS = 300;
/** The reader speaks only when it finds a category more likely than not. */
const THRESHOLDS = Array.from({ length: 10 }, (_, i) => 0.5 + i * 0.05);
/** A reader that adds less than this to a category's F1 in cross-validation stays silent. */
const MIN_GAIN = 0.01;

interface Example {
  post: Post;
  features: string[];
  rules: Set<Category>;
}

function arg(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1] : undefined;
}

function examples(sets: readonly CorpusName[]): Example[] {
  const inputs = new Map<string, (text: string) => { segments: string[][]; context: string[] }>();
  const engines = new Map<string, Engine>();
  const out: Example[] = [];
  for (const set of sets) {
    const posts = readCorpus(set);
    if (!posts) throw new Error(`${set}: corpus file not found`);
    for (const post of posts) {
      if (!inputs.has(post.school)) {
        const school = loadSchools(post.school)[0]!;
        inputs.set(post.school, createReaderInput(school));
        engines.set(post.school, createEngine(school, { reader: false }));
      }
      const { segments, context } = inputs.get(post.school)!(post.text);
      const rules = new Set(engines.get(post.school)!.analyze(post.text).flags.map((f) => f.category));
      out.push({ post, features: [...new Set([...segments.flat(), ...context])], rules });
    }
  }
  return out;
}

const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

/** L2-regularised logistic regression on binary features, full-batch Adam (deterministic). */
function fit(rows: readonly Int32Array[], labels: readonly boolean[], dims: number): { weights: Float64Array; bias: number } {
  const weights = new Float64Array(dims);
  const m = new Float64Array(dims + 1);
  const v = new Float64Array(dims + 1);
  const grad = new Float64Array(dims + 1);
  const [rate, beta1, beta2, eps] = [0.05, 0.9, 0.999, 1e-8];
  let bias = 0;
  for (let step = 1; step <= STEPS; step++) {
    grad.fill(0);
    rows.forEach((row, i) => {
      let z = bias;
      for (const id of row) z += weights[id]!;
      const d = (sigmoid(z) - (labels[i] ? 1 : 0)) / rows.length;
      for (const id of row) grad[id]! += d;
      grad[dims]! += d;
    });
    for (let j = 0; j <= dims; j++) {
      const g = j < dims ? grad[j]! + L2 * weights[j]! : grad[j]!;
      m[j] = beta1 * m[j]! + (1 - beta1) * g;
      v[j] = beta2 * v[j]! + (1 - beta2) * g * g;
      const update = (rate * (m[j]! / (1 - beta1 ** step))) / (Math.sqrt(v[j]! / (1 - beta2 ** step)) + eps);
      if (j < dims) weights[j]! -= update;
      else bias -= update;
    }
  }
  return { weights, bias };
}

function score(row: Int32Array, model: { weights: Float64Array; bias: number }): number {
  let z = model.bias;
  for (const id of row) z += model.weights[id]!;
  return sigmoid(z);
}

function f1(predicted: readonly boolean[], labels: readonly boolean[]): number {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  predicted.forEach((p, i) => {
    if (p && labels[i]) tp++;
    else if (p) fp++;
    else if (labels[i]) fn++;
  });
  return tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn);
}

/** A fold per draft from its id, so adding drafts never moves the others. */
function foldOf(id: string): number {
  let hash = 2166136261;
  for (let i = 0; i < id.length; i++) hash = Math.imul(hash ^ id.charCodeAt(i), 16777619);
  return (hash >>> 0) % FOLDS;
}

function vocabulary(data: readonly Example[]): string[] {
  const drafts = new Map<string, number>();
  for (const { features } of data) for (const f of features) drafts.set(f, (drafts.get(f) ?? 0) + 1);
  return [...drafts].filter(([, n]) => n >= MIN_DRAFTS).map(([f]) => f).sort();
}

function rowsOf(data: readonly Example[], features: readonly string[]): Int32Array[] {
  const index = new Map(features.map((f, i) => [f, i]));
  return data.map(({ features: fs }) => Int32Array.from(fs.map((f) => index.get(f)).filter((i) => i !== undefined)));
}

const sets = (arg('--sets')?.split(',') ?? DEVELOPMENT) as CorpusName[];
for (const set of sets) {
  if (!DEVELOPMENT.includes(set)) {
    console.error(`${set} is held out: train only on ${DEVELOPMENT.join(', ')}`);
    process.exit(2);
  }
}
const data = examples(sets);
const features = vocabulary(data);
console.log(`${data.length} drafts from ${sets.join(', ')}; ${features.length} features in ${MIN_DRAFTS}+ drafts`);

// Out-of-fold probabilities: each draft scored by a model that never saw it.
const oof = new Map<ReadCategory, number[]>(READ_CATEGORIES.map((c) => [c, new Array<number>(data.length).fill(0)]));
const folds = data.map(({ post }) => foldOf(post.id));
for (let fold = 0; fold < FOLDS; fold++) {
  const train = data.filter((_, i) => folds[i] !== fold);
  const trainFeatures = vocabulary(train);
  const trainRows = rowsOf(train, trainFeatures);
  const testAt = data.map((_, i) => i).filter((i) => folds[i] === fold);
  const testRows = rowsOf(testAt.map((i) => data[i]!), trainFeatures);
  for (const category of READ_CATEGORIES) {
    const model = fit(trainRows, train.map(({ post }) => post.categories.includes(category)), trainFeatures.length);
    testAt.forEach((i, k) => (oof.get(category)![i] = score(testRows[k]!, model)));
  }
}

const rows = rowsOf(data, features);
const categories = {} as ReaderModel['categories'];
console.log('cross-validated F1   lists  reader (best)  lists+reader  reader speaks at');
for (const category of READ_CATEGORIES) {
  const labels = data.map(({ post }) => post.categories.includes(category));
  const rules = data.map(({ rules }) => rules.has(category));
  const probabilities = oof.get(category)!;
  const listsF1 = f1(rules, labels);
  let best = { threshold: null as number | null, combined: listsF1 };
  let readerF1 = 0;
  for (const t of THRESHOLDS) {
    const reader = probabilities.map((p) => p >= t);
    readerF1 = Math.max(readerF1, f1(reader, labels));
    const combined = f1(reader.map((r, i) => r || rules[i]!), labels);
    if (combined > best.combined) best = { threshold: Number(t.toFixed(2)), combined };
  }
  if (best.combined - listsF1 < MIN_GAIN) best = { threshold: null, combined: listsF1 };
  console.log(
    `${category.padEnd(19)}  ${listsF1.toFixed(3)}  ${readerF1.toFixed(3).padStart(13)}  ${best.combined.toFixed(3).padStart(12)}  ${best.threshold ?? 'silent'}`,
  );
  const model = fit(rows, labels, features.length);
  categories[category] = { bias: round(model.bias), threshold: best.threshold, weights: [...model.weights].map(round) };
}

function round(x: number): number {
  return Math.round(x * 1e4) / 1e4;
}

const model: ReaderModel = { featureVersion: FEATURE_VERSION, trainedOn: sets, features, categories };
writeFileSync(arg('--out') ?? OUT, `${JSON.stringify(model)}\n`);
console.log(`wrote ${arg('--out') ?? OUT}`);
