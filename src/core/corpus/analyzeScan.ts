/**
 * Many word patterns matched in one pass over the words of a text, with exactly the matches that
 * `text.matchAll(re)` gives for each.
 *
 * A pattern that opens with a look-behind such as `(?<![\p{L}\p{M}])` (a word start) defeats V8's skip-ahead:
 * the engine tries it at every offset of the text, and the analysis runs some twenty of them over every
 * article. Here each pattern's source is read once for the words it can start with (their first three
 * letters, lower-cased: "pou" for "pourparlers", "s" for "s'entretenir") and the other characters it can
 * start with (";", a digit). The text is then walked once, and each pattern is tried, anchored, only where
 * such a word or character starts. Those places are a superset of where the pattern can match and are tried
 * in order, so the matches are a scan's. A pattern whose source this reading cannot bound (a letter class
 * among its first three letters, a letter with no word-start look-behind before it) is scanned as usual. A
 * pattern that is only a list of words is not run at those places but looked up in a trie (analyzeWordList.ts).
 */

import { firstAtLeast } from './analyzeLookup';
import { ASK_THE_EXPRESSION, WordList } from './analyzeWordList';

/** What a pattern can start with. */
interface Starts {
  /** Keys (`keyOf`) of the first min(3, word length) letters of the words it can start with, lower-cased. */
  words: Set<number>;
  /** Non-letter characters it can start with, wherever they are. */
  chars: Set<number>;
  /** It can start inside a word, right after a combining mark (its look-behind lets marks through). */
  afterMark: boolean;
}

const LETTER = /^\p{L}$/u;
const MARK = /^\p{M}$/u;
const LETTER_OR_MARK = /^[\p{L}\p{M}]$/u;

function isLetterOrMark(c: string): boolean {
  return LETTER_OR_MARK.test(c);
}

/** A number for up to three Latin-1 character codes (the first letters of a word). */
export function keyOf(codes: readonly number[]): number {
  let k = 0;
  for (const c of codes) k = k * 256 + c;
  return codes.length * 0x1000000 + k;
}

// --- Reading a pattern's source (the subset of syntax the analysis uses) ----------------------------------

type CharSet = { chars: string[] | null; letterFree: boolean };

type Node =
  /** One character out of `chars`, or of an open set (`null`: \p{L}, ranges, negated classes). */
  | ({ t: 'char' } & CharSet)
  | { t: 'group'; branches: Node[][] }
  /**
   * A negative look-behind that no letter passes (`(?<![\p{L}\p{M}])`, `(?<![\p{L}\d])`): a match goes on
   * with a letter only at a word start or, when marks pass it (`marks`), after a mark inside a word.
   */
  | { t: 'start'; marks: boolean }
  /** Other look-arounds, \b, \B: they consume nothing. */
  | { t: 'zero' }
  | { t: 'end' }
  | { t: 'rep'; node: Node; min: number; max: number };

class Unreadable extends Error {}

const CLASS_ESCAPES: Record<string, CharSet> = {
  d: { chars: '0123456789'.split(''), letterFree: true },
  s: { chars: null, letterFree: true },
  D: { chars: null, letterFree: false },
  S: { chars: null, letterFree: false },
  w: { chars: null, letterFree: false },
  W: { chars: null, letterFree: false },
};
const CONTROL_ESCAPES: Record<string, string> = { n: '\n', r: '\r', t: '\t', v: '\v', f: '\f', '0': '\0' };

