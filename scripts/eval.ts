/**
 * Measures the engine on the labelled corpora: `npm run eval` prints, for each set scripts/corpus.ts lists that is
 * present (the development sets, then the held-out ones), post-level pause precision and recall, the false-pause rate
 * on must-not-pause posts, and per-category precision/recall.
 * `npm run eval -- --misses dev` (or another development set) also lists the posts where the engine and the labels
 * disagree (never for the held-out sets: they must stay unseen). `npm run eval -- dev --split even|odd`
 * reports one half of dev by id parity; `--rules-only` leaves out the reader model.
 */
import { loadSchools } from '../src/config/load-schools';
import { CATEGORIES, type Category, createEngine, type Engine } from '../src/engine';
import { CORPUS_NAMES, type CorpusName, corpusPath, DEVELOPMENT, isCorpusName, readCorpus } from './corpus';

/** `--rules-only`: the phrase lists without the reader model, to see what the model adds. */
const rulesOnly = process.argv.includes('--rules-only');
const engines = new Map<string, Engine>();
function engineFor(school: string): Engine {
  let engine = engines.get(school);
  if (!engine) {
    engine = createEngine(loadSchools(school)[0]!, { reader: !rulesOnly });
    engines.set(school, engine);
  }
  return engine;
}

function ratio(num: number, den: number): string {
  return den === 0 ? '  n/a' : (num / den).toFixed(3);
}

/** `--split even|odd`: only dev posts whose numeric id is even / odd (tune on one half, validate on the other). */
type Split = 'even' | 'odd' | undefined;

function inSplit(id: string, split: Split): boolean {
  if (!split) return true;
  const n = Number(/(\d+)$/.exec(id)?.[1] ?? NaN);
  return split === 'even' ? n % 2 === 0 : n % 2 === 1;
}

function evaluate(name: CorpusName, showMisses: boolean, split: Split = undefined): void {
  const corpus = readCorpus(name);
  if (!corpus) {
    console.log(`${name}: ${corpusPath(name)} not found\n`);
    return;
  }
  const posts = corpus.filter((post) => inSplit(post.id, split));
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let quiet = 0;
  let quietPaused = 0;
  const perCategory = new Map<Category, { tp: number; fp: number; fn: number }>(CATEGORIES.map((c) => [c, { tp: 0, fp: 0, fn: 0 }]));
  const misses: string[] = [];
  for (const post of posts) {
    const result = engineFor(post.school).analyze(post.text);
    const found = new Set(result.flags.map((f) => f.category));
    const expected = new Set(post.categories);
    if (result.pause && post.pause) tp++;
    if (result.pause && !post.pause) fp++;
    if (!result.pause && post.pause) fn++;
    if (!post.pause) {
      quiet++;
      if (result.pause) quietPaused++;
    }
    for (const category of CATEGORIES) {
      const counts = perCategory.get(category)!;
      if (found.has(category) && expected.has(category)) counts.tp++;
      else if (found.has(category)) counts.fp++;
      else if (expected.has(category)) counts.fn++;
    }
    const extra = [...found].filter((c) => !expected.has(c));
    const missing = [...expected].filter((c) => !found.has(c));
    if (showMisses && (extra.length || missing.length)) {
      const spans = result.flags.filter((f) => f.category !== 'school').map((f) => `${f.category}:"${post.text.slice(f.start, f.end)}"`);
      misses.push(`${post.id} [${post.school}] ${result.pause === post.pause ? '' : result.pause ? 'FALSE PAUSE ' : 'MISSED PAUSE '}+${extra.join(',') || '-'} -${missing.join(',') || '-'}\n  ${post.text}\n  ${spans.join(' | ')}`);
    }
  }
  console.log(`${name}${split ? ` (${split} ids)` : ''}: ${posts.length} posts`);
  console.log(`  pause precision ${ratio(tp, tp + fp)}  recall ${ratio(tp, tp + fn)}  false-pause rate ${ratio(quietPaused, quiet)} (${quietPaused}/${quiet} must-not-pause posts paused)`);
  console.log('  category        precision  recall  support');
  for (const [category, c] of perCategory) {
    console.log(`  ${category.padEnd(14)}  ${ratio(c.tp, c.tp + c.fp).padStart(9)}  ${ratio(c.tp, c.tp + c.fn).padStart(6)}  ${String(c.tp + c.fn).padStart(7)}`);
  }
  console.log('');
  if (showMisses) console.log(misses.join('\n\n'), '\n');
}

const args = process.argv.slice(2);
const missesAt = args.indexOf('--misses');
const missesFor = missesAt >= 0 ? args[missesAt + 1] : undefined;
if (missesFor !== undefined && !DEVELOPMENT.includes(missesFor as CorpusName)) {
  console.error(`--misses is only available for ${DEVELOPMENT.join(' and ')}: the held-out sets must stay unseen`);
  process.exit(2);
}
const splitAt = args.indexOf('--split');
const split = splitAt >= 0 ? args[splitAt + 1] : undefined;
if (split !== undefined && split !== 'even' && split !== 'odd') {
  console.error('--split takes even or odd');
  process.exit(2);
}
const only = args.find(isCorpusName);
if (split && only !== 'dev') {
  console.error('--split applies to dev only: pass dev as well (the holdout set is reported whole)');
  process.exit(2);
}
if (rulesOnly) console.log('phrase lists only (--rules-only)\n');
for (const name of only ? [only] : CORPUS_NAMES) evaluate(name, name === missesFor, name === 'dev' ? split : undefined);
