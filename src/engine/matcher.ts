import { verbForms } from './lexicon';
import { collapse, type Token } from './tokenize';

/**
 * Phrase patterns, matched word by word over tokens. The syntax, kept small on purpose:
 *   word        the word, its plural or third-person form (teacher, teachers; hit, hits)
 *   =word       exactly that word
 *   {verb}      every form of the verb (hit, hits, hitting; steal, stole, stolen)
 *   a|b|{c}     any one of the words
 *   (a b|c)     any one of the word sequences
 *   @list       any entry of a named list (phrases/lists.ts)
 *   #num        a number, in digits or words
 *   #name       a word the caller marked as a possible name; #staff a word of a staff member's
 *               name; #school a word of the configured school's name; #initial a capital letter alone; #any any word
 *   x?          optional; `..` skips up to 3 words, `...` up to 6
 * A pattern may not begin with an optional element or a skip, which keeps matching a lookup of the
 * current word followed by a short, bounded walk: linear in the length of the text.
 */

interface Word {
  forms: ReadonlySet<string>;
  collapsed: ReadonlySet<string>;
  special?: 'number' | 'name' | 'staff' | 'school' | 'initial' | 'any';
}
/**
 * The word sequences an element can stand for, as a trie: matching walks one node per word and looks
 * the word up, instead of trying each of (often thousands of) sequences in turn.
 */
interface Node {
  end: boolean;
  byWord: Map<Word, Node>;
  /** Word form → next nodes, built from byWord. */
  index: Map<string, Node[]>;
  collapsedIndex: Map<string, Node[]>;
  specials: [Word, Node][];
}
type Element = { trie: Node; optional: boolean } | { gap: number };

function newNode(): Node {
  return { end: false, byWord: new Map(), index: new Map(), collapsedIndex: new Map(), specials: [] };
}

function buildTrie(options: readonly Word[][]): Node {
  const root = newNode();
  for (const option of options) {
    let node = root;
    for (const word of option) {
      let next = node.byWord.get(word);
      if (!next) {
        next = newNode();
        node.byWord.set(word, next);
        if (word.special) node.specials.push([word, next]);
        for (const form of word.forms) push(node.index, form, next);
        for (const form of word.collapsed) push(node.collapsedIndex, form, next);
      }
      node = next;
    }
    node.end = true;
  }
  return root;
}

const NO_ENDS: readonly number[] = [];

function addTo(list: Node[] | undefined, nodes: readonly Node[] | undefined): Node[] | undefined {
  if (!nodes) return list;
  if (!list) return [...nodes];
  for (const node of nodes) if (!list.includes(node)) list.push(node);
  return list;
}

/** Token indexes where a walk of the trie from `at` can end, longest first. */
function trieEnds(root: Node, tokens: readonly Token[], at: number): readonly number[] {
  let ends: number[] | undefined;
  let frontier: Node[] = [root];
  for (let i = at; ; i++) {
    if (frontier.some((n) => n.end)) (ends ??= []).push(i);
    const token = tokens[i];
    if (!token) break;
    let next: Node[] | undefined;
    for (const node of frontier) {
      next = addTo(next, node.index.get(token.key));
      if (token.collapsed !== undefined) next = addTo(next, node.collapsedIndex.get(token.collapsed));
      for (const [word, n] of node.specials) if (wordMatches(word, token)) next = addTo(next, [n]);
    }
    if (!next) break;
    frontier = next;
  }
  return ends ? ends.reverse() : NO_ENDS;
}

export interface Compiled {
  elements: Element[];
  source: string;
  /**
   * For the rarest required elements after the first, the words one of which must be in the text:
   * a cheap test that rules most patterns out of a segment before any walking.
   */
  anchors: ReadonlySet<string>[];
  /** Every word form the pattern can match. */
  words(): string[];
}

export type Lists = Readonly<Record<string, readonly string[]>>;