function parse(source: string): Node[][] {
  let i = 0;
  const peek = () => source[i];
  const literal = () => {
    const c = source[i++];
    if (c >= '\ud800' && c <= '\udfff') throw new Unreadable('astral literal');
    return c;
  };

  /** After a backslash: a character set, or 'b' for \b and \B. `props` collects the names of \p{…}. */
  const escape = (props?: string[]): CharSet | 'b' => {
    const c = source[i++];
    if (c === undefined) throw new Unreadable('trailing backslash');
    if (c === 'b' || c === 'B') return 'b';
    if (CLASS_ESCAPES[c]) {
      props?.push(`\\${c}`);
      return CLASS_ESCAPES[c];
    }
    if (c === 'p' || c === 'P') {
      const close = source.indexOf('}', i);
      if (source[i] !== '{' || close < 0) throw new Unreadable('\\p');
      props?.push(c === 'p' ? source.slice(i + 1, close) : '');
      i = close + 1;
      return { chars: null, letterFree: false };
    }
    if (c in CONTROL_ESCAPES) return { chars: [CONTROL_ESCAPES[c]], letterFree: true };
    if (c === 'u' || c === 'x' || c === 'c' || c === 'k' || /[1-9]/.test(c)) throw new Unreadable(`\\${c}`);
    return { chars: [c], letterFree: !isLetterOrMark(c) };
  };

  /** After "[". A negated class or a range may hold any letter: its set is open. */
  const charClass = (props?: string[]): CharSet => {
    const negated = peek() === '^';
    if (negated) i++;
    let range = false;
    let unknown = false;
    let letterFree = true;
    const chars: string[] = [];
    while (i < source.length && peek() !== ']') {
      let item: CharSet;
      if (peek() === '\\') {
        i++;
        const e = escape(props);
        if (e === 'b') throw new Unreadable('[\\b]');
        item = e;
      } else {
        const c = literal();
        item = { chars: [c], letterFree: !isLetterOrMark(c) };
      }
      if (peek() === '-' && source[i + 1] !== ']') {
        i++;
        if (source[i++] === '\\') escape();
        range = true;
        continue;
      }
      if (item.chars) chars.push(...item.chars);
      else unknown = true;
      letterFree &&= item.letterFree;
    }
    if (peek() !== ']') throw new Unreadable('unclosed class');
    i++;
    if (negated || range) return { chars: null, letterFree: false };
    return { chars: unknown ? null : chars, letterFree };
  };

  /** `(?<![…])` whose class holds every letter: the start of a word, as that class sees words. */
  const startLookBehind = (): Node | undefined => {
    if (!source.startsWith('(?<![', i) || source[i + 5] === '^') return undefined;
    const from = i;
    i += 5;
    // Only \p{L}, \p{M}, \d and characters: more blockers than letters make a stronger look-behind, still fine.
    const props: string[] = [];
    charClass(props);
    if (peek() !== ')' || !props.includes('L') || props.length !== 1 + Number(props.includes('M')) + Number(props.includes('\\d'))) {
      i = from;
      return undefined;
    }
    i++;
    return { t: 'start', marks: !props.includes('M') };
  };

  const quantifier = (node: Node): Node => {
    const c = peek();
    let min: number;
    let max: number;
    if (c === '?') [min, max] = [0, 1];
    else if (c === '*') [min, max] = [0, Infinity];
    else if (c === '+') [min, max] = [1, Infinity];
    else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(source.slice(i));
      if (!m) throw new Unreadable('brace');
      min = Number(m[1]);
      max = m[2] ? (m[3] ? Number(m[3]) : Infinity) : min;
      i += m[0].length - 1;
    } else return node;
    i++;
    if (peek() === '?') i++; // lazy: the same set of matches
    return { t: 'rep', node, min, max };
  };

  const alternatives = (): Node[][] => {
    const branches: Node[][] = [[]];
    while (i < source.length && peek() !== ')') {
      const start = startLookBehind();
      if (start) {
        branches[branches.length - 1].push(start);
        continue;
      }
      const c = source[i];
      let node: Node;
      if (c === '|') {
        i++;
        branches.push([]);
        continue;
      } else if (c === '(') {
        i++;
        let zero = false;
        if (source.startsWith('?:', i)) i += 2;
        else if (source.startsWith('?=', i) || source.startsWith('?!', i)) [i, zero] = [i + 2, true];
        else if (source.startsWith('?<=', i) || source.startsWith('?<!', i)) [i, zero] = [i + 3, true];
        else if (source.startsWith('?<', i)) {
          const close = source.indexOf('>', i);
          if (close < 0) throw new Unreadable('group name');
          i = close + 1;
        }
        const inner = alternatives();
        if (peek() !== ')') throw new Unreadable('unclosed group');
        i++;
        node = zero ? { t: 'zero' } : { t: 'group', branches: inner };
      } else if (c === '[') {
        i++;
        node = { t: 'char', ...charClass() };
      } else if (c === '\\') {
        i++;
        const e = escape();
        node = e === 'b' ? { t: 'zero' } : { t: 'char', ...e };
      } else if (c === '^') {
        // The text's start: a word starts there, if any does.
        i++;
        node = { t: 'start', marks: false };
      } else if (c === '$') {
        i++;
        node = { t: 'end' };
      } else if (c === '.') {
        i++;
        node = { t: 'char', chars: null, letterFree: false };
      } else if (c === '*' || c === '+' || c === '?' || c === '{') throw new Unreadable('stray quantifier');
      else {
        const lit = literal();
        node = { t: 'char', chars: [lit], letterFree: !isLetterOrMark(lit) };
      }
      branches[branches.length - 1].push(quantifier(node));
    }
    return branches;
  };

  const top = alternatives();
  if (i !== source.length) throw new Unreadable('unbalanced )');
  return top;
}

