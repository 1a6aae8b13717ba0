import nlp from 'compromise';
import { wordKind } from './lexicon';
import type { Hit, PhraseMatcher } from './matcher';
import type { Mapped } from './normalize';
import { FAMOUS_PEOPLE, GIVEN_NAMES_THAT_ARE_WORDS, type PeopleKind, type PhraseCategory, type PhraseData, STAFF_ROLE_STARTS, TITLES } from './phrases';
import { isReadCategory } from './reader';
import { segmentFeatures } from './reader/features';
import { mentionStands, type SchoolMention } from './school-index';
import { isNameInitial, type Token, tokenize } from './tokenize';

/** A span of a segment, in offsets from the segment's start. */
export interface Span {
  start: number;
  end: number;
}
export interface PhraseFact extends Span {
  category: PhraseCategory;
  /** Counts only when the draft also voices a grievance. */
  needsGrievance: boolean;
  /** A threat in everyday exaggeration, unless the draft says it is meant (RuleContext.phrases). */
  exaggerated: Exaggeration;
}
/** 'anywhere': of family or a pet; 'outside-school': the writer's, of someone else, in a draft not about a school. */
export type Exaggeration = 'anywhere' | 'outside-school' | false;
export interface StaffFact extends Span {
  /** Index in the config's staff list; undefined for a teacher named by title the config does not list. */
  member?: number;
}
export interface SchoolNameFact extends Span {
  /** A shortened name that is also a place ("Cambois", "Stoke Poges"). */
  weak: boolean;
}
export interface NameFact extends Span {
  key: string;
}

/** What one segment says, worked out once and cached by its text. Offsets are segment-relative. */
export interface SegmentFacts {
  phrases: PhraseFact[];
  schoolNames: SchoolNameFact[];
  staff: StaffFact[];
  /** Possible names of people, each with its key so mentions elsewhere can be linked. */
  names: NameFact[];
  /** Names this segment shows to be a child at school ("Tyler B in Year 4", "that Kowalski boy"). */
  children: NameFact[];
  /** Names given in full, thanked or congratulated: classmates in a draft already about the school, unless shown to be someone else. */
  ifAboutSchool: NameFact[];
  /** Names this segment shows to be the parent's own child, or a grown-up. */
  notChildren: string[];
  /** Mentions of the classmates' names the parent listed (`createEngine(school, { childNames })`). */
  knownChildren: NameFact[];
  /** What the reader model sees of this segment (reader/features.ts). */
  features: string[];
  /** From the first word to the last; null when the segment has no words. */
  words: Span | null;
  /** Harm told here as a joke ("I'll kill him 😂"), which the lists let pass and the reader may not overrule. */
  jested: boolean;
  /** The school is named here only as a place ("the road down to Cambois School", "walks home from Alsop"), its staff not at all. */
  schoolAsPlace: boolean;
}

export interface Matchers {
  normalize: (text: string) => Mapped;
  /** Misspellings to the words the lists use (phrases/index.ts). */
  typos: ReadonlyMap<string, string>;
  phrases: PhraseMatcher<PhraseData<PhraseCategory>>;
  people: PhraseMatcher<PhraseData<PeopleKind>>;
  school: PhraseMatcher<SchoolMention>;
  /** Listed classmates' names, normalised key → whether it is also an everyday word (then only counted capitalised). */
  childNames?: ReadonlyMap<string, boolean>;
}

