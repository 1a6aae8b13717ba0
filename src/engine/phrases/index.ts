import { wordKind } from '../lexicon';
import { compile, type Entry, PhraseMatcher, releaseCompileCaches } from '../matcher';
import { ABUSE } from './abuse';
import { ASKING, HEDGE } from './advice';
import { ALLEGATION, BELIED, DOUBTED, RECORDED, WRONGDOING } from './allegation';
import { COMPLAINT } from './complaint';
import { HATE_ALL as HATE, HOSTILE, IDENTITY, SLURS, SNEERED } from './hate';
import { LISTS } from './lists';
import { ADULT, CHILD_CUES, FULL_NAME, GREETED, OWN_CHILD, STAFF_CUES } from './people';
import { ACTION, CROWD, PILE_ON } from './pile-on';
import { PRAISE } from './praise';
import { BYSTANDERS, ELSEWHERE, EXONERATE, PRONOUN_TARGETS, SCHOOL_CONTEXT, SCHOOL_TARGETS } from './school';
import { EARNEST, THREAT } from './threat';
import { TYPOS } from './typos';
import type { Phrase } from './types';

export type { Phrase } from './types';

/** Words people mask with asterisks; preferred when a masked word could be several. */
const OBSCENE = /^(fuck|fck|shit|cunt|twat|piss|wank|bitch|bastard|arse|cock|dick|prick|slag|slut|whore|bollock|tosser|knob|nob)/;
/** The swear words masked most, which a masked word of their length is taken to be first. */
const MOST_MASKED: ReadonlySet<string> = new Set(['fuck', 'fucking', 'fucked', 'fucker', 'fuckers', 'shit', 'shite', 'shitty', 'cunt', 'cunts', 'twat', 'twats', 'wanker', 'wankers', 'bitch', 'bastard', 'bastards', 'bollocks']);
export { GIVEN_NAMES_THAT_ARE_WORDS } from './given-names';
export { FAMOUS_PEOPLE } from './famous';
export { STAFF_ROLE_STARTS, TITLES } from './people';

/** The phrase lists, by what finding them means. */
export const PHRASES = {
  school: SCHOOL_CONTEXT,
  /** The school or its staff by role: what makes a threat, insult or allegation a complaint too. */
  target: SCHOOL_TARGETS,
  /** He, she, they: the school's staff when the draft is about them. */
  pronoun: PRONOUN_TARGETS,
  /** Another parent, pupil or family as the one a finding is aimed at. */
  bystander: BYSTANDERS,
  /** An organisation or service other than the school as the one a complaint is aimed at. */
  elsewhere: ELSEWHERE,
  /** The school cleared in so many words; no complaint of it then (rules/complaint.ts, rules/allegation.ts). */
  exonerate: EXONERATE,
  /** Asking how to raise a worry with the school. */
  asking: ASKING,
  /** Holding back from accusing anyone, or unsure of the story. */
  hedge: HEDGE,
  threat: THREAT,
  /** Saying a threat is meant; exaggeration then counts (RuleContext.phrases). */
  earnest: EARNEST,
  hate: HATE,
  /** A group people are hated for; hate only beside a hostile generalisation (rules/hate.ts). */
  identity: IDENTITY,
  /** A hostile generalisation; hate only beside a group. */
  hostile: HOSTILE,
  abuse: ABUSE,
  allegation: ALLEGATION,
  /** Wrongdoing named in a word or two; an allegation only beside whom it is about (rules/allegation.ts). */
  wrongdoing: WRONGDOING,
  /** What a record is said to say ("the accident book says…"); an allegation only beside a flat contradiction (rules/allegation.ts). */
  recorded: RECORDED,
  /** A flat contradiction ("she wasn't", "that never happened"); an allegation only beside what a record says. */
  belied: BELIED,
  /** The school's account in scare quotes ("'lost'", "the 'investigation'"): an allegation only when quoted so (facts.ts). */
  doubted: DOUBTED,
  /** A word for who someone is in scare quotes ("'diverse'", "now 'they'"): hate only when quoted so (facts.ts). */
  sneered: SNEERED,
  complaint: COMPLAINT,
  'pile-on': PILE_ON,
  /** Readers addressed as a crowd; pile-on only beside an action against someone (rules/pile-on.ts). */
  crowd: CROWD,
  /** Something readers could do against someone; pile-on beside a crowd, or as an order opening a sentence. */
  action: ACTION,
  /** Thanks and praise: a tone the reader model sees; no rule flags it. */
  praise: PRAISE,
} as const satisfies Record<string, readonly Phrase[]>;
export type PhraseCategory = keyof typeof PHRASES;