// --- What a pattern can start with -------------------------------------------------------------------

/*
 * Walks the pattern from its start with the set of open prefixes: the letters read so far, or before the
 * first letter '' (nothing seen), '^' (after a word-start look-behind) or '~' (after one that lets marks
 * through). A prefix closes at three letters or at a non-letter, where the word ends. A letter read on ''
 * is unreadable: with no look-behind before it, a match could start inside any word.
 */
interface Walk {
  words: Set<string>;
  chars: Set<string>;
  afterMark: boolean;
}

const BEFORE_LETTERS = new Set(['', '^', '~']);

function stepAll(nodes: Node[], open: Set<string>, w: Walk): Set<string> {
  for (const n of nodes) {
    if (!open.size) break;
    open = step(n, open, w);
  }
  return open;
}

function step(n: Node, open: Set<string>, w: Walk): Set<string> {
  switch (n.t) {
    case 'zero':
      return open;
    case 'start':
      // Two look-behinds in a row: the strict one holds as well.
      return new Set([...open].map((s) => (s === '' || s === '~' ? (n.marks ? (s === '' ? '~' : s) : '^') : s)));
    case 'end':
      for (const s of open) {
        if (BEFORE_LETTERS.has(s)) throw new Unreadable('can match empty');
        w.words.add(s);
      }
      return new Set();
    case 'group': {
      const out = new Set<string>();
      for (const b of n.branches) for (const s of stepAll(b, open, w)) out.add(s);
      return out;
    }
    case 'rep': {
      if (n.min > 10) throw new Unreadable('long repetition');
      let cur = open;
      for (let k = 0; k < n.min; k++) cur = step(n.node, cur, w);
      const out = new Set(cur);
      // Three more rounds read three more characters at least, or change nothing.
      for (let k = n.min; k < Math.min(n.max, n.min + 3) && cur.size; k++) {
        cur = step(n.node, cur, w);
        for (const s of cur) out.add(s);
      }
      return out;
    }
    case 'char': {
      const out = new Set<string>();
      for (const s of open) {
        const started = !BEFORE_LETTERS.has(s);
        if (!n.chars) {
          if (!n.letterFree) throw new Unreadable('open character class');
          if (!started) throw new Unreadable('open non-letter class at the start');
          w.words.add(s);
          continue;
        }
        for (const c of n.chars) {
          if (!isLetterOrMark(c)) {
            if (started) w.words.add(s);
            else w.chars.add(c);
            continue;
          }
          if (s === '') throw new Unreadable('a letter with no word-start look-behind before it');
          if (s === '~') w.afterMark = true;
          const lower = c.toLowerCase();
          if (lower.length !== 1 || lower.charCodeAt(0) > 0xff) throw new Unreadable('a letter outside Latin-1');
          const next = (started ? s : '') + lower;
          if (next.length === 3) w.words.add(next);
          else out.add(next);
        }
      }
      return out;
    }
  }
}

/** What `re` can start with, or null when its source cannot be read that far. */
export function startsOf(re: RegExp): Starts | null {
  if (!re.unicode || re.sticky || re.multiline) return null;
  try {
    const w: Walk = { words: new Set(), chars: new Set(), afterMark: false };
    const open = stepAll([{ t: 'group', branches: parse(re.source) }], new Set(['']), w);
    if (open.size) return null; // a match may end before its first word does
    return {
      words: new Set([...w.words].map((s) => keyOf([...s].map((c) => c.charCodeAt(0))))),
      chars: new Set([...w.chars].map((c) => c.charCodeAt(0))),
      afterMark: w.afterMark,
    };
  } catch (e) {
    if (e instanceof Unreadable) return null;
    throw e;
  }
}

/**
 * Keys of the first min(3, length) letters, lower-cased, of every word that `re`, anchored with ^…$, can match
 * whole; null when its source cannot be read that far. For a table of word patterns (demonyms).
 */
