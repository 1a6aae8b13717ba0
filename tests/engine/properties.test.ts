import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Analysis, createEngine } from '../../src/engine';
import { PHRASES } from '../../src/engine/phrases';
import { FIXTURE_SCHOOL } from './fixture';

const engine = createEngine(FIXTURE_SCHOOL);

function expectSane(text: string, result: Analysis): void {
  for (const flag of result.flags) {
    expect(flag.start).toBeGreaterThanOrEqual(0);
    expect(flag.start).toBeLessThan(flag.end);
    expect(flag.end).toBeLessThanOrEqual(text.length);
  }
  expect(result.pause).toBe(result.flags.some((f) => f.category !== 'school'));
}

// Words from the phrase lists mixed with junk: the inputs most likely to reach the matcher's corners.
const phraseWords = [...new Set(Object.values(PHRASES).flatMap((list) => list.flatMap((p) => p.pattern.split(/[\s|()?]+/))))]
  .filter((w) => /^[a-z']+$/.test(w))
  .slice(0, 400);
const junk = fc.constantFrom(' ', '  ', '\n', '. ', '!', '?', ',', '\u200b', '*', '@', '1', '0', 'Mrs ', 'Mr ', 'Year 6', '😡', '\ud800', 'İ', 'і', '’');
const mixed = fc.array(fc.oneof(fc.constantFrom(...phraseWords), junk, fc.string({ maxLength: 6 })), { maxLength: 60 }).map((parts) => parts.join(' '));
const anyText = fc.oneof(fc.string({ maxLength: 200 }), fc.string({ unit: 'binary', maxLength: 200 }), fc.string({ unit: 'grapheme', maxLength: 80 }), mixed);

describe('engine properties', () => {
  it('never throws, keeps spans inside the text and is deterministic', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const first = engine.analyze(text);
        expectSane(text, first);
        expect(createEngine(FIXTURE_SCHOOL).analyze(text)).toEqual(first);
      }),
      { numRuns: 300 },
    );
  });

  it('gives the same analysis incrementally as a fresh engine after any edits', () => {
    const edit = fc.record({ at: fc.nat(), remove: fc.nat({ max: 10 }), insert: fc.oneof(mixed, fc.string({ maxLength: 12 })) });
    fc.assert(
      fc.property(mixed, fc.array(edit, { maxLength: 8 }), (start, edits) => {
        const typing = createEngine(FIXTURE_SCHOOL);
        let text = start;
        typing.analyze(text);
        for (const { at, remove, insert } of edits) {
          const pos = text.length === 0 ? 0 : at % (text.length + 1);
          text = text.slice(0, pos) + insert + text.slice(pos + remove);
          typing.analyze(text);
        }
        expect(typing.analyze(text)).toEqual(createEngine(FIXTURE_SCHOOL).analyze(text));
      }),
      { numRuns: 150 },
    );
  });

  it('matches a draft typed one character at a time', () => {
    const text = "Mrs Patel is useless. Tyler B in Year 4 keeps hitting my son and I'll be waiting at the gates for him!! Everyone share this.";
    const typing = createEngine(FIXTURE_SCHOOL);
    for (let n = 1; n <= text.length; n++) typing.analyze(text.slice(0, n));
    expect(typing.analyze(text)).toEqual(createEngine(FIXTURE_SCHOOL).analyze(text));
  });

  it('copes with 1 MB pastes: one line, many lines, and random unicode', () => {
    const sentence = 'The head is useless and I know where she lives. ';
    const big = [
      sentence.repeat(Math.ceil(1_000_000 / sentence.length)).slice(0, 1_000_000),
      'word '.repeat(200_000),
      fc.sample(fc.string({ unit: 'binary', minLength: 1000, maxLength: 1000 }), { numRuns: 1000, seed: 7 }).join('\n'),
    ];
    for (const text of big) {
      const result = createEngine(FIXTURE_SCHOOL).analyze(text);
      expectSane(text, result);
    }
  }, 60_000);

  it('handles non-strings and odd input without throwing', () => {
    for (const text of ['', ' ', '\ud800', '\udc00\ud800', '*'.repeat(5000), '.'.repeat(5000), 'a b '.repeat(3000)]) {
      expectSane(text, engine.analyze(text));
    }
  });
});