const TITLE_SET: ReadonlySet<string> = new Set(TITLES);
/** A laughing marker in the same sentence. */
const LAUGH = /😂|🤣|😆|😅|🙈|🤦|🙃|😘|\bxx?$|\b(lol|lmao|lmfao|rofl|haha\w*|hehe\w*|jk|only joking|joking|laughing|laughed)\b/iu;
/** A pet or a video game in the sentence: "if I don't kill him the vet bill will 🐶", "he was going to kill his villager in Minecraft". */
const PLAY = /🐶|🐕|🐱|🐈|\b(dog|puppy|kitten|spaniel|cockapoo|labrador|hamster|vet bill|minecraft|fortnite|fifa|roblox|call of duty|among us|xbox|ps5|playstation|mario kart|villager)\b/iu;
/** Family, a pet or a boss: "husband forgot the packed lunch, I'm going to kill him", "I'll strangle that bird". */
const HOME = /\b((my|our|me) )?(dh|dp|dw|husband|hubby|wife|other half|mil|ds|dd)\b|\b(my|our|me) (partner|son|daughter|kids|boy|girl|lad|mum|mam|dad|sister|brother|boss|manager)\b|\b(cat|dog|parrot|budgie|bird)\b/iu;
/** What a verb of harm is aimed at when it is a pronoun: someone named before it in the sentence. */
const PRONOUNS: ReadonlySet<string> = new Set(['him', 'her', 'them', 'it']);
/** The writer as the one who would do it. */
const FIRST_PERSON: ReadonlySet<string> = new Set(['i', "i'll", 'ill', "i'm", 'im', "i'd", 'id', 'we', "we'll", "we're", 'were']);

