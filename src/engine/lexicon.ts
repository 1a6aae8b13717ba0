import nlp from 'compromise';
import { GIVEN_NAMES } from './phrases/given-names';

/**
 * compromise's own word list, read directly: a cheap way to ask "is this a known first name?" or
 * "is this an ordinary English word?" without parsing a sentence.
 */
const lexicon = (nlp.world() as { model: { one: { lexicon: Record<string, string | string[] | undefined> } } }).model.one.lexicon;

const NAME_TAGS = new Set(['FirstName', 'MaleName', 'FemaleName', 'LastName', 'Person']);
const GIVEN_NAME_TAGS = new Set(['FirstName', 'MaleName', 'FemaleName']);

function tagsOf(word: string): string[] {
  const entry = Object.prototype.hasOwnProperty.call(lexicon, word) ? lexicon[word] : undefined;
  if (entry === undefined) return [];
  return Array.isArray(entry) ? entry : [entry];
}

export type WordKind = 'given-name' | 'surname' | 'word' | 'unknown';

/**
 * Contractions as tokens spell them, without the apostrophe ("I'm" → "im", "Don't" → "dont"): ordinary
 * words compromise's lexicon does not list, which would otherwise pass for names when capitalised.
 */
const CONTRACTION =
  /^(?:(?:i|you|we|they|he|she|it|that|what|there|who|where|here|how|let)(?:m|ve|ll|d|re|s)|(?:do|does|did|is|are|was|were|have|has|had|ca|wo|could|would|should|must|need|might|ai|sha)nt|yall|innit)$/;

/** Verbs from phones and apps, newer than compromise's lexicon: "Emailed his teacher" names nobody. */
const APP_VERB = /^(?:email(?:s|ed|ing)?|whatsapp(?:s|ed|ing)?|facetim(?:e|es|ed|ing)|googl(?:e|es|ed|ing)|snapchatt?(?:s|ed|ing)?|screenshott?(?:s|ed|ing)?|vap(?:e|es|ed|ing)|dm(?:s|d|ed|ing)?)$/;

const GIVEN_NAME_SET: ReadonlySet<string> = new Set(GIVEN_NAMES);

/** What compromise knows about a lower-case word, and the given names it lacks. */
export function wordKind(word: string): WordKind {
  const tags = tagsOf(word);
  if (tags.length === 0) return CONTRACTION.test(word) || APP_VERB.test(word) ? 'word' : GIVEN_NAME_SET.has(word) ? 'given-name' : 'unknown';
  if (tags.some((t) => GIVEN_NAME_TAGS.has(t))) return 'given-name';
  if (tags.some((t) => NAME_TAGS.has(t))) return 'surname';
  return 'word';
}

// Irregular past tense and participle; everything else follows the spelling rules below.
const IRREGULAR: Record<string, string[]> = {
  beat: ['beat', 'beaten'], bite: ['bit', 'bitten'], break: ['broke', 'broken'], bring: ['brought'], buy: ['bought'], catch: ['caught'],
  come: ['came'], cut: ['cut'], deal: ['dealt'], do: ['did', 'done'], drink: ['drank', 'drunk'], fall: ['fell', 'fallen'], feel: ['felt'],
  fight: ['fought'], find: ['found'], fling: ['flung'], forget: ['forgot', 'forgotten'], get: ['got', 'gotten'], give: ['gave', 'given'],
  go: ['went', 'gone'], hang: ['hung', 'hanged'], hide: ['hid', 'hidden'], hit: ['hit'], hold: ['held'], hurt: ['hurt'], keep: ['kept'],
  know: ['knew', 'known'], lay: ['laid'], leave: ['left'], let: ['let'], lie: ['lied'], lose: ['lost'], make: ['made'],
  pay: ['paid'], put: ['put'], ring: ['rang', 'rung'], run: ['ran'], say: ['said'], see: ['saw', 'seen'], sell: ['sold'], send: ['sent'],
  set: ['set'], shake: ['shook', 'shaken'], shoot: ['shot'], shut: ['shut'], sit: ['sat'], sleep: ['slept'], speak: ['spoke', 'spoken'],
  spend: ['spent'], spit: ['spat'], stand: ['stood'], steal: ['stole', 'stolen'], sting: ['stung'], strike: ['struck'], swear: ['swore', 'sworn'],
  sweep: ['swept'], swing: ['swung'], take: ['took', 'taken'], teach: ['taught'], tell: ['told'], think: ['thought'], throw: ['threw', 'thrown'],
  write: ['wrote', 'written'], stick: ['stuck'], win: ['won'], tear: ['tore', 'torn'], wake: ['woke', 'woken'], blow: ['blew', 'blown'],
};

const VOWEL = /[aeiou]/;

/** "hit" → "hitt", "grab" → "grabb": one-syllable consonant-vowel-consonant verbs double the last letter. */
function stem(verb: string): string {
  const doubles = /[^aeiou][aeiou][^aeiouwxy]$/.test(verb) && (verb.match(/[aeiou]+/g) ?? []).length === 1;
  return doubles ? verb + verb[verb.length - 1] : verb;
}

/** Every form of a verb (hit → hits, hitting; steal → stole, stolen), by English spelling rules. */
export function verbForms(verb: string): string[] {
  const forms = new Set([verb]);
  const last = verb[verb.length - 1] ?? '';
  const consonantY = /[^aeiou]y$/.test(verb);
  forms.add(consonantY ? `${verb.slice(0, -1)}ies` : /(s|x|z|ch|sh|o)$/.test(verb) ? `${verb}es` : `${verb}s`);
  if (verb.endsWith('ie')) forms.add(`${verb.slice(0, -2)}ying`);
  else if (last === 'e' && !/(ee|ye|oe)$/.test(verb)) forms.add(`${verb.slice(0, -1)}ing`);
  else forms.add(`${stem(verb)}ing`);
  const irregular = IRREGULAR[verb];
  if (irregular) for (const form of irregular) forms.add(form);
  else if (consonantY) forms.add(`${verb.slice(0, -1)}ied`);
  else if (last === 'e') forms.add(`${verb}d`);
  else forms.add(`${stem(verb)}ed`);
  if (!VOWEL.test(verb)) return [verb];
  return [...forms];
}
