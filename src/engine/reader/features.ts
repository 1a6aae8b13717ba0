import type { Token } from '../tokenize';

/**
 * What the reader sees of one segment: its words, with people and the school replaced by what they
 * are (so no name is ever learnt), the letter groups of longer words, pairs of neighbouring words and
 * of words one apart, a few marks of tone, and what the phrase lists found there. Changing anything
 * here changes what the weights mean: bump the version and retrain (`npm run train`).
 */
export const FEATURE_VERSION = 9;

/**
 * Letter 4-grams of longer words ("^cove", "over", "ered", "red$"): shared by a word's forms, its
 * misspellings and its compounds, so the reader generalises past the exact words it was trained on.
 * In cross-validation by writer they let the pause model add a fifth more right pauses at the same
 * number of wrong ones.
 */
const GRAM = 4;
const GRAM_MIN_WORD = 5;

function addGrams(word: string, out: Set<string>): void {
  if (word.length < GRAM_MIN_WORD || word.startsWith('<')) return;
  const marked = `^${word}$`;
  for (let i = 0; i + GRAM <= marked.length; i++) out.add(`c:${marked.slice(i, i + GRAM)}`);
}

const EMOJI = /\p{Extended_Pictographic}/gu;
const DIGITS = /^\d+$/;

function wordOf(token: Token): string {
  if (token.staff) return '<staff>';
  if (token.school) return '<school>';
  if (token.name) return '<name>';
  if (DIGITS.test(token.key)) return '<num>';
  return token.collapsed ?? token.key;
}

function shouted(token: Token, text: string): boolean {
  const word = text.slice(token.start, token.end);
  return word.length >= 3 && word === word.toUpperCase() && word !== word.toLowerCase();
}

/**
 * `text` is the segment, `tokens` its words (spans in `text`), `found` the phrase categories matched in it
 * (not those that count only beside a grievance; a threat in everyday exaggeration as `threat-anywhere` or
 * `threat-outside-school`; one excused by a harmless reading the lists know as `excused-threat`…),
 * `reported` where it quotes someone else and `jest` where harm is joked about.
 */
export function segmentFeatures(text: string, tokens: readonly Token[], found: Iterable<string>): string[] {
  const out = new Set<string>();
  let previous = '<start>';
  // Pairs one word apart see past the word between ("she *literally* grabbed", "the *new* TA"): over 98 sets,
  // cross-validated on 10 folds, post-level pause recall 0.920 -> 0.925 with 336 false pauses rather than 346. Pairing a
  // person, a role or the school with each word three to six after it, to see who did what further apart, added nothing
  // (over 203 sets, 10 folds: allegations found from 0.8, 3,576 right of 3,702 against 3,554 of 3,682, with 34 harmless
  // drafts paused against 33; none then named beside a pause, so allegation recall 0.830 against 0.835).
  let before = '<start>';
  let shouts = 0;
  for (const token of tokens) {
    const word = wordOf(token);
    out.add(`w:${word}`);
    addGrams(word, out);
    out.add(`b:${previous} ${word}`);
    out.add(`s:${before} ${word}`);
    before = previous;
    previous = word;
    if (shouted(token, text)) shouts++;
  }
  if (tokens.length > 0) out.add(`b:${previous} <end>`);
  if (shouts >= 2) out.add('t:shouting');
  if (text.includes('?')) out.add('t:question');
  if (text.includes('!')) out.add('t:exclaim');
  for (const emoji of text.match(EMOJI) ?? []) out.add(`e:${emoji}`);
  for (const category of found) out.add(`r:${category}`);
  return [...out];
}
