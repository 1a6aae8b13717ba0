import { type Mapped, MappedBuilder } from './mapped';

// Invisible characters people (or spam tools) slip between letters to dodge filters: zero-width
// spaces and joiners, word joiner, BOM, soft hyphen, variation selectors, bidi controls.
const INVISIBLE = /[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f\u202a-\u202e\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0]/;

export function removeZeroWidth(input: Mapped): Mapped {
  if (!INVISIBLE.test(input.text)) return input;
  const out = new MappedBuilder(input);
  const { text } = input;
  for (let i = 0; i < text.length; i++) {
    if (!INVISIBLE.test(text[i]!)) out.copy(i);
  }
  return out.build();
}
