import { type Mapped, MappedBuilder } from './mapped';

// Look-alike letters from other scripts that NFKD does not fold to Latin.
const LOOK_ALIKES: Record<string, string> = {
  а: 'a', в: 'b', е: 'e', ё: 'e', к: 'k', м: 'm', н: 'h', о: 'o', р: 'p', с: 'c', т: 't', у: 'y',
  х: 'x', ѕ: 's', і: 'i', ї: 'i', ј: 'j', ԁ: 'd', ԛ: 'q', ԝ: 'w', һ: 'h', ո: 'n', ս: 'u', ɡ: 'g',
  А: 'A', В: 'B', Е: 'E', К: 'K', М: 'M', Н: 'H', О: 'O', Р: 'P', С: 'C', Т: 'T', Х: 'X', І: 'I',
  Ѕ: 'S', Ј: 'J', α: 'a', β: 'b', ε: 'e', ι: 'i', κ: 'k', ν: 'v', ο: 'o', ρ: 'p', τ: 't', υ: 'u',
  χ: 'x', Α: 'A', Β: 'B', Ε: 'E', Ζ: 'Z', Η: 'H', Ι: 'I', Κ: 'K', Μ: 'M', Ν: 'N', Ο: 'O', Ρ: 'P',
  Τ: 'T', Υ: 'Y', Χ: 'X', ß: 'ss', æ: 'ae', Æ: 'AE', ø: 'o', Ø: 'O', ł: 'l', Ł: 'L', đ: 'd',
  ı: 'i', ɪ: 'i', ʏ: 'y', ᴀ: 'a', ʙ: 'b', ᴄ: 'c', ᴅ: 'd', ᴇ: 'e', ɢ: 'g', ʜ: 'h', ᴊ: 'j', ᴋ: 'k',
  ʟ: 'l', ᴍ: 'm', ɴ: 'n', ᴏ: 'o', ᴘ: 'p', ʀ: 'r', ꜱ: 's', ᴛ: 't', ᴜ: 'u', ᴠ: 'v', ᴡ: 'w', ᴢ: 'z',
};

const MARK = /\p{M}/u;
const MARKS = /\p{M}/gu;
const PRINTABLE_ASCII = /^[\x20-\x7e]+$/;
const folded = new Map<string, string>();

/** Latin look-alike of one non-ASCII code point, '' for a combining mark, or the point itself. */
function fold(char: string): string {
  const known = folded.get(char);
  if (known !== undefined) return known;
  let out = LOOK_ALIKES[char];
  if (out === undefined) {
    if (MARK.test(char)) out = '';
    else {
      // NFKD covers accents, full-width forms, ligatures and the maths alphabets (𝐟𝐮𝐜𝐤).
      const decomposed = char.normalize('NFKD').replace(MARKS, '');
      out = decomposed.length > 0 && decomposed.length <= 3 && PRINTABLE_ASCII.test(decomposed) ? decomposed : char;
    }
  }
  if (folded.size < 4096) folded.set(char, out);
  return out;
}

export function foldConfusables(input: Mapped): Mapped {
  const { text } = input;
  let plain = true;
  for (let i = 0; i < text.length && plain; i++) plain = text.charCodeAt(i) < 0x80;
  if (plain) return input;
  const out = new MappedBuilder(input);
  for (let i = 0; i < text.length; ) {
    const code = text.charCodeAt(i);
    if (code < 0x80) {
      out.copy(i);
      i++;
      continue;
    }
    const point = text.codePointAt(i)!;
    const width = point > 0xffff ? 2 : 1;
    const char = text.slice(i, i + width);
    const replacement = fold(char);
    if (replacement === char) out.copy(i, i + width);
    else out.replace(replacement, i, i + width);
    i += width;
  }
  return out.build();
}
