import { type Mapped, MappedBuilder } from './mapped';

/**
 * "soooo", "idiooooot", "fuuuuck": a letter three or more times in a row becomes two, keeping real
 * double letters (kill, bull). The matcher also tries such words with doubles made single.
 */
export function squashRepeats(input: Mapped): Mapped {
  const { text } = input;
  let out: MappedBuilder | undefined;
  let copied = 0;
  for (let i = 0; i < text.length; ) {
    const char = text[i]!;
    let j = i + 1;
    while (j < text.length && text[j] === char) j++;
    if (j - i >= 3 && char >= 'a' && char <= 'z') {
      out ??= new MappedBuilder(input);
      out.copy(copied, i + 1);
      out.replace(char, i + 1, j);
      copied = j;
    }
    i = j;
  }
  if (!out) return input;
  out.copy(copied, text.length);
  return out.build();
}