export function wordPrefixes(re: RegExp): Set<number> | null {
  if (re.sticky || re.multiline || (!re.unicode && /\\[pPuk]/.test(re.source))) return null;
  let u: RegExp;
  try {
    u = re.unicode ? re : new RegExp(re.source, `${re.flags}u`);
  } catch {
    return null;
  }
  const s = startsOf(u);
  return s && !s.chars.size && !s.afterMark ? s.words : null;
}

// --- Scanning ----------------------------------------------------------------------------------------

/** Lower case of each Latin-1 character code. */
const LOWER = Uint8Array.from({ length: 256 }, (_, c) => String.fromCharCode(c).toLowerCase().charCodeAt(0));
const IS_LETTER = 1;
const IS_MARK = 2;
const IS_OTHER = 3;
/** A high surrogate: the class is the pair's. */
const IS_HIGH = 4;
/** Per UTF-16 unit: 0 not asked yet, else one of the above (a lone low surrogate is IS_OTHER). */
const unitClass = new Uint8Array(0x10000).fill(IS_HIGH, 0xd800, 0xdc00);
const astralClass = new Map<number, number>();

function classOf(c: string): number {
  return LETTER.test(c) ? IS_LETTER : MARK.test(c) ? IS_MARK : IS_OTHER;
}

/** Class of the code point at `i`, for a unit of class 0 (not asked yet) or IS_HIGH. */
function classAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff) {
    const d = text.charCodeAt(i + 1);
    if (!(d >= 0xdc00 && d <= 0xdfff)) return IS_OTHER;
    const cp = (c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000;
    let v = astralClass.get(cp);
    if (v === undefined) astralClass.set(cp, (v = classOf(String.fromCodePoint(cp))));
    return v;
  }
  return (unitClass[c] = classOf(String.fromCharCode(c)));
}

/** True when text[i] is (part of) a letter or a mark. */
function inWord(text: string, i: number): boolean {
  if (i < 0 || i >= text.length) return false;
  let cls = unitClass[text.charCodeAt(i)];
  if (cls === 0 || cls === IS_HIGH) cls = classAt(text, i);
  else if (cls === IS_OTHER && i > 0 && unitClass[text.charCodeAt(i - 1)] === IS_HIGH) cls = classAt(text, i - 1); // a low surrogate
  return cls === IS_LETTER || cls === IS_MARK;
}

/** What `exec` gives for a match of a group-less expression at [at, end). */
function wordMatch(text: string, at: number, end: number): RegExpExecArray {
  const m = [text.slice(at, end)] as unknown as RegExpExecArray;
  m.index = at;
  m.input = text;
  m.groups = undefined;
  return m;
}

function addAt(candidates: number[][], mask: number, at: number): void {
  for (let k = 0; mask; k++, mask >>>= 1) if (mask & 1) candidates[k].push(at);
}

/** Global patterns matched together: `matchAll(text)[k]` holds what `[...text.matchAll(patterns[k])]` does. */
export class WordPatterns {
  private readonly sticky: RegExp[];
  /** Per pattern, null when it is scanned the ordinary way. */
  private readonly starts: Array<Starts | null>;
  /** Per pattern read word by word, its words when it is a plain list of them (see analyzeWordList.ts). */
  private readonly lists: Array<WordList | null>;
  /** First-letters key -> bit set of the patterns that may start with that word. */
  private readonly byWord = new Map<number, number>();
  /** Non-letter character code -> bit set of the patterns that may start with it; none when no pattern does. */
  private readonly byChar: Int32Array | undefined;
  /** Patterns to try at a word whose first letters are not all Latin-1. */
  private anyWord = 0;
  /** Patterns to try after a mark inside a word. */
  private afterMark = 0;

  constructor(private readonly patterns: readonly RegExp[]) {
    if (patterns.length > 30) throw new Error('WordPatterns: at most 30 patterns');
    this.sticky = patterns.map((re) => new RegExp(re.source, `${re.flags.replace('g', '')}y`));
    this.starts = patterns.map((re) => (re.global ? startsOf(re) : null));
    this.lists = patterns.map((re, k) => (this.starts[k] ? WordList.of(re) : null));
    if (this.starts.some((s) => s?.chars.size)) this.byChar = new Int32Array(0x10000);
    this.starts.forEach((s, k) => {
      if (!s) return;
      const bit = 1 << k;
      if (s.words.size) this.anyWord |= bit;
      if (s.afterMark) this.afterMark |= bit;
      for (const key of s.words) this.byWord.set(key, (this.byWord.get(key) ?? 0) | bit);
      for (const c of s.chars) this.byChar![c] |= bit;
    });
  }

