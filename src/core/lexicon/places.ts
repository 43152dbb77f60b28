/**
 * A small gazetteer of countries, capitals, major cities and regions in French and English, and a
 * finder for place names in running text (the data: places.data.ts). No I/O.
 *
 * Offsets returned are Unicode code points (end exclusive), like every offset in `model.ts`.
 */
import { MONTHS, WEEKDAYS } from '../detect/calendarWords';
import type { Span } from '../model';
import { TextIndex } from '../text/offsets';
import { SpanTable } from '../text/spanTable';
import { DEMONYM_STEMS, PLACE_TABLE } from './places.data';

export type PlaceKind = 'country' | 'city' | 'region';

export interface PlaceInfo {
  /** Stable key: lowercase ASCII slug of the English name ("riyadh", "saudi-arabia"). */
  id: string;
  /** Display name (first spelling in the table, French where both exist). */
  name: string;
  /** English display name: the spelling the id is the slug of ("saudi-arabia": "Saudi Arabia"), else `name`. */
  nameEn: string;
  kind: PlaceKind;
  /** For a city or region: the id of its country, if known. */
  country?: string;
}

export interface PlaceSpan extends Span {
  /** Key of the place ("riyadh"); for a cue-only match, a slug of the text. */
  id: string;
  kind: PlaceKind | 'unknown';
  /** 1 for a gazetteer match, lower for a capitalised name found only after a place preposition. */
  confidence: number;
}

const PLACES = new Map<string, PlaceInfo>();
/** Folded spelling -> place id. */
const SPELLINGS = new Map<string, string>();
/** First folded word of a spelling -> the longest spelling (in words) that starts with it. */
const MAX_WORDS = new Map<string, number>();

