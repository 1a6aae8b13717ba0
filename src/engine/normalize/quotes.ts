import { type Mapped, MappedBuilder } from './mapped';

// Typographic punctuation that phones and word processors substitute for the plain forms.
const PLAIN: Record<string, string> = {
  '\u2018': "'", '\u2019': "'", '\u201a': "'", '\u201b': "'", '\u2032': "'", '\u00b4': "'", '`': "'",
  '\u02bc': "'", '\uff07': "'",
  '\u201c': '"', '\u201d': '"', '\u201e': '"', '\u201f': '"', '\u2033': '"', '\u00ab': '"', '\u00bb': '"',
  '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-', '\u2014': '-', '\u2015': '-', '\u2212': '-',
  '\u2026': '...', '\u00a0': ' ', '\u2007': ' ', '\u202f': ' ', '\u3000': ' ', '\u2028': '\n', '\u2029': '\n',
};
const ANY = /[\u2018\u2019\u201a\u201b\u2032\u00b4`\u02bc\uff07\u201c-\u201f\u2033\u00ab\u00bb\u2010-\u2015\u2212\u2026\u00a0\u2007\u202f\u3000\u2028\u2029]/;

export function plainPunctuation(input: Mapped): Mapped {
  if (!ANY.test(input.text)) return input;
  const out = new MappedBuilder(input);
  const { text } = input;
  for (let i = 0; i < text.length; i++) {
    const plain = PLAIN[text[i]!];
    if (plain === undefined) out.copy(i);
    else out.replace(plain, i, i + 1);
  }
  return out.build();
}
