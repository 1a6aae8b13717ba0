/**
 * Trains the reader model (src/engine/reader) from the development corpora: `npm run train`.
 * One logistic regression per category over the features the engine makes for a draft. Each
 * category's reader speaks from the lowest probability at which, in 5-fold cross-validation, it was
 * right at least 9 times in 10; where it never is, it stays silent. (The phrase lists were tuned on
 * these same sets, so how much the reader adds to them can only be measured on held-out sets.)
 * Held-out sets are never read.
 *   npm run train                     train on every development set present, write src/engine/reader/weights.json
 *   npm run train -- --sets dev       train on dev only (then `npm run eval -- dev-2` is a fair test)
 */
import { writeFileSync } from 'node:fs';
import { FEATURE_VERSION, READ_CATEGORIES, type ReadCategory, type ReaderModel } from '../src/engine/reader';
import { corpusExists, type CorpusName, DEVELOPMENT } from './corpus';
import { examples, FOLDS, fit, foldOf, MIN_DRAFTS, precisionRecall, rowsOf, score, vocabulary } from './reader-training';

const OUT = 'src/engine/reader/weights.json';
/**
 * The reader speaks only when it finds a category clearly more likely than not: the corpora hold few
 * near-misses of the kind a parent writes every day ("the girls are all the same age"), and a short
 * draft's probability rests on a few words…
 */
const THRESHOLDS = Array.from({ length: 6 }, (_, i) => 0.7 + i * 0.05);
/** …and where it was this precise in cross-validation… */
const MIN_PRECISION = 0.95;
/** …on at least this many drafts. */
const MIN_SPOKEN = 10;

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
const pct = (x: number) => x.toFixed(3);
console.log('cross-validated     lists P  lists R  reader speaks at  reader P  reader R  lists+reader P  R');
for (const category of READ_CATEGORIES) {
  const labels = data.map(({ post }) => post.categories.includes(category));
  const rules = data.map(({ rules }) => rules.has(category));
  const probabilities = oof.get(category)!;
  const threshold = THRESHOLDS.find((t) => {
    const spoken = labels.filter((_, i) => probabilities[i]! >= t);
    return spoken.length >= MIN_SPOKEN && spoken.filter(Boolean).length / spoken.length >= MIN_PRECISION;
  });
  const lists = precisionRecall(rules, labels);
  const reader = precisionRecall(probabilities.map((p) => threshold !== undefined && p >= threshold), labels);
  const both = precisionRecall(probabilities.map((p, i) => rules[i]! || (threshold !== undefined && p >= threshold)), labels);
  console.log(
    `${category.padEnd(18)}  ${pct(lists.precision)}    ${pct(lists.recall)}    ${String(threshold?.toFixed(2) ?? 'silent').padStart(14)}    ${pct(reader.precision)}     ${pct(reader.recall)}           ${pct(both.precision)}  ${pct(both.recall)}`,
  );
  const model = fit(rows, labels, features.length);
  categories[category] = { bias: round(model.bias), threshold: threshold === undefined ? null : Number(threshold.toFixed(2)), weights: [...model.weights].map(round) };
}

function round(x: number): number {
  return Math.round(x * 1e4) / 1e4;
}

const model: ReaderModel = { featureVersion: FEATURE_VERSION, trainedOn: sets, features, categories };
writeFileSync(arg('--out') ?? OUT, `${JSON.stringify(model)}\n`);
console.log(`wrote ${arg('--out') ?? OUT}`);
