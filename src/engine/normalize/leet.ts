import { type Mapped, MappedBuilder, type Normalizer } from './mapped';

// Letters people swap for digits and symbols: sh1t, k!ll, c0w, tw@t, $hit.
const LEET: Record<string, string> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '@': 'a', $: 's', '!': 'i', '|': 'l', '+': 't', '€': 'e' };
// The other reading of the ambiguous ones: 1 and ! are l as often as i (l1ar, 1oser).
const LEET_ALT: Record<string, string> = { ...LEET, '1': 'l', '!': 'l', '|': 'i' };
const MASKED = /[*#?%]/;
const SYMBOL = /[^a-z0-9]/;
const RUN = /[a-z0-9@$!|+€*#?%]+/g;
const LETTER = /[a-z]/;
const EDGE_PUNCTUATION = /^[!|+?%#]+|[!|+?%#]+$/g;

export interface LeetVocabulary {
  /** Every word form the phrase lists can match: a decoded word is kept only when it is one of them. */
  words: ReadonlySet<string>;
  /** Words people mask with symbols (f*ck, c**t), tried in order. */
  masked: readonly string[];
}

function decode(core: string, table: Record<string, string>): string {
  let out = '';
  for (const char of core) out += table[char] ?? char;
  return out;
}

function unmask(core: string, masked: readonly string[]): string | undefined {
  // Each symbol stands for one letter; a run of asterisks may hide a few more (f*k, f***ing).
  const source = core.replace(/[^a-z]+/g, (run) => (run.includes('*') ? `[a-z]{${run.length},${run.length + 2}}` : `[a-z]{${run.length}}`));
  const pattern = new RegExp(`^${source}$`);
  let best: string | undefined;
  for (const word of masked) {
    if (pattern.test(word) && (best === undefined || Math.abs(word.length - core.length) < Math.abs(best.length - core.length))) best = word;
  }
  return best;
}

function resolve(core: string, vocabulary: LeetVocabulary): string | undefined {
  const { words, masked } = vocabulary;
  if (!MASKED.test(core)) {
    const primary = decode(core, LEET);
    if (words.has(primary)) return primary;
    const alternative = decode(core, LEET_ALT);
    if (words.has(alternative)) return alternative;
  }
  // Digits alone are only ever leet for the words above ("Tyler2", "10am" are left as typed).
  return SYMBOL.test(core) ? unmask(core, masked) : undefined;
}

export function createLeetNormalizer(vocabulary: LeetVocabulary): Normalizer {
  return (input: Mapped): Mapped => {
    const { text } = input;
    let out: MappedBuilder | undefined;
    let copied = 0;
    for (const run of text.matchAll(RUN)) {
      const raw = run[0];
      if (/^[a-z]+$/.test(raw)) continue;
      const lead = raw.length - raw.replace(/^[!|+?%#]+/, '').length;
      const core = raw.replace(EDGE_PUNCTUATION, '');
      if (core.length < 3 || core.length > 24 || !LETTER.test(core) || /^[a-z]+$/.test(core)) continue;
      const word = resolve(core, vocabulary);
      if (word === undefined) continue;
      const from = run.index + lead;
      out ??= new MappedBuilder(input);
      out.copy(copied, from);
      if (word.length === core.length) {
        for (let k = 0; k < word.length; k++) out.replace(word[k]!, from + k, from + k + 1);
      } else out.replace(word, from, from + core.length);
      copied = from + core.length;
    }
    if (!out) return input;
    out.copy(copied, text.length);
    return out.build();
  };
}
