import type { Mapped } from './normalize';

export interface Token {
  /** Normalised word with apostrophes dropped ("don't" → "dont", "teacher's" → "teachers"). */
  key: string;
  /** The word with double letters made single, only for words typed with a letter held down. */
  collapsed?: string;
  /** Span of the original text. */
  start: number;
  end: number;
  /** Typed with a capital first letter. */
  capital: boolean;
  /** First word of a sentence or line, where a capital says nothing about names. */
  initial: boolean;
  /** May be a person's name; set by the caller before matching `#name` patterns. */
  name?: boolean;
  /** Part of a staff member's name; set by the caller before matching `#staff` patterns. */
  staff?: boolean;
  /** Part of the configured school's name; set by the caller before matching `#school` patterns. */
  school?: boolean;
}

/** A capital letter on its own, as after a first name ("Tyler B", "Poppy M"); the `#initial` of patterns. */
export const isNameInitial = (token: Token): boolean => token.capital && token.key.length === 1 && /[a-z]/.test(token.key);

const WORD_CHAR = /[\p{L}\p{N}*]/u;
const HELD_LETTER = /(\p{L})\1\1/iu;
const SENTENCE_END = /[.!?\n:;"()]/;

function isUpper(char: string | undefined): boolean {
  return char !== undefined && char !== char.toLowerCase() && char === char.toUpperCase();
}

/** Words of normalised text with spans in `original`; `typos` maps common misspellings to words. */
export function tokenize(mapped: Mapped, original: string, typos: ReadonlyMap<string, string>): Token[] {
  const { text } = mapped;
  const tokens: Token[] = [];
  let initial = true;
  let i = 0;
  while (i < text.length) {
    const char = text[i]!;
    if (!WORD_CHAR.test(char)) {
      if (SENTENCE_END.test(char)) initial = true;
      i++;
      continue;
    }
    let j = i + 1;
    // An apostrophe belongs to the word only between letters ("don't", "O'Neill").
    while (j < text.length && (WORD_CHAR.test(text[j]!) || (text[j] === "'" && WORD_CHAR.test(text[j + 1] ?? '')))) j++;
    const word = text.slice(i, j).replace(/'/g, '');
    const key = typos.get(word) ?? word;
    const start = mapped.start[i]!;
    const end = mapped.end[j - 1]!;
    const token: Token = { key, start, end, capital: isUpper(original[start]), initial };
    if (/(\p{L})\1/u.test(key) && HELD_LETTER.test(original.slice(start, end))) token.collapsed = collapse(key);
    tokens.push(token);
    initial = false;
    i = j;
  }
  return tokens;
}

/** Double letters made single: "idioot" → "idiot". */
export function collapse(word: string): string {
  return word.replace(/(\p{L})\1+/gu, '$1');
}
