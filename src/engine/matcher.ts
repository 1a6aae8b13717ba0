import { verbForms } from './lexicon';
import { collapse, isNameInitial, type Token } from './tokenize';

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

/** Leaves share these empty containers: most nodes are leaves, and three maps each made the tries big. */
const NO_WORDS: Map<Word, Node> = new Map();
const NO_INDEX: Map<string, Node[]> = new Map();
const NO_SPECIALS: [Word, Node][] = [];

function newNode(): Node {
  return { end: false, byWord: NO_WORDS, index: NO_INDEX, collapsedIndex: NO_INDEX, specials: NO_SPECIALS };
}

function buildTrie(options: readonly Word[][]): Node {
  const root = newNode();
  for (const option of options) {
    let node = root;
    for (const word of option) {
      let next = node.byWord.get(word);
      if (!next) {
        next = newNode();
        if (node.byWord === NO_WORDS) node.byWord = new Map();
        node.byWord.set(word, next);
        if (word.special) {
          if (node.specials === NO_SPECIALS) node.specials = [];
          node.specials.push([word, next]);
        }
        for (const form of word.forms) {
          if (node.index === NO_INDEX) node.index = new Map();
          push(node.index, form, next);
        }
        // Only the forms that collapsing changes: a collapsed token is looked up in `index` as well.
        for (const form of word.collapsed) {
          if (node.collapsedIndex === NO_INDEX) node.collapsedIndex = new Map();
          push(node.collapsedIndex, form, next);
        }
      }
      node = next;
    }
    node.end = true;
  }
  return root;
}

/**
 * Scratch memory shared by every walk, so that matching allocates nothing (its garbage showed up as
 * latency). A walk runs to its end before another starts, so the node lists can be shared; the ends a
 * walk finds go on a stack, which nested walks (the next element of a pattern) push above.
 */
let current: Node[] = [];
let following: Node[] = [];
let ends = new Int32Array(256);
let endsTop = 0;

/** Adds `nodes` not already among the first `count` of `out`; returns the new count. */
function addAll(out: Node[], count: number, nodes: readonly Node[] | undefined): number {
  if (!nodes) return count;
  for (let i = 0; i < nodes.length; i++) count = addOne(out, count, nodes[i]!);
  return count;
}

function addOne(out: Node[], count: number, node: Node): number {
  for (let i = 0; i < count; i++) if (out[i] === node) return count;
  out[count] = node;
  return count + 1;
}

function pushEnd(end: number): void {
  if (endsTop === ends.length) {
    const grown = new Int32Array(ends.length * 2);
    grown.set(ends);
    ends = grown;
  }
  ends[endsTop++] = end;
}

/**
 * Pushes onto the ends stack the token indexes where a walk of the trie from `at` can end, shortest
 * first (so the longest is popped first), and returns how many it pushed.
 */
function trieEnds(root: Node, tokens: readonly Token[], at: number): number {
  // The usual case, a first word the trie does not start with, touches nothing.
  if (!root.end && root.specials.length === 0) {
    const first = tokens[at];
    if (!first) return 0;
    if (!root.index.has(first.key) && (first.collapsed === undefined || (!root.collapsedIndex.has(first.collapsed) && !root.index.has(first.collapsed)))) return 0;
  }
  let found = 0;
  current[0] = root;
  let count = 1;
  for (let i = at; ; i++) {
    for (let c = 0; c < count; c++) {
      if (current[c]!.end) {
        pushEnd(i);
        found++;
        break;
      }
    }
    const token = tokens[i];
    if (!token) break;
    let next = 0;
    for (let c = 0; c < count; c++) {
      const node = current[c]!;
      next = addAll(following, next, node.index.get(token.key));
      if (token.collapsed !== undefined) {
        next = addAll(following, next, node.collapsedIndex.get(token.collapsed));
        next = addAll(following, next, node.index.get(token.collapsed));
      }
      for (let k = 0; k < node.specials.length; k++) {
        const special = node.specials[k]!;
        if (wordMatches(special[0], token)) next = addOne(following, next, special[1]);
      }
    }
    if (next === 0) break;
    const walked = current;
    current = following;
    following = walked;
    count = next;
  }
  return found;
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
const NO_COLLAPSED: ReadonlySet<string> = new Set();

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
  // Only collapsed forms that differ from every form: a collapsed token is checked against `forms` too.
  const collapsed = new Set<string>();
  for (const form of forms) {
    const c = collapse(form);
    if (!forms.has(c)) collapsed.add(c);
  }
  return { forms, collapsed: collapsed.size > 0 ? collapsed : NO_COLLAPSED };
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

let expanded = new WeakMap<Lists, Map<string, Word[][]>>();

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
    elements.push({ trie: trieFor(optional ? raw.slice(0, -1) : raw, lists), optional });
  }
  const first = elements[0];
  if (!first || 'gap' in first || first.optional || first.trie.end) {
    throw new Error(`pattern "${source}" must begin with a word`);
  }
  return { elements, source, anchors: anchorsOf(elements), words: () => wordsOf(elements) };
}