/** Verbs people use as exaggeration about their own family ("I could kill him", "I'll murder them"). */
const HYPERBOLE: ReadonlySet<string> = new Set(['kill', 'killing', 'killed', 'murder', 'murdering', 'strangle', 'strangling', 'throttle', 'throttling', 'wring', 'dead', 'end', 'bloodbath']);
/** "Whoever designed this junction wants shooting": a figure of speech for blame, meant only where it may be of someone at school. */
const WANTS_SHOOTING = /^(wants|want|needs|need) shooting$/;
/** Words that report a slur someone else used, rather than using it: "called his friend a 'gypo'". */
const REPORTING = /\b(call|calls|called|calling|shout|shouted|shouting|yell|yelled|say|said|says|saying|use|used|using|word|words|heard|sprayed|spray painted|wrote|written|scrawled|graffiti)\b/i;
const QUOTE = /['"‘’“”]/;
const REPORTED: ReadonlySet<string> = new Set(['threat', 'hate', 'abuse']);
/** Someone else's words reported: "a mum said", "someone posted", "a lad kept calling" (the writer's own "I said" is not). */
const REPORTED_BY_OTHER = /(?<!\b(?:i|we|i've|ive|we've|weve|i'd|id)\s+)\b(said|says|saying|posted|posting|wrote|written|comment|commented|commenting|remark|remarked|messaged|called|calling|shouted|shouting|told|telling)\b/i;

/** Stretches in quotation marks: a mark after a space opens, one before a space or punctuation closes ("I'll", "kids'" do neither). */
function quotedStretches(text: string): Span[] {
  const out: Span[] = [];
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    if (!QUOTE.test(text[i]!)) continue;
    const before = text[i - 1];
    const after = text[i + 1];
    if (open < 0 && (before === undefined || /[\s([]/.test(before)) && after !== undefined && !/\s/.test(after)) open = i;
    else if (open >= 0 && before !== undefined && !/\s/.test(before) && (after === undefined || /[\s.,!?;:)\]…-]/.test(after))) {
      out.push({ start: open, end: i + 1 });
      open = -1;
    }
  }
  return out;
}
/**
 * Whether a quoted word ends its clause (`at` just past the closing quote): a sneer does ("before it got
 * 'diverse'.", "is now 'they' but…"); a label names the thing after it ("the 'diverse' food stall").
 */
const CLAUSE_GOES_ON = /^\s*[\p{Ll}\p{Lu}]/u;
const CLAUSE_JOINER = /^\s*(?:but|and|so|or|now|then|lol|apparently|anymore|any more|is|are|was|were|has|have|had|innit)\b/iu;
const closesClause = (text: string, at: number): boolean => {
  const rest = text.slice(at, at + 24);
  return !CLAUSE_GOES_ON.test(rest) || CLAUSE_JOINER.test(rest);
};

/** One word, not an adverb: what a child or a rumour called it ("'grabbed'", "'shouted'"). */
const QUOTED_VERB = /^[\p{L}-]+(?<!ly)$/u;

/** What a word in scare quotes counts as. */
const SCARE_QUOTED = { doubted: 'allegation', sneered: 'hate' } as const;
/** Whether a span is all of a stretch in quotation marks: "'lost'", "“training”", "'gypo'". */
const quotedExactly = (text: string, span: Span): boolean => QUOTE.test(text[span.start - 1] ?? '') && QUOTE.test(text[span.end] ?? '');

/** compromise is only asked about segments up to this long; longer ones rely on the lexicon. */
const MAX_PARSE = 2000;

function span(tokens: readonly Token[], from: number, to: number): Span {
  return { start: tokens[from]!.start, end: tokens[to - 1]!.end };
}

/** Staff named by a title and a name: "Mrs Okafor", "mr baker", "Miss J". */
function titledStaff(tokens: readonly Token[]): Span[] {
  const found: Span[] = [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    const title = tokens[i]!.key;
    const next = tokens[i + 1]!;
    // "Sir I am not harmless": the pronoun after a title is no initial.
    if (!TITLE_SET.has(title) || next.key.length === 0 || next.key === 'i') continue;
    const kind = wordKind(next.key);
    // "sir" and "miss" are also ordinary words; they need a capitalised name after them, or an initial
    // typed in lower case ("miss q is a proper div"), though not one that is a word ("miss u").
    const strongTitle = title !== 'sir' && title !== 'miss' && title !== 'madam';
    const letter = next.key.length === 1 && /[b-hj-tv-z]/.test(next.key);
    if (next.capital || letter || (strongTitle && kind !== 'word')) {
      const surname = tokens[i + 2];
      const to = surname && surname.capital && wordKind(surname.key) !== 'word' && next.capital ? i + 3 : i + 2;
      found.push(span(tokens, i, to));
      i = to - 1;
    }
  }
  return found;
}

function overlaps(a: Span, list: readonly Span[]): boolean {
  return list.some((b) => a.start < b.end && b.start < a.end);
}

/** Forum shorthand for family members (dear husband, darling son, mother-in-law…): capitals, but never names. */
const FAMILY_SHORTHAND = new Set(['dh', 'dp', 'ds', 'dd', 'dc', 'dcs', 'dss', 'dsd', 'dt', 'dts', 'ds1', 'ds2', 'dd1', 'dd2', 'oh', 'mil', 'fil', 'sil', 'bil', 'pil', 'pils', 'exh', 'xh', 'dm', 'df', 'dsis', 'db']);

/** Words typed with a capital that are never a person's name: school shorthand, notices, peoples and faiths, sites and shops, the calendar. */
const NEVER_NAMES = new Set([
  'ta', 'tas', 'sen', 'send', 'senco', 'slt', 'dsl', 'pe', 'dt', 'it', 'ict', 're', 'rs', 'pshe', 'rshe', 'pta', 'hoy', 'nqt', 'ect', 'ehcp', 'sats',
  'gcse', 'gcses', 'ofsted', 'fsm', 'asd', 'adhd', 'ot', 'salt', 'camhs', 'lado', 'la', 'reception', 'nursery', 'reminder', 'update', 'fyi', 'psa', 'shoutout',
  'hindu', 'muslim', 'sikh', 'jewish', 'christian', 'catholic', 'anglican', 'methodist', 'buddhist', 'polish', 'romanian', 'geordie', 'scouse',
  'scouser', 'brummie', 'cockney', 'welsh', 'scottish', 'irish', 'english', 'british', 'asian', 'african', 'nigerian', 'pakistani', 'indian',
  'chinese', 'roma', 'traveller', 'eastern', 'european',
  // Sites, apps and shops parents name, which compromise does not know.
  'mumsnet', 'netmums', 'whatsapp', 'tiktok', 'snapchat', 'instagram', 'insta', 'amazon', 'asda', 'aldi', 'lidl', 'primark', 'sainsburys', 'morrisons',
  'parentpay', 'parentmail', 'schoolcomms', 'classdojo', 'dojo', 'seesaw', 'tapestry', 'arbor', 'edulink', 'sparx', 'mymaths', 'mp', 'mps',
  // Months and days that are nobody's name (April, May, June and August can be).
  'january', 'february', 'march', 'september', 'october', 'november', 'december',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
]);

/** Marks words that may be someone's name: a known name, or an unknown word typed with a capital. */
function markNames(text: string, tokens: Token[], taken: readonly Span[]): void {
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.key.length < 2 || TITLE_SET.has(token.key) || FAMILY_SHORTHAND.has(token.key) || FAMILY_SHORTHAND.has(token.key.replace(/s$/, '')) || NEVER_NAMES.has(token.key) || overlaps(token, taken) || /\d/.test(token.key)) continue;
    if (i > 0 && TITLE_SET.has(tokens[i - 1]!.key)) continue;
    const kind = wordKind(token.key);
    // "a buddy from Year 9", "the rose garden": a name typed in lower case after an article is a word.
    if (!token.capital && i > 0 && ARTICLES.has(tokens[i - 1]!.key)) continue;
    token.name = kind === 'given-name' || kind === 'surname' || (kind === 'unknown' && token.capital);
  }
  // "Communication from his form tutor…", "Blazer from Y7…": a word the lexicon does not know, capitalised only
  // because it starts the sentence, is a name only as someone's ("Ottilie's mum"), spoken to, beside another
  // name or an initial ("Jaxon Reilly", "Jaxon R"), or given a role at school ("Kev the caretaker").
  for (let i = 0; i < tokens.length; i++) {
    const [token, next] = [tokens[i]!, tokens[i + 1]];
    if (!token.name || !token.initial || wordKind(token.key) !== 'unknown' || POSSESSIVE.test(text.slice(token.start, token.end))) continue;
    // Not an adverb the lexicon lacks: "Honestly the head…".
    const role = next?.key === 'the' && STAFF_ROLE_STARTS.has(tokens[i + 2]?.key ?? '') && !token.key.endsWith('ly');
    if (!next || !(next.name || isNameInitial(next) || AFTER_NAME.has(next.key) || role)) token.name = false;
  }
  // "Poppy Clarke", "Poppy M", "our Daisy": an everyday word typed with a capital just before a name or
  // an initial, or just after the "our" that introduces a family member, is a given name.
  for (let i = tokens.length - 1; i >= 0; i--) {
    const [before, token, next] = [tokens[i - 1], tokens[i]!, tokens[i + 1]];
    if (!token.capital || !WORD_NAMES.has(token.key) || overlaps(token, taken)) continue;
    const initialNext = next !== undefined && isNameInitial(next) && next.key !== 'i';
    if ((next?.name && next.capital) || initialNext || (before && FAMILY_OUR.has(before.key))) token.name = true;
  }
  // "Mary Seacole", "Henry VIII": someone everyone knows, or a monarch, is no one's classmate.
  for (let i = 0; i + 1 < tokens.length; i++) {
    const [token, next] = [tokens[i]!, tokens[i + 1]!];
    if (!token.name && !next.name) continue;
    if (FAMOUS.has(`${token.key} ${next.key}`) || FAMOUS.has(`${token.key} ${next.key.replace(/s$/, '')}`)) token.name = next.name = false;
    else if (token.name && REGNAL.test(next.key)) token.name = false;
  }
  // "Poppy Burn", "Harvey Wood": an everyday word typed with a capital one space after a first name is a surname.
  for (let i = 1; i < tokens.length; i++) {
    const [before, token] = [tokens[i - 1]!, tokens[i]!];
    if (!token.capital || token.name || !before.capital || !isGivenName(before) || text.slice(before.end, token.start) !== ' ') continue;
    if (NOT_FIRST_NAMES.has(before.key) || NOT_FIRST_NAMES.has(tokens[i - 2]?.key ?? '') || NOT_SURNAMES.has(token.key)) continue;
    if (wordKind(token.key) === 'word' && !NEVER_NAMES.has(token.key) && !overlaps(token, taken)) token.name = true;
  }
}

