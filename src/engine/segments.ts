/**
 * Splits a draft into segments (sentences and lines) with their offsets. A boundary depends only on
 * the characters around it, so an edit changes only the segments it touches and the rest are found
 * again in the cache.
 */
export interface Segment {
  start: number;
  end: number;
}

/** Longer runs without a sentence end are cut here, keeping each segment's work bounded. */
export const MAX_SEGMENT = 600;
const ABBREVIATIONS = new Set(['mr', 'mrs', 'ms', 'mx', 'dr', 'st', 'prof', 'etc', 'vs', 'eg', 'ie', 'no', 'miss', 'sr', 'jr']);

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 0xa0 || code === 0x2028 || code === 0x2029;
}

function isLetter(char: string | undefined): boolean {
  return char !== undefined && /\p{L}/u.test(char);
}

/** The word ending just before `at`, lower-cased, dots removed ("e.g" → "eg"). */
function wordBefore(text: string, at: number): string {
  let i = at;
  while (i > 0 && (isLetter(text[i - 1]) || text[i - 1] === '.') && at - i < 12) i--;
  return text.slice(i, at).replace(/\./g, '').toLowerCase();
}

/** Whether the "." or "!" or "?" at `from` ends a sentence, rather than an abbreviation ("Mrs.", "Tyler B."). */
function isSentenceEnd(text: string, from: number): boolean {
  if (text[from] !== '.') return true;
  const word = wordBefore(text, from);
  return !(ABBREVIATIONS.has(word) || (word.length === 1 && /\p{Lu}/u.test(text[from - 1] ?? '')));
}

export function splitSegments(text: string): Segment[] {
  const segments: Segment[] = [];
  let start = 0;
  const close = (end: number) => {
    if (end > start) segments.push({ start, end });
    start = end;
  };
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 10) {
      close(i + 1);
      continue;
    }
    if (code === 46 || code === 33 || code === 63) {
      let j = i + 1;
      while (j < text.length && (text[j] === '.' || text[j] === '!' || text[j] === '?')) j++;
      if (j < text.length && isSpace(text.charCodeAt(j)) && text.charCodeAt(j) !== 10 && isSentenceEnd(text, i)) {
        while (j < text.length && isSpace(text.charCodeAt(j)) && text.charCodeAt(j) !== 10) j++;
        close(j);
      }
      i = j - 1;
      continue;
    }
    if (i - start >= MAX_SEGMENT) close(cutPoint(text, start, i));
  }
  close(text.length);
  return segments;
}

/** A cut for an over-long segment: after the last space in its second half, never inside a surrogate pair. */
function cutPoint(text: string, start: number, at: number): number {
  for (let i = at; i > start + MAX_SEGMENT / 2; i--) if (isSpace(text.charCodeAt(i - 1))) return i;
  const code = text.charCodeAt(at - 1);
  return code >= 0xd800 && code <= 0xdbff ? at + 1 : at;
}