const MAX_ANCHORS = 2;

/**
 * One trie per distinct part: parts recur across patterns (`@adverb?`, a shared list of verbs), and
 * tries are never changed once built, so patterns share them. That also makes their anchor sets
 * shared, which `find` tests once per segment rather than once per pattern.
 */
let tries = new WeakMap<Lists, Map<string, Node>>();

function trieFor(body: string, lists: Lists): Node {
  let known = tries.get(lists);
  if (!known) {
    known = new Map();
    tries.set(lists, known);
  }
  let trie = known.get(body);
  if (!trie) {
    trie = buildTrie(sequences(body, lists));
    known.set(body, trie);
  }
  return trie;
}

const anchorSets = new WeakMap<Node, ReadonlySet<string>>();

/**
 * Drops what compiling kept to share work between patterns (every part's word sequences); the
 * compiled patterns keep what they use. Call after compiling a large batch.
 */
export function releaseCompileCaches(): void {
  expanded = new WeakMap();
  tries = new WeakMap();
}

function anchorOf(trie: Node): ReadonlySet<string> {
  let anchor = anchorSets.get(trie);
  if (!anchor) {
    anchor = new Set([...trie.index.keys(), ...trie.collapsedIndex.keys()]);
    anchorSets.set(trie, anchor);
  }
  return anchor;
}

