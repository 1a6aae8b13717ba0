/**
 * Trains the reader model (src/engine/reader) from the development corpora: `npm run train`.
 * One logistic regression per category over the features the engine makes for a draft. Where each
 * category's reader speaks is chosen (for F0.5) by 5-fold cross-validation together with the phrase lists: a
 * reader speaks only where it adds to what the lists find. Held-out sets are never read.
 *   npm run train                     train on every development set present, write src/engine/reader/weights.json
 *   npm run train -- --sets dev       train on dev only (then `npm run eval -- dev-2` is a fair test)
 */
import { writeFileSync } from 'node:fs';
import { FEATURE_VERSION, READ_CATEGORIES, type ReadCategory, type ReaderModel } from '../src/engine/reader';
import { corpusExists, type CorpusName, DEVELOPMENT } from './corpus';
import { examples, FOLDS, fit, foldOf, fScore, MIN_DRAFTS, rowsOf, score, vocabulary } from './reader-training';

const OUT = 'src/engine/reader/weights.json';
/** The reader speaks only when it finds a category more likely than not. */
const THRESHOLDS = Array.from({ length: 10 }, (_, i) => 0.5 + i * 0.05);
/** Thresholds are chosen for F0.5: precision counts twice as much as recall. */
const BETA = 0.5;
/** A reader that adds less than this to a category's F0.5 in cross-validation stays silent. */
const MIN_GAIN = 0.01;

function arg(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1] : undefined;
}

const sets = (arg('--sets')?.split(',') ?? DEVELOPMENT.filter(corpusExists)) as CorpusName[];
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
console.log('cross-validated F0.5  lists  reader (best)  lists+reader  reader speaks at');
for (const category of READ_CATEGORIES) {
  const labels = data.map(({ post }) => post.categories.includes(category));
  const rules = data.map(({ rules }) => rules.has(category));
  const probabilities = oof.get(category)!;
  const listsF1 = fScore(rules, labels, BETA);
  let best = { threshold: null as number | null, combined: listsF1 };
  let readerF1 = 0;
  for (const t of THRESHOLDS) {
    const reader = probabilities.map((p) => p >= t);
    readerF1 = Math.max(readerF1, fScore(reader, labels, BETA));
    const combined = fScore(reader.map((r, i) => r || rules[i]!), labels, BETA);
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
