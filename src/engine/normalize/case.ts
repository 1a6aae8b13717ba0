import { type Mapped, MappedBuilder } from './mapped';

export function foldCase(input: Mapped): Mapped {
  const { text } = input;
  const lower = text.toLowerCase();
  // Almost always the same length; the exceptions (e.g. 'İ') are mapped one unit at a time.
  if (lower.length === text.length) return { text: lower, start: input.start, end: input.end };
  const out = new MappedBuilder(input);
  for (let i = 0; i < text.length; i++) out.replace(text[i]!.toLowerCase(), i, i + 1);
  return out.build();
}