/** Lowercase, accents removed, typographic apostrophes unified: the key spellings are compared on. */
export function foldPlaceName(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’ʼ`]/g, "'")
    .replace(/\s+/g, ' ')
    .toLowerCase()
    .trim();
}

/** Words of a spelling, as the scanner tokenises them (hyphens and apostrophes separate words). */
function wordsOf(s: string): string[] {
  return foldPlaceName(s)
    .split(/[\s\-']+/)
    .filter(Boolean)
    .map((w) => w.replace(/\.$/, ''));
}

for (const line of PLACE_TABLE.split('\n')) {
  const row = line.trim();
  if (!row) continue;
  const [id, kind, country, ...spellings] = row.split('|');
  const nameEn = spellings.find((sp) => wordsOf(sp).join('-') === id) ?? spellings[0];
  PLACES.set(id, { id, name: spellings[0], nameEn, kind: kind as PlaceKind, ...(country ? { country } : {}) });
  for (const sp of spellings) {
    const words = wordsOf(sp);
    const key = words.join(' ');
    // A city and a country can share a spelling (Singapour, Mexico, Koweït): the first row wins,
    // except that a city row overrides a country of the same name for the city's own spelling only.
    if (!SPELLINGS.has(key)) SPELLINGS.set(key, id);
    MAX_WORDS.set(words[0], Math.max(MAX_WORDS.get(words[0]) ?? 0, words.length));
  }
}

/**
 * False when no spelling of two words or more starts with the first word of `word` as wordsOf reads it: then
 * no phrase that starts with `word` and goes on after a space (or ". ") is a place's name (`isPlaceName`).
 */
export function mayStartPlacePhrase(word: string): boolean {
  const first = wordsOf(word)[0];
  return first !== undefined && (MAX_WORDS.get(first) ?? 0) >= 2;
}

/** Information about a known place, by spelling ("Riyad", "Kyiv", "Etats-Unis") or by id. */
export function placeInfo(nameOrId: string): PlaceInfo | undefined {
  const byId = PLACES.get(nameOrId);
  if (byId) return byId;
  const id = SPELLINGS.get(wordsOf(nameOrId).join(' '));
  return id ? PLACES.get(id) : undefined;
}

/** Stable key of a place name: the gazetteer id for a known place, a slug of the name otherwise. */
export function placeKey(name: string): string {
  return placeInfo(name)?.id ?? wordsOf(name).join('-');
}

/** True when `name` is a known country, capital, major city or region, in French or English. */
export function isPlaceName(name: string): boolean {
  return SPELLINGS.has(wordsOf(name).join(' '));
}

/** True when place `inner` lies in place `outer` (a city in its country), or they are the same. */
export function placeWithin(inner: string, outer: string): boolean {
  const a = placeInfo(inner);
  const b = placeInfo(outer);
  if (!a || !b) return placeKey(inner) === placeKey(outer);
  return a.id === b.id || a.country === b.id;
}

/**
 * Month and weekday names as the scanner folds a token (foldToken): from calendarWords.ts, the one list of
 * them. Full names only, as this list always had: the abbreviations there ('mar.', 'sept.') lose their dot
 * when folded, and a capitalised 'Mar' or 'Sept' after 'in' or 'à' is not always a date.
 */
const CALENDAR_NAMES = [...Object.keys(MONTHS), ...Object.keys(WEEKDAYS)].filter((w) => !w.endsWith('.')).map((w) => foldPlaceName(w));

// Words after a place preposition that are capitalised but are not places.
const CUE_STOP = new Set([
  ...CALENDAR_NAMES,
  'the',
  'this',
  'that',
  'his',
  'her',
  'their',
  'its',
  'our',
  'my',
  'a',
  'an',
  'addition',
  'fact',
  'order',
  'particular',
  'la',
  'le',
  'les',
  'l',
  'un',
  'une',
  'ce',
  'cette',
  'ces',
  'son',
  'sa',
  'ses',
  'leur',
  'leurs',
  'notre',
  'nos',
  'monsieur',
  'madame',
  'mr',
  'mrs',
  'ms',
  'dr',
  'president',
  'general',
  'minister',
  'ministre',
  'moi',
  'lui',
  'elle',
  'eux',
]);

const LETTER = /\p{L}/u;
const UPPER = /\p{Lu}/u;
const DOTTED_ABBREVIATION = /\p{L}\.\p{L}\.$/u;
// Words before a place name that announce it (so "à Washington Marco…" is the city), and cue words.
const ANNOUNCING = new Set(['a', 'au', 'aux', 'en', 'in', 'at', 'to', 'from', 'de', 'du', 'des', 'vers', 'depuis', 'near', 'et', 'and', 'ou', 'or']);
const CUE = new Set(['a', 'in', 'near', 'outside', 'depuis', 'vers']);

/** `UPPER.test(text[i])`, one UTF-16 unit as the scanner looks at it; asked of every token, so kept by unit. */
const upperUnit = new Int8Array(0x10000); // 0 not asked yet, 1 upper case, 2 not
function isUpperAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  let v = upperUnit[c];
  if (v === 0) upperUnit[c] = v = UPPER.test(String.fromCharCode(c)) ? 1 : 2;
  return v === 1;
}

/** A token's folded form: foldPlaceName, no final dot. */
function foldToken(raw: string): string {
  return foldPlaceName(raw).replace(/\.$/, '');
}

const TABLE_WORDS = 20_000;

/**
 * The tokens met so far (a `SpanTable`) with their folded forms (`foldToken`). Bounded: a full table learns nothing
 * more, and `findPlaces` starts a new one before the next text.
 */
class FoldedWords {
  private readonly spans = new SpanTable(TABLE_WORDS);
  private readonly foldedOf: string[] = [];

  get full(): boolean {
    return this.spans.full;
  }

  /** foldToken(text.slice(i, j)). */
  fold(text: string, i: number, j: number): string {
    const w = this.spans.find(text, i, j);
    if (w >= 0) return this.foldedOf[w];
    const word = text.slice(i, j);
    const folded = foldToken(word);
    if (!this.spans.full) {
      this.spans.add(word);
      this.foldedOf.push(folded);
    }
    return folded;
  }
}

let foldedWords: FoldedWords | undefined;

const WORD_CHAR = /^[\p{L}\p{M}\d]$/u;
const LETTER_OR_MARK = /^[\p{L}\p{M}]$/u;
/** Per UTF-16 unit: 0 not asked yet, else KNOWN + WORD (letter, mark or digit) + LM (letter or mark), or HIGH. */
const KNOWN = 1;
const WORD = 2;
const LM = 4;
/** A high surrogate: the class is the pair's. */
const HIGH = 8;
const unitClass = new Uint8Array(0x10000).fill(HIGH, 0xd800, 0xdc00);
const astralClass = new Map<number, number>();

function classOf(s: string): number {
  return KNOWN + (WORD_CHAR.test(s) ? WORD : 0) + (LETTER_OR_MARK.test(s) ? LM : 0);
}

/** Width in UTF-16 units of the code point at `i` when it is in class `cls` (WORD or LM), else 0. */
function widthIn(text: string, i: number, cls: number): number {
  const v = unitClass[text.charCodeAt(i)]; // undefined past the end
  if (v & cls) return 1;
  if (v !== 0 && v !== HIGH) return 0;
  const c = text.charCodeAt(i);
  if (v === HIGH) {
    const d = text.charCodeAt(i + 1);
    if (!(d >= 0xdc00 && d <= 0xdfff)) return 0; // a lone surrogate is nothing
    const cp = (c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000;
    let a = astralClass.get(cp);
    if (a === undefined) astralClass.set(cp, (a = classOf(String.fromCodePoint(cp))));
    return a & cls ? 2 : 0;
  }
  return (unitClass[c] = classOf(String.fromCharCode(c))) & cls ? 1 : 0;
}

/** foldPlaceName of each Latin-1 character, as one Latin-1 code, or -1 (built on first use). */
let foldUnit: Int16Array | undefined;

/**
 * A number for the first three characters of a token's folded form (`Tokens.folded`), read from the text
 * without folding it; -1 when a character needs the whole fold (outside Latin-1: marks, ligatures).
 */
function foldedStartKey(text: string, start: number, end: number): number {
  // The folded form drops a final dot ("U.S." -> "u.s").
  const n = Math.min(3, end - start - (text.charCodeAt(end - 1) === 0x2e ? 1 : 0));
  let key = 0;
  foldUnit ??= Int16Array.from({ length: 256 }, (_, c) => {
    const f = foldPlaceName(String.fromCharCode(c));
    return f.length === 1 && f.charCodeAt(0) < 256 ? f.charCodeAt(0) : -1;
  });
  for (let i = start; i < start + n; i++) {
    const c = text.charCodeAt(i);
    const f = c < 256 ? foldUnit[c] : -1;
    if (f < 0) return -1;
    key = key * 256 + f;
  }
  return n * 0x1000000 + key;
}

/** The same number for the start of a folded word. */
function startKey(folded: string): number {
  const n = Math.min(3, folded.length);
  let key = 0;
  for (let i = 0; i < n; i++) {
    const c = folded.charCodeAt(i);
    if (c >= 256) return -1;
    key = key * 256 + c;
  }
  return n * 0x1000000 + key;
}

/** Start keys of the first words of spellings and of the cue words: a token with another start is neither. */
let starts: { spellings: Set<number>; cues: Set<number>; de: Set<number> } | undefined;

/**
 * The tokens of a text: runs of letters and digits, with the dots inside abbreviations ("U.S.", "D.C."), as
 * /[\p{L}\p{M}\d]+(?:\.[\p{L}\p{M}]+)*\.?/gu finds them, a final dot kept for an abbreviation only. Scanned by
 * hand (a match object per word would cost more than the rest of the place search): UTF-16 offsets, and each
 * token's folded form, computed when first asked for. The offsets live in buffers shared by every text (one
 * text's tokens at a time: read nothing past `length`).
 */
let tokenStart = new Int32Array(1024);
let tokenEnd = new Int32Array(1024);

function grown(a: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
}

class Tokens {
  readonly start: Int32Array;
  readonly end: Int32Array;
  readonly length: number;
  private readonly foldedForms: string[] = [];

  constructor(
    private readonly text: string,
    private readonly words: FoldedWords,
  ) {
    const n = text.length;
    let w: number;
    let count = 0;
    for (let i = 0; i < n;) {
      // The unit's class straight from the table when known; widthIn for the rest (new units, surrogates).
      const v = unitClass[text.charCodeAt(i)];
      if (!(v & WORD) && ((v !== 0 && v !== HIGH) || !widthIn(text, i, WORD))) {
        i++;
        continue;
      }
      const start = i;
      // [\p{L}\p{M}\d]+ (?:\.[\p{L}\p{M}]+)* \.?
      for (;;) {
        const u = unitClass[text.charCodeAt(i)]; // undefined past the end
        if (u & WORD) i++;
        else if ((u === 0 || u === HIGH) && (w = widthIn(text, i, WORD))) i += w;
        else break;
      }
      while (text.charCodeAt(i) === 0x2e && (w = widthIn(text, i + 1, LM))) {
        i += 1 + w;
        while ((w = widthIn(text, i, LM))) i += w;
      }
      let end = i;
      if (text.charCodeAt(i) === 0x2e) {
        i++;
        // Keep a final dot only for abbreviations like "U.S." (a dot between letters before it).
        if (DOTTED_ABBREVIATION.test(text.slice(Math.max(start, i - 6), i))) end = i;
      }
      if (count === tokenStart.length) {
        tokenStart = grown(tokenStart);
        tokenEnd = grown(tokenEnd);
      }
      tokenStart[count] = start;
      tokenEnd[count++] = end;
    }
    this.start = tokenStart;
    this.end = tokenEnd;
    this.length = count;
  }

  folded(i: number): string {
    return (this.foldedForms[i] ??= this.words.fold(this.text, this.start[i], this.end[i]));
  }

  /** False when token i's folded form cannot start with any of `starts` (start keys), without folding it. */
  mayBeIn(i: number, starts: ReadonlySet<number>): boolean {
    const key = this.foldedForms[i] !== undefined ? startKey(this.foldedForms[i]) : foldedStartKey(this.text, this.start[i], this.end[i]);
    return key < 0 || starts.has(key);
  }
}

/** True when the characters between two tokens may sit inside a place name (space, hyphen, apostrophe). */
function joinable(text: string, from: number, to: number): boolean {
  if (to - from > 2) return false;
  const gap = text.slice(from, to);
  return /^(?:\s|-|'|’){1,2}$/.test(gap) && !gap.includes('\n');
}

/** Words of at least three letters the text writes in lower case. */
function lowerCaseWords(text: string): Set<string> {
  return new Set(text.match(/(?<![\p{L}\p{M}'’-])\p{Ll}[\p{Ll}\p{M}]{2,}(?![\p{L}\p{M}])/gu) ?? []);
}

/**
 * The line around `at` capitalises most of its words of four letters or more (three at least): a headline in
 * title case, where a capital marks no name.
 */
function titleCaseLine(text: string, at: number, seen: Map<number, boolean>): boolean {
  const from = text.lastIndexOf('\n', at) + 1;
  const known = seen.get(from);
  if (known !== undefined) return known;
  const nl = text.indexOf('\n', at);
  const line = text.slice(from, nl < 0 ? text.length : nl);
  const words = line.match(/[\p{L}\p{M}]{4,}/gu) ?? [];
  const upper = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  const title = upper >= 3 && upper >= 0.75 * words.length;
  seen.set(from, title);
  return title;
}

/**
 * Place names in `text` with code-point offsets: every gazetteer match (confidence 1), and a capitalised
 * unknown name right after a place preposition ("à Koursk", "in Tikrit") with confidence 0.5.
 * Matches are the longest spelling at each position and do not overlap. `idx` is the text's own index, when
 * the caller has one.
 */
export function findPlaces(text: string, idx: TextIndex = new TextIndex(text)): PlaceSpan[] {
  if (!foldedWords || foldedWords.full) foldedWords = new FoldedWords();
  const tk = new Tokens(text, foldedWords);
  starts ??= { spellings: new Set([...MAX_WORDS.keys()].map(startKey)), cues: new Set([...CUE].map(startKey)), de: new Set([startKey('de')]) };
  const { spellings, cues, de } = starts;
  const out: PlaceSpan[] = [];
  let lowerWords: Set<string> | undefined;
  // Per line start: a one-line article is read once, not once per capitalised word after "in".
  const titleLines = new Map<number, boolean>();
  for (let i = 0; i < tk.length; i++) {
    const tStart = tk.start[i];
    const tEnd = tk.end[i];
    if (!isUpperAt(text, tStart)) continue;
    // Longest gazetteer spelling starting here. Spellings like "La Haye" start with an article.
    const maxWords = tk.mayBeIn(i, spellings) ? (MAX_WORDS.get(tk.folded(i)) ?? 0) : 0;
    let matched = 0;
    let id: string | undefined;
    let words = '';
    for (let k = 0; k < maxWords && i + k < tk.length; k++) {
      if (k > 0 && !joinable(text, tk.end[i + k - 1], tk.start[i + k])) break;
      words = k ? `${words} ${tk.folded(i + k)}` : tk.folded(i);
      const hit = SPELLINGS.get(words);
      if (hit) {
        matched = k + 1;
        id = hit;
      }
    }
    if (id) {
      const lastEnd = tk.end[i + matched - 1];
      // "Washington Post", "Chad Smith", "Russie unie": a one-word place followed by another capitalised
      // word is usually part of another name, unless a place preposition announces it ("à Washington Marco…").
      const next = i + matched;
      const info = PLACES.get(id)!;
      const announced = i > 0 && ANNOUNCING.has(tk.folded(i - 1));
      const followedByName =
        matched === 1 &&
        next < tk.length &&
        joinable(text, lastEnd, tk.start[next]) &&
        !text.slice(lastEnd, tk.start[next]).includes('-') &&
        isUpperAt(text, tk.start[next]) &&
        !SPELLINGS.has(tk.folded(next)) &&
        !CUE_STOP.has(tk.folded(next));
      if (!followedByName || announced) {
        const start = idx.toCodePoint(tStart);
        const end = idx.toCodePoint(lastEnd);
        out.push({ start, end, text: text.slice(tStart, lastEnd), id, kind: info.kind, confidence: 1 });
        i += matched - 1;
        continue;
      }
    }
    // Cue: a capitalised unknown word after "à", "in", "near", "près de" (not at a sentence start).
    // "près de X" too (French's "near"): "de" alone ("le maire de X") places nothing.
    const nearDe = i > 1 && tk.mayBeIn(i - 1, de) && tk.folded(i - 1) === 'de' && tk.folded(i - 2) === 'pres' && joinable(text, tk.end[i - 2], tk.start[i - 1]);
    if (i === 0 || (!nearDe && (!tk.mayBeIn(i - 1, cues) || !CUE.has(tk.folded(i - 1))))) continue;
    const prevStart = tk.start[i - 1];
    const prevEnd = tk.end[i - 1];
    if (!joinable(text, prevEnd, tStart) || text.slice(prevStart, prevEnd) === 'A' || text.slice(prevStart, prevEnd) === 'In') continue;
    const folded = tk.folded(i);
    if (CUE_STOP.has(folded) || folded.length < 3 || !LETTER.test(text[tStart])) continue;
    // Two capitalised words in a row after "à" are more often a person ("à Vladimir Poutine").
    const next = i + 1;
    if (next < tk.length && joinable(text, tEnd, tk.start[next]) && isUpperAt(text, tk.start[next]) && !text.slice(tEnd, tk.start[next]).includes('-'))
      continue;
    // All-caps short tokens are organisations ("à l'AFP" is already excluded by the apostrophe; "in NATO").
    if (text.slice(tStart, tEnd) === text.slice(tStart, tEnd).toUpperCase()) continue;
    // A capital says nothing in a headline written in title case ("Man Killed In Hit And Run"), nor on a word
    // the article also writes in lower case ("was hit by a car"): a verb or a noun, not a place.
    if (titleCaseLine(text, tStart, titleLines) || (lowerWords ??= lowerCaseWords(text)).has(text.slice(tStart, tEnd).toLowerCase())) continue;
    const start = idx.toCodePoint(tStart);
    const end = idx.toCodePoint(tEnd);
    out.push({ start, end, text: text.slice(tStart, tEnd), id: folded.replace(/\s+/g, '-'), kind: 'unknown', confidence: 0.5 });
  }
  return out;
}

/** Number of places in the gazetteer (for tests and diagnostics). */
export function placeCount(): number {
  return PLACES.size;
}

/** The word patterns behind `countryOfDemonym`, tried on a word folded and on it lower-cased. */
export function demonymPatterns(): readonly RegExp[] {
  return DEMONYM_STEMS.map(([re]) => re);
}

/** The country (or region) a demonym or relational adjective names ("russes" -> "russia"), if known. */
export function countryOfDemonym(word: string): string | undefined {
  const w = foldPlaceName(word);
  for (const [re, id] of DEMONYM_STEMS) if (re.test(w.normalize('NFC')) || re.test(word.toLowerCase())) return id;
  return undefined;
}
