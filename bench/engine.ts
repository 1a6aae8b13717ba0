/**
 * `npm run bench`: what the engine costs, measured in one run (a benchmark, not a test).
 * - typing: `analyze` on every prefix of a realistic 2,000-character draft, one character at a time,
 *   beside one full scan of the same text by obscenity's recommended English matcher;
 * - cold: a fresh engine analysing a 280-, 2,000- and 20,000-character paste;
 * - createEngine itself (the first call also compiles the shared phrase lists).
 */
import { englishDataset, englishRecommendedTransformers, RegExpMatcher } from 'obscenity';
import type { SchoolConfig } from '../src/config/schema';
import { SchoolConfigSchema } from '../src/config/schema';
import { createEngine } from '../src/engine';

const SCHOOL: SchoolConfig = SchoolConfigSchema.parse({
  id: 'bench-school',
  name: 'Bench Street Primary School',
  aliases: ['Bench Street', 'Bench Primary'],
  staff: [
    { name: 'Mrs Anita Patel', role: 'Headteacher' },
    { name: 'Mr Tom Baker', role: 'Year 6 teacher' },
  ],
  prompts: ['Would it be better to talk to the school first?'],
  policy: { title: 'Social media policy', concerns: { complaint: { clause: 'Raise complaints with the school.' } } },
  complaints: { email: 'office@bench.example', steps: ['Talk to the class teacher'] },
});

const PARAGRAPH =
  "Right, I've had enough of Bench Street this term. My son came home from school on Tuesday in tears again because " +
  "nobody sorted out the lunchtime thing, and when I rang the office they said Mrs Patel was too busy to call me back. " +
  'The homework policy is a joke, the new uniform rules are ridiculous and the communication is shocking. ' +
  "His teacher, Mr Baker, is lovely to be fair, but he can't do everything on his own with thirty kids and no TA. " +
  'Parents evening was cancelled twice with a day of notice, and the after school club keeps changing its times. ' +
  "I'm not one to moan on here but something has to change before Year 6 SATs, honestly I'm fuming. ";

function draft(length: number): string {
  let text = '';
  while (text.length < length) text += PARAGRAPH;
  return text.slice(0, length);
}

function stats(samples: number[]): { median: number; p95: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  return { median: at(0.5), p95: at(0.95) };
}

function time(run: () => void): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

const ms = (n: number) => `${n.toFixed(3)} ms`;
const rows: [string, string, string, string][] = [];

// createEngine: the first call compiles the shared phrase lists, later ones build only the school's names.
const firstCreate = time(() => createEngine(SCHOOL));
const creates = Array.from({ length: 20 }, () => time(() => createEngine(SCHOOL)));

const text2k = draft(2000);
const obscenity = new RegExpMatcher({ ...englishDataset.build(), ...englishRecommendedTransformers });

// Warm up both, so the JIT has compiled the hot paths before anything is measured.
for (let i = 0; i < 3; i++) {
  const warm = createEngine(SCHOOL);
  for (let n = 1; n <= text2k.length; n += 7) warm.analyze(text2k.slice(0, n));
  obscenity.getAllMatches(text2k);
}

const typing = createEngine(SCHOOL);
const keystrokes: number[] = [];
for (let n = 1; n <= text2k.length; n++) {
  const prefix = text2k.slice(0, n);
  keystrokes.push(time(() => typing.analyze(prefix)));
}
const scans = Array.from({ length: 200 }, () => time(() => obscenity.getAllMatches(text2k)));
const key = stats(keystrokes);
const scan = stats(scans);
rows.push(['analyze per keystroke (2,000-char draft typed)', ms(key.median), ms(key.p95), `${keystrokes.length} calls`]);
rows.push(['obscenity getAllMatches, full 2,000 chars', ms(scan.median), ms(scan.p95), '200 scans']);

const cold: Record<number, { median: number; p95: number }> = {};
for (const size of [280, 2000, 20000]) {
  const text = draft(size);
  const repeats = size > 10000 ? 30 : 100;
  const samples = Array.from({ length: repeats }, () => {
    const engine = createEngine(SCHOOL);
    return time(() => engine.analyze(text));
  });
  cold[size] = stats(samples);
  rows.push([`cold analyze, fresh engine, ${size.toLocaleString('en-GB')} chars`, ms(cold[size]!.median), ms(cold[size]!.p95), `${repeats} runs`]);
}
const create = stats(creates);
rows.push(['createEngine (later calls)', ms(create.median), ms(create.p95), '20 runs']);
rows.push(['createEngine (first call, compiles phrase lists)', ms(firstCreate), '', '1 run']);

const widths = [0, 1, 2, 3].map((i) => Math.max(...rows.map((r) => r[i]!.length), ['measure', 'median', 'p95', 'n'][i]!.length));
const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
console.log(line(['measure', 'median', 'p95', 'n']));
console.log(widths.map((w) => '-'.repeat(w)).join('  '));
for (const row of rows) console.log(line(row));
console.log('');
console.log(`per-keystroke median / obscenity full-scan median = ${(key.median / scan.median).toFixed(2)} (target <= 1)`);
console.log(`cold 2,000-char p95 = ${ms(cold[2000]!.p95)} (target <= 5 ms)`);
