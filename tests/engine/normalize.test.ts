import { describe, expect, it } from 'vitest';
import { createNormalizer, type Mapped } from '../../src/engine/normalize';
import { foldCase } from '../../src/engine/normalize/case';
import { foldConfusables } from '../../src/engine/normalize/confusables';
import { createLeetNormalizer } from '../../src/engine/normalize/leet';
import { identity } from '../../src/engine/normalize/mapped';
import { plainPunctuation } from '../../src/engine/normalize/quotes';
import { squashRepeats } from '../../src/engine/normalize/repeated';
import { createSpacedJoiner } from '../../src/engine/normalize/spaced';
import { removeZeroWidth } from '../../src/engine/normalize/zero-width';

const vocabulary = { words: new Set(['shit', 'kill', 'cow', 'idiot', 'liar', 'twat']), masked: ['cunt', 'fuck', 'shit', 'fucking'] };
const leet = createLeetNormalizer(vocabulary);
const normalize = createNormalizer(vocabulary);

/** The original characters behind the normalised text's [from, to). */
function source(original: string, mapped: Mapped, from: number, to: number): string {
  return original.slice(mapped.start[from], mapped.end[to - 1]);
}

/** Every normalised unit maps to a span inside the original, in order. */
function expectWellFormed(original: string, mapped: Mapped): void {
  expect(mapped.start.length).toBe(mapped.text.length);
  for (let i = 0; i < mapped.text.length; i++) {
    expect(mapped.start[i]).toBeGreaterThanOrEqual(0);
    expect(mapped.end[i]).toBeGreaterThan(mapped.start[i]!);
    expect(mapped.end[i]).toBeLessThanOrEqual(original.length);
    if (i > 0) expect(mapped.start[i]).toBeGreaterThanOrEqual(mapped.start[i - 1]!);
  }
}

describe('normalisers', () => {
  it('removes zero-width characters and keeps offsets', () => {
    const text = 'id\u200bi\u200dot!';
    const out = removeZeroWidth(identity(text));
    expect(out.text).toBe('idiot!');
    expect(source(text, out, 2, 5)).toBe('i\u200dot');
    expectWellFormed(text, out);
  });

  it('folds look-alike letters, accents and maths alphabets', () => {
    const text = 'kіll іdіоt 𝐟𝐨𝐨𝐥 café';
    const out = foldConfusables(identity(text));
    expect(out.text).toBe('kill idiot fool cafe');
    expect(source(text, out, 11, 15)).toBe('𝐟𝐨𝐨𝐥');
    expectWellFormed(text, out);
  });

  it('plain quotes, dashes and ellipses', () => {
    const text = '‘don’t’ – “no”…';
    const out = plainPunctuation(identity(text));
    expect(out.text).toBe('\'don\'t\' - "no"...');
    expect(source(text, out, out.text.length - 3, out.text.length)).toBe('…');
  });

  it('folds case', () => {
    expect(foldCase(identity('SHOUTING İs')).text).toBe('shouting i̇s');
    expectWellFormed('SHOUTING İs', foldCase(identity('SHOUTING İs')));
  });

  it('joins spaced and dotted letters', () => {
    const text = 'you i d i o t and s.c.u.m but not a b';
    const out = createSpacedJoiner(new Set(['idiot', 'scum']))(identity(text));
    expect(out.text).toBe('you idiot and scum but not a b');
    expect(source(text, out, 4, 9)).toBe('i d i o t');
  });

  it('keeps a one-letter word apart from spaced letters after it when only the rest is a word', () => {
    const join = createSpacedJoiner(new Set(['twat', 'idiot']));
    expect(join(identity('he is a t w a t')).text).toBe('he is a twat');
    expect(join(identity('you i d i o t')).text).toBe('you idiot');
    expect(join(identity('a b c d')).text).toBe('abcd');
  });

  it('decodes leet and masked words only into known words', () => {
    const text = 'sh1t k!ll c0w f*ck f**king y6 10am idiot!';
    const out = leet(identity(text));
    expect(out.text).toBe('shit kill cow fuck fucking y6 10am idiot!');
    expect(source(text, out, 19, 26)).toBe('f**king');
    expectWellFormed(text, out);
  });

  it('squashes held letters to two', () => {
    const text = 'soooo liarrrrr kill';
    const out = squashRepeats(identity(text));
    expect(out.text).toBe('soo liarr kill');
    expect(source(text, out, 4, 9)).toBe('liarrrrr');
  });

  it('chains them all with spans on the original text', () => {
    const text = 'You\u200b are a ＵＳＥＬＥＳＳ c0w, L I A R';
    const out = normalize(text);
    expect(out.text).toBe('you are a useless cow, liar');
    expect(source(text, out, 18, 21)).toBe('c0w');
    expect(source(text, out, 23, 27)).toBe('L I A R');
    expectWellFormed(text, out);
  });
});