export const PEOPLE_PHRASES = { 'own-child': OWN_CHILD, adult: ADULT, 'child-cue': CHILD_CUES, 'staff-cue': STAFF_CUES, greeted: GREETED, 'full-name': FULL_NAME } as const;
export type PeopleKind = keyof typeof PEOPLE_PHRASES;

/**
 * Misspellings to the words the lists use: the common typos, and the dropped-g form of every "-ing"
 * word the lists use ("gettin", "walkin") unless that form is a word of its own ("thin", "kin").
 */
function typoMap(words: Iterable<string>): ReadonlyMap<string, string> {
  const map = new Map(Object.entries(TYPOS));
  for (const word of words) {
    if (word.length < 6 || !word.endsWith('ing')) continue;
    const dropped = word.slice(0, -1);
    if (!map.has(dropped) && wordKind(dropped) === 'unknown') map.set(dropped, word);
  }
  return map;
}

export interface PhraseData<K extends string> {
  kind: K;
  needsGrievance: boolean;
}

export function compileEntries<K extends string>(groups: Readonly<Record<K, readonly Phrase[]>>): Entry<PhraseData<K>>[] {
  const entries: Entry<PhraseData<K>>[] = [];
  for (const [kind, phrases] of Object.entries(groups) as [K, readonly Phrase[]][]) {
    for (const phrase of phrases) {
      entries.push({
        pattern: compile(phrase.pattern, LISTS),
        falsePositives: (phrase.falsePositives ?? []).map((fp) => compile(fp, LISTS)),
        data: { kind, needsGrievance: phrase.needsGrievance === true },
      });
    }
  }
  return entries;
}

let shared:
  | {
      phrases: PhraseMatcher<PhraseData<PhraseCategory>>;
      people: PhraseMatcher<PhraseData<PeopleKind>>;
      typos: ReadonlyMap<string, string>;
      vocabulary: { words: Set<string>; masked: string[] };
    }
  | undefined;

/** Compiled once per page: the matchers, the typo map and the words the leet decoder may produce. */
export function sharedMatchers() {
  if (!shared) {
    const phraseEntries = compileEntries(PHRASES);
    const words = new Set<string>();
    const masked = new Set<string>();
    const slurPatterns = new Set(SLURS.map((phrase) => phrase.pattern));
    const slurs = new Set<string>();
    for (const entry of phraseEntries) {
      for (const form of entry.pattern.words()) {
        words.add(form);
        if ((entry.data.kind === 'abuse' || entry.data.kind === 'hate') && form.length >= 3) masked.add(form);
        if (slurPatterns.has(entry.pattern.source)) slurs.add(form);
      }
    }
    const typos = typoMap([...words]);
    for (const [typo, word] of typos) {
      words.add(typo);
      words.add(word);
    }
    // Shortest first so "f**k" prefers the plain word to a longer family member; among words of one
    // length, the commonest swearing, then swearing and slurs, then the rest, since that is what people
    // mask ("f***" is "fuck", not "fags" or "face"; "n*****s" is not "nobodys").
    const rank = (w: string) => (MOST_MASKED.has(w) ? 0 : OBSCENE.test(w) || slurs.has(w) ? 1 : 2);
    const maskedList = [...masked].sort((a, b) => a.length - b.length || rank(a) - rank(b) || (a < b ? -1 : 1));
    shared = {
      phrases: new PhraseMatcher(phraseEntries),
      people: new PhraseMatcher(compileEntries(PEOPLE_PHRASES)),
      typos,
      vocabulary: { words, masked: maskedList },
    };
    releaseCompileCaches();
  }
  return shared;
}