const NUMBER_WORDS = new Set(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen']);

function literalForms(word: string): string[] {
  if (word.startsWith('=')) return [word.slice(1)];
  if (word.length < 3) return [word];
  const forms = [word, `${word}s`, `${word}es`];
  if (/[^aeiou]y$/.test(word)) forms.push(`${word.slice(0, -1)}ies`);
  return forms;
}

const compiledWords = new Map<string, Word>();

function compileWord(source: string): Word {
  let word = compiledWords.get(source);
  if (!word) {
    word = buildWord(source);
    compiledWords.set(source, word);
  }
  return word;
}

function buildWord(source: string): Word {
  if (source === '#num') return { forms: NUMBER_WORDS, collapsed: new Set(), special: 'number' };
  for (const special of ['name', 'staff', 'school', 'initial', 'any'] as const) {
    if (source === `#${special}`) return { forms: new Set(), collapsed: new Set(), special };
  }
  const forms = new Set<string>();
  for (const option of source.split('|')) {
    const bare = option.replace(/'/g, '');
    if (!bare) throw new Error(`empty word in pattern part "${source}"`);
    const verb = /^\{([a-z]+)\}$/.exec(bare);
    for (const form of verb ? verbForms(verb[1]!) : literalForms(bare)) forms.add(form);
  }
  return { forms, collapsed: new Set([...forms].map(collapse)) };
}

/** Splits `source` at `separator` characters outside parentheses. */
function splitTop(source: string, separator: RegExp): string[] {
  const out: string[] = [];
  let depth = 0;
  let current = '';
  for (const char of source) {
    if (char === '(') depth++;
    if (char === ')') depth--;
    if (depth < 0) throw new Error(`unbalanced parentheses in "${source}"`);
    if (depth === 0 && separator.test(char)) {
      if (current) out.push(current);
      current = '';
    } else current += char;
  }
  if (depth !== 0) throw new Error(`unbalanced parentheses in "${source}"`);
  if (current) out.push(current);
  return out;
}

const MAX_SEQUENCES = 2000;

const expanded = new WeakMap<Lists, Map<string, Word[][]>>();

/** The word sequences one part can stand for: a word, `a|b`, `(x y|z)`, `@list`, `#num`. */
function sequences(body: string, lists: Lists): Word[][] {
  let known = expanded.get(lists);
  if (!known) {
    known = new Map();
    expanded.set(lists, known);
  }
  let found = known.get(body);
  if (!found) {
    found = expand(body, lists);
    known.set(body, found);
  }
  return found;
}

function expand(body: string, lists: Lists): Word[][] {
  const alternatives = splitTop(body, /\|/);
  if (alternatives.length > 1) return alternatives.flatMap((alt) => sequences(alt, lists));
  if (body.startsWith('(') && body.endsWith(')')) {
    return splitTop(body.slice(1, -1), /\|/).flatMap((alt) => phrase(alt, lists));
  }
  if (body.startsWith('@')) {
    const list = lists[body.slice(1)];
    if (!list) throw new Error(`unknown list ${body}`);
    return list.flatMap((entry) => phrase(entry, lists));
  }
  return [body.split('-').filter(Boolean).map(compileWord)];
}

/** Every word sequence a run of parts can stand for (parts may be optional, none may skip). */
function phrase(source: string, lists: Lists): Word[][] {
  let out: Word[][] = [[]];
  for (const raw of splitTop(source.trim(), /\s/)) {
    const optional = raw.endsWith('?');
    const options = sequences(optional ? raw.slice(0, -1) : raw, lists);
    const choices = optional ? [...options, []] : options;
    out = out.length === 1 && out[0]!.length === 0 ? choices : out.flatMap((head) => choices.map((tail) => [...head, ...tail]));
    if (out.length > MAX_SEQUENCES) throw new Error(`"${source}" stands for too many phrases; split it`);
  }
  return out;
}

export function compile(source: string, lists: Lists): Compiled {
  const elements: Element[] = [];
  for (const raw of splitTop(source.toLowerCase().trim(), /\s/)) {
    if (raw === '..' || raw === '...') {
      elements.push({ gap: raw.length === 2 ? 3 : 6 });
      continue;
    }
    const optional = raw.endsWith('?');
    const options = sequences(optional ? raw.slice(0, -1) : raw, lists);
    elements.push({ trie: buildTrie(options), optional });
  }
  const first = elements[0];
  if (!first || 'gap' in first || first.optional || first.trie.end) {
    throw new Error(`pattern "${source}" must begin with a word`);
  }
  return { elements, source, anchors: anchorsOf(elements), words: () => wordsOf(elements) };
}

const MAX_ANCHORS = 2;

function anchorsOf(elements: Element[]): ReadonlySet<string>[] {
  const required: Set<string>[] = [];
  for (const element of elements.slice(1)) {
    if ('gap' in element || element.optional || element.trie.end || element.trie.specials.length > 0) continue;
    required.push(new Set([...element.trie.index.keys(), ...element.trie.collapsedIndex.keys()]));
  }
  return required.sort((a, b) => a.size - b.size).slice(0, MAX_ANCHORS);
}

function wordsOf(elements: Element[]): string[] {
  const out = new Set<string>();
  const visit = (node: Node) => {
    for (const [word, next] of node.byWord) {
      for (const form of word.forms) out.add(form);
      visit(next);
    }
  };
  for (const element of elements) if (!('gap' in element)) visit(element.trie);
  return [...out];
}

function wordMatches(word: Word, token: Token | undefined): boolean {
  if (!token) return false;
  if (word.special === 'number' && /^\d+$/.test(token.key)) return true;
  if (word.special === 'name') return token.name === true;
  if (word.special === 'staff') return token.staff === true;
  if (word.special === 'school') return token.school === true;
  if (word.special === 'any') return true;
  if (word.special === 'initial') return token.capital && token.key.length === 1 && /[a-z]/.test(token.key);
  return word.forms.has(token.key) || (token.collapsed !== undefined && word.collapsed.has(token.collapsed));
}

/** End (exclusive token index) of a match of `elements` from element `e` at token `at`, or -1. */
function matchFrom(elements: Element[], e: number, tokens: readonly Token[], at: number): number {
  if (e === elements.length) return at;
  const element = elements[e]!;
  if ('gap' in element) {
    for (let skip = 0; skip <= element.gap && at + skip <= tokens.length; skip++) {
      const end = matchFrom(elements, e + 1, tokens, at + skip);
      if (end >= 0) return end;
    }
    return -1;
  }
  for (const next of trieEnds(element.trie, tokens, at)) {
    if (next === at) continue;
    const end = matchFrom(elements, e + 1, tokens, next);
    if (end >= 0) return end;
  }
  return element.optional ? matchFrom(elements, e + 1, tokens, at) : -1;
}

export function matchAt(pattern: Compiled, tokens: readonly Token[], at: number): number {
  return matchFrom(pattern.elements, 0, tokens, at);
}

type Special = NonNullable<Word['special']>;

/** The words a pattern can start with, and the special words (#name…) it can start with. */
function firstWords(pattern: Compiled): { forms: string[]; specials: Special[] } {
  const root = (pattern.elements[0] as { trie: Node }).trie;
  return { forms: [...root.index.keys()], specials: root.specials.map(([word]) => word.special!) };
}

export interface Entry<T> {
  pattern: Compiled;
  falsePositives: Compiled[];
  data: T;
}

export interface Hit<T> {
  data: T;
  /** Token range [from, to). */
  from: number;
  to: number;
}

/** How far before a match a false positive may start and still excuse it. */
const FALSE_POSITIVE_REACH = 8;

/** Many patterns indexed by their first word; finds every match not inside a known false positive. */
export class PhraseMatcher<T> {
  private readonly byFirst = new Map<string, Entry<T>[]>();
  private readonly byFirstCollapsed = new Map<string, Entry<T>[]>();
  private readonly bySpecial = new Map<Special, Entry<T>[]>();

  constructor(entries: readonly Entry<T>[]) {
    for (const entry of entries) {
      const { forms, specials } = firstWords(entry.pattern);
      for (const form of forms) push(this.byFirst, form, entry);
      for (const form of new Set(forms.map(collapse))) push(this.byFirstCollapsed, form, entry);
      for (const special of new Set(specials)) push(this.bySpecial, special, entry);
    }
  }

  private candidates(token: Token): Iterable<Entry<T>> {
    const direct = this.byFirst.get(token.key);
    const extra: (Entry<T>[] | undefined)[] = [
      token.collapsed === undefined ? undefined : this.byFirstCollapsed.get(token.collapsed),
      token.name ? this.bySpecial.get('name') : undefined,
      token.staff ? this.bySpecial.get('staff') : undefined,
      token.school ? this.bySpecial.get('school') : undefined,
      /^\d+$/.test(token.key) ? this.bySpecial.get('number') : undefined,
      token.capital && token.key.length === 1 ? this.bySpecial.get('initial') : undefined,
      this.bySpecial.get('any'),
    ];
    if (extra.every((list) => list === undefined)) return direct ?? [];
    return new Set([...(direct ?? []), ...extra.flatMap((list) => list ?? [])]);
  }

  find(tokens: readonly Token[]): Hit<T>[] {
    const hits: Hit<T>[] = [];
    const words = new Set<string>();
    for (const token of tokens) {
      words.add(token.key);
      if (token.collapsed !== undefined) words.add(token.collapsed);
    }
    const viable = new Map<Entry<T>, boolean>();
    const isViable = (entry: Entry<T>): boolean => {
      let ok = viable.get(entry);
      if (ok === undefined) {
        ok = entry.pattern.anchors.every((anchor) => intersects(anchor, words));
        viable.set(entry, ok);
      }
      return ok;
    };
    for (let at = 0; at < tokens.length; at++) {
      for (const entry of this.candidates(tokens[at]!)) {
        if (!isViable(entry)) continue;
        const end = matchAt(entry.pattern, tokens, at);
        if (end > at && !excused(entry, tokens, at, end)) hits.push({ data: entry.data, from: at, to: end });
      }
    }
    return hits;
  }
}

function intersects(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const word of small) if (large.has(word)) return true;
  return false;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** A match is excused when one of its known false positives overlaps it ("could murder a curry"). */
function excused<T>(entry: Entry<T>, tokens: readonly Token[], from: number, to: number): boolean {
  for (const fp of entry.falsePositives) {
    for (let at = Math.max(0, from - FALSE_POSITIVE_REACH); at < to; at++) {
      if (matchAt(fp, tokens, at) > from) return true;
    }
  }
  return false;
}
