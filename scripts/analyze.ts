/**
 * Runs the engine from the command line.
 *   npm run --silent analyze -- --school <id-or-path>            JSON lines {"id","text"} on stdin →
 *                                                               one {"id","pause","level","flags"} per line
 *   npm run analyze -- --school alsop-high "text here"           a readable report
 * Bad input lines print {"line": N, "error": "..."} and processing continues. Unknown school: exit 2.
 */
import { createInterface } from 'node:readline';
import { loadSchools } from '../src/config/load-schools';
import type { SchoolConfig } from '../src/config/schema';
import { type Analysis, createEngine, type Engine } from '../src/engine';

function usage(message: string): never {
  console.error(`${message}\nusage: npm run analyze -- --school <id-or-path> ["draft text"]   (without text: JSON lines on stdin)`);
  process.exit(2);
}

function parseArgs(argv: string[]): { school: string; text?: string } {
  let school: string | undefined;
  const rest: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--school') school = argv[++i];
    else if (arg.startsWith('--school=')) school = arg.slice('--school='.length);
    else rest.push(arg);
  }
  if (!school) usage('missing --school');
  return rest.length > 0 ? { school, text: rest.join(' ') } : { school };
}

function report(text: string, result: Analysis, school: SchoolConfig): string {
  const lines = [`${school.name}: ${result.level.toUpperCase()}${result.pause ? ' – worth a pause' : ' – nothing to pause for'}`];
  if (result.flags.length === 0) lines.push('  (no flags)');
  for (const flag of result.flags) {
    lines.push(`\n  ${flag.category} (${flag.severity}) “${text.slice(flag.start, flag.end)}” [${flag.start}–${flag.end}]`);
    lines.push(`    ${flag.message}`);
    if (flag.clause) lines.push(`    Policy: ${flag.clause}`);
  }
  return lines.join('\n');
}

async function streamLines(engine: Engine): Promise<void> {
  const input = createInterface({ input: process.stdin, crlfDelay: Infinity });
  let line = 0;
  for await (const raw of input) {
    line++;
    if (!raw.trim()) continue;
    let out: unknown;
    try {
      const post = JSON.parse(raw) as unknown;
      if (post === null || typeof post !== 'object' || typeof (post as { text?: unknown }).text !== 'string') {
        throw new Error('expected an object with a "text" string');
      }
      const { id, text } = post as { id?: unknown; text: string };
      out = { id: id ?? null, ...engine.analyze(text) };
    } catch (error) {
      out = { line, error: (error as Error).message };
    }
    process.stdout.write(`${JSON.stringify(out)}\n`);
  }
}

const args = parseArgs(process.argv.slice(2));
let school: SchoolConfig;
try {
  school = loadSchools(args.school)[0]!;
} catch (error) {
  console.error((error as Error).message);
  process.exit(2);
}
const engine = createEngine(school);
if (args.text !== undefined) console.log(report(args.text, engine.analyze(args.text), school));
else await streamLines(engine);
