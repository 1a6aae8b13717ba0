import { type Mapped, MappedBuilder, type Normalizer } from './mapped';

// "i d i o t", "s.c.u.m", "f-u-c-k": three or more single characters joined by one separator.
const SINGLE = /[a-z0-9@$]/;
const SEPARATORS = ' .-_';
const MIN_RUN = 3;

const WORD_CHAR = /[\p{L}\p{N}@$*]/u;

function isWordChar(char: string | undefined): boolean {
  if (char === undefined) return false;
  const code = char.charCodeAt(0);
  // ASCII without the regex: this runs on every character of every segment.
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 64 || code === 36 || code === 42;
  return WORD_CHAR.test(char);
}

/** Start of each joined letter for a run starting at `i`, or fewer than MIN_RUN when there is none. */
function runAt(text: string, i: number): number[] {
  const letters = [i];
  const sep = text[i + 1];
  if (sep === undefined || !SEPARATORS.includes(sep)) return letters;
  let at = i;
  while (text[at + 1] === sep && SINGLE.test(text[at + 2] ?? '') && !isWordChar(text[at + 3])) {
    at += 2;
    letters.push(at);
  }
  return letters;
}

/** One-letter English words, which may stand before spaced letters: "is a t w a t" is "a twat". */
const ONE_LETTER_WORDS = 'ai';

/**
 * Joins spaced letters into a word. `words` are those the phrase lists can match: a run that starts
 * with "a" or "i" keeps that letter apart when only the rest is a known word.
 */
export function createSpacedJoiner(words: ReadonlySet<string>): Normalizer {
  return (input) => joinSpacedLetters(input, words);
}

function joinSpacedLetters(input: Mapped, words: ReadonlySet<string>): Mapped {
  const { text } = input;
  let out: MappedBuilder | undefined;
  let copied = 0;
  for (let i = 0; i < text.length; i++) {
    if (!SINGLE.test(text[i]!) || isWordChar(text[i - 1]) || isWordChar(text[i + 1])) continue;
    let letters = runAt(text, i);
    if (letters.length < MIN_RUN) continue;
    if (letters.length > MIN_RUN && ONE_LETTER_WORDS.includes(text[i]!) && text[i + 1] === ' ') {
      const joined = letters.map((at) => text[at]).join('');
      if (!words.has(joined) && words.has(joined.slice(1))) letters = letters.slice(1);
    }
    out ??= new MappedBuilder(input);
    out.copy(copied, letters[0]!);
    for (const at of letters) out.copy(at);
    copied = letters[letters.length - 1]! + 1;
    i = copied - 1;
  }
  if (!out) return input;
  out.copy(copied, text.length);
  return out.build();
}