function anchorsOf(elements: Element[]): ReadonlySet<string>[] {
  const required: ReadonlySet<string>[] = [];
  for (const element of elements.slice(1)) {
    if ('gap' in element || element.optional || element.trie.end || element.trie.specials.length > 0) continue;
    if (!required.includes(anchorOf(element.trie))) required.push(anchorOf(element.trie));
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
  if (word.special === 'initial') return isNameInitial(token);
  return word.forms.has(token.key) || (token.collapsed !== undefined && (word.collapsed.has(token.collapsed) || word.forms.has(token.collapsed)));
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
  const base = endsTop;
  const count = trieEnds(element.trie, tokens, at);
  try {
    for (let k = base + count - 1; k >= base; k--) {
      const next = ends[k]!;
      if (next === at) continue;
      const end = matchFrom(elements, e + 1, tokens, next);
      if (end >= 0) return end;
    }
  } finally {
    endsTop = base;
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
interface Slot<T> {
  entry: Entry<T>;
  id: number;
  /** Ids of the pattern's anchor sets (`Compiled.anchors`), shared between patterns. */
  anchors: readonly number[];
}

export class PhraseMatcher<T> {
  private readonly byFirst = new Map<string, Slot<T>[]>();
  private readonly byFirstCollapsed = new Map<string, Slot<T>[]>();
  private readonly bySpecial = new Map<Special, Slot<T>[]>();
  /** Word → the anchor sets holding it: a segment's words mark the anchors present in one pass. */
  private readonly anchorsByWord = new Map<string, number[]>();
  /**
   * Scratch state reused by every `find`, stamped rather than cleared: an anchor is present when its
   * stamp is this call's, and a pattern was tried at a token when its stamp is that token's.
   */
  private readonly anchorStamp: Uint32Array;
  private readonly triedStamp: Uint32Array;
  private clock = 0;

  constructor(entries: readonly Entry<T>[]) {
    const anchorIds = new Map<ReadonlySet<string>, number>();
    entries.forEach((entry, id) => {
      const anchors = entry.pattern.anchors.map((anchor) => {
        let anchorId = anchorIds.get(anchor);
        if (anchorId === undefined) {
          anchorId = anchorIds.size;
          anchorIds.set(anchor, anchorId);
          for (const word of anchor) push(this.anchorsByWord, word, anchorId);
        }
        return anchorId;
      });
      const slot = { entry, id, anchors };
      const { forms, specials } = firstWords(entry.pattern);
      for (const form of forms) push(this.byFirst, form, slot);
      for (const form of new Set(forms.map(collapse))) push(this.byFirstCollapsed, form, slot);
      for (const special of new Set(specials)) push(this.bySpecial, special, slot);
    });
    this.anchorStamp = new Uint32Array(anchorIds.size);
    this.triedStamp = new Uint32Array(entries.length);
  }

  /** Candidate lists for a token: those of its first word, its collapsed form and the special words it is. */
  private candidateLists(token: Token, out: (readonly Slot<T>[] | undefined)[]): void {
    out.length = 0;
    out.push(this.byFirst.get(token.key));
    if (token.collapsed !== undefined) out.push(this.byFirstCollapsed.get(token.collapsed));
    if (this.bySpecial.size > 0) {
      if (token.name) out.push(this.bySpecial.get('name'));
      if (token.staff) out.push(this.bySpecial.get('staff'));
      if (token.school) out.push(this.bySpecial.get('school'));
      if (isDigits(token.key)) out.push(this.bySpecial.get('number'));
      if (isNameInitial(token)) out.push(this.bySpecial.get('initial'));
      out.push(this.bySpecial.get('any'));
    }
  }

  /** Reserves `count` fresh stamps, starting the clock again (and clearing old stamps) when it would overflow. */
  private stamps(count: number): number {
    if (this.clock + count >= 0xffffffff) {
      this.clock = 0;
      this.anchorStamp.fill(0);
      this.triedStamp.fill(0);
    }
    const first = this.clock + 1;
    this.clock += count;
    return first;
  }

  /** Every match not inside a known false positive; `excused`, when given, collects the data of the matches that were. */
  find(tokens: readonly Token[], excused?: T[]): Hit<T>[] {
    const hits: Hit<T>[] = [];
    // One stamp for the anchors, then one per token for the patterns tried there.
    const present = this.stamps(tokens.length + 1);
    const mark = (word: string) => {
      const anchors = this.anchorsByWord.get(word);
      if (anchors) for (const id of anchors) this.anchorStamp[id] = present;
    };
    for (const token of tokens) {
      mark(token.key);
      if (token.collapsed !== undefined) mark(token.collapsed);
    }
    const lists: (readonly Slot<T>[] | undefined)[] = [];
    for (let at = 0; at < tokens.length; at++) {
      const here = present + 1 + at;
      this.candidateLists(tokens[at]!, lists);
      for (const list of lists) {
        if (!list) continue;
        for (const { entry, id, anchors } of list) {
          if (this.triedStamp[id] === here) continue;
          this.triedStamp[id] = here;
          if (!allPresent(anchors, this.anchorStamp, present)) continue;
          const end = matchAt(entry.pattern, tokens, at);
          if (end <= at) continue;
          if (!excusedBy(entry, tokens, at, end)) hits.push({ data: entry.data, from: at, to: end });
          else excused?.push(entry.data);
        }
      }
    }
    return hits;
  }
}

function allPresent(anchors: readonly number[], stamps: Uint32Array, present: number): boolean {
  for (const anchor of anchors) if (stamps[anchor] !== present) return false;
  return true;
}

function isDigits(key: string): boolean {
  if (key.length === 0) return false;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** A match is excused when one of its known false positives overlaps it ("could murder a curry"). */
function excusedBy<T>(entry: Entry<T>, tokens: readonly Token[], from: number, to: number): boolean {
  for (const fp of entry.falsePositives) {
    for (let at = Math.max(0, from - FALSE_POSITIVE_REACH); at < to; at++) {
      if (matchAt(fp, tokens, at) > from) return true;
    }
  }
  return false;
}