const WORD_NAMES: ReadonlySet<string> = new Set(GIVEN_NAMES_THAT_ARE_WORDS);
const POSSESSIVE = /['’]s$/i;
/** Words after a first word that make it a name: someone's family ("Ottilie mum said…", "Brody and his brother"), or someone spoken to ("Gaz you absolute melt"). */
const AFTER_NAME: ReadonlySet<string> = new Set(['mum', 'mam', 'mom', 'mummy', 'dad', 'daddy', 'nan', 'sister', 'brother', 'family', 'and', 's', 'you', 'u', 'ya']);
const FAMOUS: ReadonlySet<string> = new Set(FAMOUS_PEOPLE);
/** The numeral after a monarch's name ("Henry VIII", "Edward VII"); not "I", which is the pronoun as often. */
const REGNAL = /^(?:ii|iii|iv|vi|vii|viii|ix)$/;
const ARTICLES: ReadonlySet<string> = new Set(['a', 'an', 'the', 'this', 'that']);
/** Names of the sacred and of roles in a play, which a capitalised word after them does not make a surname ("Jesus Shine", "Angel Number 4"). */
const NOT_FIRST_NAMES: ReadonlySet<string> = new Set(['jesus', 'christ', 'god', 'angel', 'king', 'queen', 'saint', 'st']);
/** What follows a name to make an event or a house, not a surname ("St George's Day", "Nightingale House"). */
const NOT_SURNAMES: ReadonlySet<string> = new Set(['day', 'days', 'week', 'night', 'month', 'fair', 'festival', 'party', 'show', 'cup', 'trophy', 'award', 'house', 'school', 'club']);
/** How parents introduce one of their own family by name, in dialect too ("our Daisy", "wor Ruby"). */
const FAMILY_OUR: ReadonlySet<string> = new Set(['our', 'wor', 'oor']);

/** A first name: one compromise knows, or an everyday word marked as a name before a surname. */
const isGivenName = (token: Token): boolean => wordKind(token.key) === 'given-name' || (token.name === true && WORD_NAMES.has(token.key));

/** Phrase categories that say who or where, which a school's or staff member's name may make up alone. */
const WHO_AND_WHERE: ReadonlySet<PhraseCategory> = new Set(['school', 'target', 'pronoun', 'bystander', 'elsewhere']);

function onlyNames(tokens: readonly Token[], hit: Hit<unknown>): boolean {
  for (let i = hit.from; i < hit.to; i++) if (!tokens[i]!.staff && !tokens[i]!.school) return false;
  return true;
}

/** Token index of the first name-marked word in a hit. */
function nameIn(tokens: readonly Token[], hit: Hit<unknown>): number {
  for (let i = hit.from; i < hit.to; i++) if (tokens[i]!.name) return i;
  return -1;
}

/** compromise's view: is the word at this offset a noun (a name) rather than a verb or adjective? */
function parsedAsName(text: string, offsets: readonly number[]): Set<number> {
  const confirmed = new Set<number>();
  if (text.length > MAX_PARSE) return confirmed;
  const terms = nlp(text).terms().json({ offset: true }) as { terms: { tags: string[]; offset: { start: number } }[] }[];
  for (const { terms: [term] } of terms) {
    if (term && offsets.includes(term.offset.start) && term.tags.includes('Noun')) confirmed.add(term.offset.start);
  }
  return confirmed;
}

/** A threat or accusation in a verb people exaggerate with: told as a joke, it is neither. */
function jestingHarm(tokens: readonly Token[], hit: Hit<PhraseData<PhraseCategory>>): boolean {
  return (hit.data.kind === 'threat' || hit.data.kind === 'allegation') && tokens.slice(hit.from, hit.to).some((t) => HYPERBOLE.has(t.key));
}

/** How far before the verb the writer may be named ("I could honestly, truly throttle him"). */
const WRITER_REACH = 5;
/** How far after a threat's words its verb may come. */
const VERB_AFTER = 4;
/** How far after the verb its object may be named ("kill my husband", "strangle that bird"). */
const OBJECT_REACH = 3;

/**
 * Whether a threat is everyday exaggeration: a verb people exaggerate with, aimed at family, a pet or a
 * boss ('anywhere'), or said by the writer of someone not addressed as "you" ("I could kill that ref":
 * 'outside-school', since said of a teacher it may be meant).
 */
function exaggeration(text: string, tokens: readonly Token[], hit: Hit<unknown>, schoolHere: boolean): Exaggeration {
  if (WANTS_SHOOTING.test(tokens.slice(hit.from, hit.to).map((t) => t.key).join(' '))) return 'outside-school';
  let verb = -1;
  // The verb may follow a threat's opening ("if this cat brings one more mouse in, I | will strangle her").
  for (let i = hit.from; i < Math.min(tokens.length, hit.to + VERB_AFTER); i++) {
    const key = tokens[i]!.key;
    if (key === 'you' || key === 'u' || key === 'ya' || key === 'your') return false;
    if (verb < 0 && (HYPERBOLE.has(key) || key === 'fire')) verb = i;
  }
  if (verb < 0) return false;
  const object = tokens.slice(verb + 1, verb + 1 + OBJECT_REACH);
  const atHome =
    !schoolHere &&
    (HOME.test(object.map((t) => t.key).join(' ')) || (PRONOUNS.has(object[0]?.key ?? '') && HOME.test(text.slice(0, tokens[verb]!.start))));
  if (atHome) return 'anywhere';
  for (let i = Math.max(0, verb - WRITER_REACH); i < verb; i++) if (FIRST_PERSON.has(tokens[i]!.key)) return 'outside-school';
  return false;
}

const ME: ReadonlySet<string> = new Set(['me', 'myself', 'im', "i'm"]);
/** How far before an insult "me" makes the writer its target ("called me a total divvy"). */
const ME_REACH = 3;

/** An insult aimed at the writer, at the writer's own family, or at a friend addressed by first name ("Shaz you daft cow"). */
function teasing(tokens: readonly Token[], hit: Hit<unknown>, schoolHere: boolean): boolean {
  for (let i = Math.max(0, hit.from - ME_REACH); i < hit.from; i++) if (ME.has(tokens[i]!.key)) return true;
  if (tokens.length > 1 && tokens[0]!.name === true && tokens[1]!.key === 'you' && hit.from >= 1) return true;
  // "Our Ollie is a complete muppet 🙈": the writer's own child, the only one named, and no one at school.
  const ours = tokens.findIndex((t, i) => i > 0 && t.name === true && FAMILY_OUR.has(tokens[i - 1]!.key));
  return !schoolHere && ours >= 0 && ours < hit.from && tokens.every((t, i) => !t.name || i === ours);
}
/** Menace without a word of harm, which laughter makes a joke among friends: "I know where you live 😂, will drop it round". */
const MENACE_IDIOM = /\b(know where (you|u|ya) (live|lives)|(you've|youve|you have|you've all|you have all) been warned|watch this space)\b/iu;

/**
 * Whether a finding in a laughing sentence is the joke: the everyday exaggeration of harm ("I could kill
 * him 😂", "nearly killed her 😂"; a beating is no joke), and, with no one at school named, menace among
 * friends or an insult of a friend, the writer or their own child ("Gaz you absolute melt 😂").
 */
function joking(text: string, tokens: readonly Token[], hit: Hit<PhraseData<PhraseCategory>>, staffHere: boolean, schoolHere: boolean): boolean {
  if (jestingHarm(tokens, hit)) return true;
  if (staffHere) return false;
  if (hit.data.kind === 'abuse') return teasing(tokens, hit, schoolHere);
  return hit.data.kind === 'threat' && MENACE_IDIOM.test(text.slice(tokens[hit.from]!.start, tokens[hit.to - 1]!.end));
}

/** Words before a place that a journey or a position is about. */
const TO_A_PLACE: ReadonlySet<string> = new Set(['to', 'from', 'at', 'near', 'outside', 'past', 'towards', 'into', 'opposite', 'behind']);

/** Words after the school's name that make it the setting, not the subject: "the Smithdon buses", "the Alsop car park". */
const SETTING_AFTER: ReadonlySet<string> = new Set(['bus', 'buses', 'gate', 'gates', 'run', 'catchment', 'crossing', 'traffic', 'drop', 'pick', 'car', 'uniform']);

/**
 * Whether every mention is preceded by a word that makes it a place, or by a mention that is one ("to Fixture Lane
 * School"), or followed by one that makes it the setting ("the Smithdon buses").
 */
function onlyAsPlace(tokens: readonly Token[], mentions: readonly Span[]): boolean {
  if (mentions.length === 0) return false;
  const places = new Set<number>();
  for (const m of [...mentions].sort((a, b) => a.start - b.start)) {
    const at = tokens.findIndex((t) => t.start === m.start);
    // "at the Stoke Poges School PTA quiz": the article does not stop the place word before it counting.
    const before = tokens[at - 1]?.key === 'the' ? tokens[at - 2] : tokens[at - 1];
    const after = tokens.find((t) => t.start >= m.end);
    if (after && SETTING_AFTER.has(after.key)) {
      places.add(m.end);
      continue;
    }
    if (!before || !(TO_A_PLACE.has(before.key) || places.has(before.end))) return false;
    places.add(m.end);
  }
  return true;
}

export function analyzeSegment(text: string, matchers: Matchers): SegmentFacts {
  const tokens = tokenize(matchers.normalize(text), text, matchers.typos);
  const schoolNames: SchoolNameFact[] = [];
  const staff: StaffFact[] = [];
  for (const hit of matchers.school.find(tokens)) {
    if (!mentionStands(hit.data, tokens, hit.from, hit.to)) continue;
    if (hit.data.kind === 'school') schoolNames.push({ weak: hit.data.weak, ...span(tokens, hit.from, hit.to) });
    else staff.push({ member: hit.data.member, ...span(tokens, hit.from, hit.to) });
  }
  for (const titled of titledStaff(tokens)) if (!overlaps(titled, staff)) staff.push(titled);
  for (const token of tokens) {
    token.staff = overlaps(token, staff) && !TITLE_SET.has(token.key);
    token.school = overlaps(token, schoolNames);
  }
  markNames(text, tokens, [...schoolNames, ...staff]);
  const knownChildren: NameFact[] = [];
  if (matchers.childNames && matchers.childNames.size > 0) {
    for (const token of tokens) {
      const everyday = matchers.childNames.get(token.key);
      if (everyday === undefined || token.staff || token.school) continue;
      // "Will", "Grace": only typed with a capital, and not where any first word has one.
      if (everyday && (!token.capital || token.initial)) continue;
      knownChildren.push({ key: token.key, start: token.start, end: token.end });
    }
  }

  const excused: PhraseData<PhraseCategory>[] = [];
  const hits = matchers.phrases.find(tokens, excused);
  const inJest = LAUGH.test(text) || PLAY.test(text);
  const schoolHere = staff.length > 0 || schoolNames.length > 0 || hits.some((hit) => hit.data.kind === 'target');
  // Quoted stretches matter only where someone else is reported to have said them.
  const othersWords = REPORTED_BY_OTHER.test(text) ? quotedStretches(text) : [];
  const jested = inJest && hits.some((hit) => jestingHarm(tokens, hit));
  const phrases = hits
    // "Mr Crook", "Mrs Savage": a staff member's name is not the word it spells.
    .filter((hit) => WHO_AND_WHERE.has(hit.data.kind) || !onlyNames(tokens, hit))
    .filter((hit) => !(inJest && joking(text, tokens, hit, staff.length > 0, schoolHere)))
    .map((hit) => ({
      category: hit.data.kind,
      needsGrievance: hit.data.needsGrievance,
      exaggerated: hit.data.kind === 'threat' ? exaggeration(text, tokens, hit, schoolHere) : false,
      ...span(tokens, hit.from, hit.to),
    }))
    // A slur or insult in quotation marks beside "called", "shouted", "the word": reported, not used.
    .filter((p) => !((p.category === 'hate' || p.category === 'abuse') && quotedExactly(text, p) && REPORTING.test(text)))
    // Someone else's threat or slur quoted to condemn it or ask what to do ("a mum said trans kids 'need a slap'").
    .filter((p) => !(REPORTED.has(p.category) && othersWords.some((q) => q.start < p.start && p.end < q.end)))
    // Someone else's word for what happened, quoted inside the claim ("DS came home saying a teacher 'grabbed' him"):
    // the writer passes it on at arm's length rather than stating it. A quoted adverb ("'accidentally' pushed") is sarcasm.
    .filter((p) => !(p.category === 'allegation' && othersWords.some((q) => p.start <= q.start && q.end <= p.end && QUOTED_VERB.test(text.slice(q.start + 1, q.end - 1)))))
    // Words that count only in scare quotes: the school's account ("his coursework was 'lost'") says the writer doubts
    // it, a word for who someone is ("got 'diverse'") is a sneer; unquoted they are no finding.
    .flatMap((p) => {
      if (p.category !== 'doubted' && p.category !== 'sneered') return [p];
      if (!quotedExactly(text, p) || (p.category === 'sneered' && !closesClause(text, p.end + 1))) return [];
      return [{ ...p, category: SCARE_QUOTED[p.category] }];
    });
  const names: NameFact[] = tokens.filter((t) => t.name).map((t) => ({ key: t.key, start: t.start, end: t.end }));
  const children: NameFact[] = [];
  const ifAboutSchool: NameFact[] = [];
  const notChildren: string[] = [];
  const unsure: NameFact[] = [];
  if (names.length > 0) {
    for (const hit of matchers.people.find(tokens)) {
      const at = nameIn(tokens, hit);
      if (at < 0) continue;
      const token = tokens[at]!;
      const name = { key: token.key, start: token.start, end: token.end };
      if (hit.data.kind === 'staff-cue' && !overlaps(name, staff)) staff.push({ start: token.start, end: token.end });
      // A known given name first (two capitalised words are as often a place, a festival or a team),
      // and not joined to the next by a hyphen ("Lacey-Mae" is one first name).
      if (hit.data.kind === 'full-name') {
        const next = tokens[at + 1];
        if (isGivenName(token) && next?.name && text.slice(token.end, next.start) !== '-') ifAboutSchool.push(name, { key: next.key, start: next.start, end: next.end });
      } else if (hit.data.kind === 'greeted') ifAboutSchool.push(name);
      else if (hit.data.kind !== 'child-cue') {
        notChildren.push(token.key);
        // And the surname typed after the parent's own child's name ("our Harry Briggs"; not "he told me Harvey Cole…").
        const [before, next] = [tokens[at - 1], tokens[at + 1]];
        const ours = hit.data.kind === 'own-child' && before !== undefined && (before.key === 'my' || FAMILY_OUR.has(before.key));
        if (ours && next?.name && next.capital && text.slice(token.end, next.start) === ' ') notChildren.push(next.key);
      } else if (wordKind(token.key) === 'unknown') unsure.push(name);
      else children.push(name);
    }
  }
  // Only an unknown capitalised word in a child's context is worth a full parse.
  if (unsure.length > 0) {
    const confirmed = parsedAsName(text, unsure.map((n) => n.start));
    children.push(...unsure.filter((n) => confirmed.has(n.start)));
  }
  // A phrase that counts only beside a grievance is kept from the reader: the reader is what hears the
  // grievance, and one that learnt from the phrase itself would hear it in "funny that" alone.
  // A threat in everyday exaggeration is told apart, so the reader learns how seldom it is one.
  const found = new Set<string>(phrases.filter((p) => !p.needsGrievance).map((p) => (p.exaggerated ? `${p.category}-${p.exaggerated}` : p.category)));
  // Someone else's words in quotation marks, or harm joked about: the reader learns how much less they say about the writer.
  if (othersWords.length > 0) found.add('reported');
  if (jested) found.add('jest');
  // A concern the lists found and excused by a harmless reading they know ("I'll be waiting at the gates at
  // pick up"): the reader learns how seldom such wording gives pause.
  for (const { kind } of excused) if (isReadCategory(kind)) found.add(`excused-${kind}`);
  const features = segmentFeatures(text, tokens, found);
  const words = tokens.length > 0 ? span(tokens, 0, tokens.length) : null;
  const schoolAsPlace = staff.length === 0 && onlyAsPlace(tokens, [...schoolNames, ...phrases.filter((p) => p.category === 'target')]);
  return { phrases, schoolNames, staff, names, children, ifAboutSchool, notChildren, knownChildren, features, words, schoolAsPlace, jested };
}