  /** True when pattern k is matched word by word, false when it is scanned (for tests). */
  readable(k: number): boolean {
    return this.starts[k] !== null;
  }

  /** True when pattern k is a plain list of words, looked up in a trie where it may start (for tests). */
  listed(k: number): boolean {
    return this.lists[k] !== null;
  }

  /** Every pattern's matches in `text`. */
  matchAll(text: string): RegExpExecArray[][] {
    const candidates = this.candidates(text);
    return this.patterns.map((_, k) => this.matchesIn(k, text, candidates[k]));
  }

  /**
   * Pattern k's matches in text.slice(from, to), as `[...text.slice(from, to).matchAll(re)]` gives them (offsets
   * in the slice), from `candidates(text)[k]`. When the slice cuts a word, its own words are walked instead.
   */
  matchesIn(k: number, text: string, candidates: readonly number[], from = 0, to = text.length): RegExpExecArray[] {
    const part = from === 0 && to === text.length ? text : text.slice(from, to);
    if (!this.starts[k]) return [...part.matchAll(this.patterns[k])];
    if (part !== text && (inWord(text, from - 1) || (inWord(text, to - 1) && inWord(text, to)))) {
      return this.matchesIn(k, part, this.candidates(part)[k]);
    }
    const out: RegExpExecArray[] = [];
    const sticky = this.sticky[k];
    const list = this.lists[k];
    let next = 0;
    for (let j = firstAtLeast(candidates, from); j < candidates.length && candidates[j] < to; j++) {
      const at = candidates[j] - from;
      if (at < next) continue;
      const end = list ? list.matchAt(part, at, inWord) : ASK_THE_EXPRESSION;
      if (end === -1) continue;
      sticky.lastIndex = at;
      const m = end === ASK_THE_EXPRESSION ? sticky.exec(part) : wordMatch(part, at, end);
      if (!m) continue;
      out.push(m);
      next = at + (m[0].length || 1);
    }
    return out;
  }

  /** Per pattern, the offsets where it may start in `text`, ascending (empty for a scanned pattern). */
  candidates(text: string): number[][] {
    const candidates: number[][] = this.patterns.map(() => []);
    const n = text.length;
    const { byChar, byWord, anyWord, afterMark } = this;
    let unsorted = false;
    for (let i = 0; i < n;) {
      let c = text.charCodeAt(i);
      let cls = unitClass[c];
      if (cls === 0 || cls === IS_HIGH) cls = classAt(text, i);
      if (cls === IS_OTHER) {
        if (byChar !== undefined && byChar[c] !== 0) addAt(candidates, byChar[c], i);
        i++;
        continue;
      }
      // A word: its first three units, lower-cased, pick the patterns to try at its start.
      const start = i;
      let key = 0;
      let units = 0;
      let latin1 = true;
      for (;;) {
        if (c >= 0xd800 && c <= 0xdbff) {
          // An astral letter or mark (a pair): no key for this word.
          if (units < 3) [latin1, units] = [false, 3];
          i += 2;
        } else {
          if (units < 3) {
            if (c > 0xff) latin1 = false;
            else key = key * 256 + LOWER[c];
            units++;
          }
          i++;
        }
        const mark = cls === IS_MARK;
        // The key is complete: skip the plain letters of the word's rest.
        if (units === 3 && !mark) while (i < n && unitClass[text.charCodeAt(i)] === IS_LETTER) i++;
        if (i >= n) break;
        c = text.charCodeAt(i);
        cls = unitClass[c];
        if (cls === 0 || cls === IS_HIGH) cls = classAt(text, i);
        if (cls === IS_OTHER) break;
        // After a mark: a start for the patterns whose look-behind lets marks through.
        if (mark && afterMark !== 0) {
          addAt(candidates, afterMark, i);
          unsorted = true;
        }
      }
      const mask = latin1 ? byWord.get(units * 0x1000000 + key) : anyWord;
      if (mask) addAt(candidates, mask, start);
    }
    if (unsorted) for (const list of candidates) list.sort((a, b) => a - b);
    return candidates;
  }
}
