import type { SchoolConfig } from '../config/schema';
import { wordKind } from './lexicon';
import { compile, type Entry, PhraseMatcher } from './matcher';
import { TITLES } from './phrases';
import type { Token } from './tokenize';

export type SchoolMention = { kind: 'school'; capital: boolean; weak: boolean } | { kind: 'staff'; member: number; capital: boolean };

/** Words that say which kind of school a name is, dropped to find the short name ("Cambois"). */
const SCHOOL_WORDS = new Set(['the', 'school', 'primary', 'high', 'secondary', 'academy', 'ce', 'c', 'of', 'e', 'infant', 'infants', 'junior', 'juniors', 'college', 'church', 'england', 'rc', 'catholic', 'community', 'first', 'middle', 'grammar']);

const FEMALE_TITLES = ['mrs', 'ms', 'miss'];
const ANY_TITLE = ['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'sir'];

/** A word that is also everyday English ("Baker", "Wood") only names someone when typed with a capital. */
function needsCapital(keys: string[]): boolean {
  return keys.length === 1 && wordKind(keys[0]!) !== 'surname' && wordKind(keys[0]!) !== 'given-name' && wordKind(keys[0]!) !== 'unknown';
}

/** The forms parents use for one member of staff: "Mrs Patel", "Anita Patel", "Mrs P", "Anita". */
function staffForms(name: string[], uniqueFirst: boolean): string[][] {
  const title = TITLES.includes(name[0] as (typeof TITLES)[number]) ? name[0]! : undefined;
  const rest = title ? name.slice(1) : name;
  const surname = rest[rest.length - 1];
  if (!surname) return [];
  const titles = title === 'mr' ? ['mr', 'sir'] : title && FEMALE_TITLES.includes(title) ? FEMALE_TITLES : title ? [title] : ANY_TITLE;
  const forms: string[][] = [];
  if (rest.length > 1) forms.push(rest);
  for (const t of titles) forms.push([t, surname], [t, surname[0]!], [t, ...rest]);
  forms.push([surname]);
  if (rest.length > 1 && uniqueFirst) forms.push([rest[0]!]);
  return forms;
}

/**
 * The configured school's own names: the school, its aliases and its staff, matched with the same
 * normalisation as the draft. `keysOf` turns a name into normalised word keys.
 */
export function buildSchoolIndex(school: SchoolConfig, keysOf: (text: string) => string[]): PhraseMatcher<SchoolMention> {
  const entries: Entry<SchoolMention>[] = [];
  const add = (keys: string[], mention: (capital: boolean) => SchoolMention) => {
    if (keys.length === 0 || keys.some((k) => !/^[\p{L}\p{N}]+$/u.test(k))) return;
    entries.push({ pattern: compile(keys.join(' '), {}), falsePositives: [], data: mention(needsCapital(keys)) });
  };
  const full = [school.name, ...school.aliases].map(keysOf);
  const forms = new Map<string, boolean>();
  const note = (keys: string[], weak: boolean) => {
    const key = keys.join(' ');
    if (keys.length > 0 && !(forms.get(key) === false)) forms.set(key, weak);
  };
  for (const keys of full) {
    note(keys, false);
    if (keys[0] === 'the' && keys.length > 1) note(keys.slice(1), false);
    // Hashtags and handles run the words together: #CamboisPrimary, @AlsopHigh.
    if (keys.length > 1) note([keys.filter((k) => k !== 'the').join('')], false);
    const short = keys.filter((k) => !SCHOOL_WORDS.has(k));
    if (short.length > 0 && short.length < keys.length) note(short, true);
  }
  for (const [key, weak] of forms) add(key.split(' '), (capital) => ({ kind: 'school', capital, weak }));
  const names = school.staff.map((member) => keysOf(member.name));
  const firsts = names.map((keys) => (TITLES.includes(keys[0] as (typeof TITLES)[number]) ? keys[1] : keys[0]));
  school.staff.forEach((member, i) => {
    const first = firsts[i];
    const uniqueFirst = first !== undefined && firsts.filter((f) => f === first).length === 1;
    const forms = [...staffForms(names[i]!, uniqueFirst), ...member.aliases.map(keysOf)];
    for (const keys of forms) add(keys, (capital) => ({ kind: 'staff', member: i, capital }));
  });
  return new PhraseMatcher(entries);
}

/**
 * Words after the school's name that make it another place of that name: "All Saints church hall",
 * "Cambois beach", "the Stoke Poges village fete". Not when a school word follows ("All Saints Church of
 * England Primary", "the church school").
 */
const OTHER_PLACES = new Set(['church', 'churchyard', 'chapel', 'parish', 'vicar', 'vicarage', 'village', 'beach', 'bay', 'sands', 'harbour', 'pier', 'fete', 'day', 'road', 'lane', 'street', 'estate', 'surgery', 'station', 'wind', 'turbines']);

/**
 * Whether a match of a mention stands: everyday words must have been typed with a capital, and a school's
 * name must not name another place.
 */
export function mentionStands(mention: SchoolMention, tokens: readonly Token[], from: number, to: number): boolean {
  if (mention.capital && !tokens[from]!.capital) return false;
  const next = tokens[to];
  return mention.kind === 'staff' || !next || !OTHER_PLACES.has(next.key) || SCHOOL_WORDS.has(tokens[to + 1]?.key ?? '');
}
