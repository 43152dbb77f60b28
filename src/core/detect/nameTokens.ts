/**
 * The capitalised words of a text, as people detection reads them: tokens with a first kind (a possible
 * name, a function word, a title, a nationality, a place, an organisation, a head noun, capitals), and the
 * words right before a position.
 */
import { isFirstName } from '../lexicon/firstNames';
import { isNationality } from '../lexicon/nationalities';
import { isOrganisationName } from '../lexicon/organisations';
import { isNonPersonHead } from '../lexicon/nameHeads';
import { isPlaceName } from '../lexicon/places';
import { isRegionName } from '../lexicon/regions';
import { HONORIFICS, TITLE_CAPS } from '../lexicon/roles';
import { isCalendarWord } from './calendarWords';
import { numberWordValue } from './numbers';
import { personKey } from './personKey';
import { SliceTable } from './sliceTable';
import { classTable, codePointWidth, isLetterAt, isLetterOrMarkAt, isLetterUnit, isUpperAt, isWordUnit, LETTER, MARK, UPPER } from './chars';

export interface Token {
  text: string;
  start: number;
  end: number;
  /** 'head': a noun that heads an organisation, place or work ("City", "University", "Railroad"). */
  kind: 'name' | 'stop' | 'title' | 'nat' | 'place' | 'org' | 'caps' | 'head';
  /** What is known of the word, shared by all its tokens (its kind as tokenize first gave it, answers asked once). */
  facts: WordFacts;
}

/**
 * The answers about one capitalised word that people detection asks for many of its tokens, each computed at
 * the first question (a property read after that, where a cache keyed by the word was a string hash lookup).
 */
export class WordFacts {
  /** isFirstName of the word: -1 not asked yet, 0 no, 1 yes. */
  firstName = -1;
  /** Whether a multi-word phrase may start with the word (nameSegments): -1 not asked yet, 0 no, 1 yes. */
  phraseStart = -1;
  /** personKey of the word, once asked. */
  key: string | undefined = undefined;

  constructor(readonly kind: Token['kind']) {}

  /** Left out of a token's JSON (what a token was before it carried its word's facts; the A/B tools compare it). */
  toJSON(): undefined {
    return undefined;
  }
}

/** personKey(t.text), computed once per word. */
export function keyOfToken(t: Token): string {
  return (t.facts.key ??= personKey(t.text));
}

/** isFirstName(t.text), asked once per word. */
export function isFirstNameToken(t: Token): boolean {
  const f = t.facts;
  if (f.firstName < 0) f.firstName = isFirstName(t.text) ? 1 : 0;
  return f.firstName === 1;
}

// A capitalised word, with inner hyphens or apostrophes ("Pannier-Runacher", "O'Brien", "Jean-Yves"):
// /\p{Lu}[\p{L}\p{M}]*(?:[-'’]\p{L}[\p{L}\p{M}]*){0,4}/gu, scanned by hand in `tokenize`.
// Module constants rather than literals in the functions: bundled for Node 20, a `\p{…}` literal becomes a
// `new RegExp` evaluated at every call.
export const UPPER_RE = /\p{Lu}/u;
export const UPPER_START_RE = /^\p{Lu}/u;
export const ELISION_RE = /^\p{L}['’]/u;
export const ELIDED = /^(?:L|D|J|Qu|S|N|C|M)['’]/u;

/** Capitalised function words and other sentence-initial words that never start a name. */
export const STOP = new Set(
  `
le la les l un une des du de ce cet cette ces son sa ses leur leurs notre nos votre vos mon ma mes il elle ils elles on nous vous je tu
selon pour après apres avant dans depuis lors mais et ou où au aux en sur sous par avec sans chez comme quand si alors ainsi cependant
toutefois pourtant parmi entre contre vers malgré voici voilà donc or ni car puis enfin déjà encore aussi même tout tous toute toutes
aucun aucune chaque plusieurs certains certaines autre autres quel quelle quels quelles qui que quoi dont lequel laquelle pas plus
moins très trop bien non oui ici là cela ceci ça celui celle ceux celles a à y
the a an this that these those he she it they we i you his her their its our my your in on at for from with by of after before during
since as but and or if when while according about over under into onto upon than then there here what which who whom whose why how
not no yes all some any each every both either neither many much more most other another such only also just even still yet
image photo vidéo video table contents source sources lire read more plus actualisé updated
seul seule seuls seules
nobody somebody someone everyone everybody anyone anybody nothing something everything anything personne quelqu'un quelqu’un
mr mrs ms mesdames messieurs mesdemoiselles celle-ci celui-ci ceux-ci celles-ci celle-là celui-là
later earlier meanwhile however now instead moreover furthermore nevertheless nonetheless afterwards previously separately elsewhere
see although though because unless whereas whilst despite until once where whether was were is are has had have been being finally initially eventually recently currently thus hence therefore besides ensuite désormais auparavant finalement néanmoins
récemment actuellement hier demain yesterday today tomorrow tonight
`
    .split(/\s+/)
    .filter(Boolean),
);

/** Capitalised common nouns of institutions and headings that come right after a role word. */
export const NOT_NAME = new Set([
  'affaires',
  'etat',
  'état',
  'défense',
  'defense',
  'intérieur',
  'justice',
  'santé',
  'economie',
  'économie',
  'finances',
  'transition',
  'armées',
  'culture',
  'travail',
  'education',
  'éducation',
  'climat',
  'environnement',
  'agriculture',
  'commerce',
  'industrie',
  'sports',
  'union',
  'alliance',
  'occident',
  'ouest',
  'est',
  'nord',
  'sud',
  'gouvernement',
  'service',
  'services',
  'département',
  'ministère',
  'conseil',
  'assemblée',
  'parlement',
  'sénat',
  'chambre',
  'cour',
  'tribunal',
  'république',
  'royaume',
  'états',
  'etats',
  'nations',
  'communauté',
  'organisation',
  'fédération',
  'federation',
  'agence',
  'banque',
  'fonds',
  'groupe',
  'parti',
  'front',
  'mouvement',
]);

/** Start of the run of letters (`\p{L}`, code points) that ends at `end`, not below `floor`. */
export function letterRunStart(text: string, floor: number, end: number): number {
  let i = end;
  while (i > floor) {
    const d = text.charCodeAt(i - 1);
    if (d >= 0xdc00 && d <= 0xdfff && i - 2 >= floor && codePointWidth(text, i - 2) === 2) {
      if (!isLetterAt(text, i - 2)) break;
      i -= 2;
      continue;
    }
    if (!isLetterUnit(text, i - 1)) break;
    i--;
  }
  return i;
}

/**
 * English adverbs that open a sentence or a clause ("Apparently X was", "Originally the band"): derived in
 * -ly from an adjective or a participle; family names in -ly ("Connolly", "Donnelly") do not end so.
 */
const ENGLISH_ADVERB = /(?:ally|ently|antly|ously|ively|ately|edly|ingly|fully|ually|ibly|ably|tly|ily)$/;

/** Every capitalised word met so far and its kind: a text names the same words many times, and texts share most of them. */
const TOKEN_WORDS = new SliceTable<WordFacts>();

/** The kind of a capitalised word (cached). */
export function classify(text: string): Token['kind'] {
  return TOKEN_WORDS.value(tokenWordSlot(text, 0, text.length)).kind;
}

/** The slot of TOKEN_WORDS that holds text[start, end), added (and classified) when it is new. */
function tokenWordSlot(text: string, start: number, end: number): number {
  const slot = TOKEN_WORDS.find(text, start, end);
  if (slot >= 0) return slot;
  const word = start === 0 && end === text.length ? text : text.slice(start, end);
  return TOKEN_WORDS.add(word, new WordFacts(classifyUncached(word)));
}

export function classifyUncached(text: string): Token['kind'] {
  const lower = text.toLowerCase();
  // "Ten years later", "Six months on": a number word opening a sentence names no one.
  if (STOP.has(lower) || isCalendarWord(text) || numberWordValue(lower) !== undefined) return 'stop';
  if (HONORIFICS.has(lower) || HONORIFICS.has(`${lower}.`) || TITLE_CAPS.has(lower)) return 'title';
  if (isNationality(text)) return 'nat';
  if (isOrganisationName(text)) return 'org';
  if (isPlaceName(text) || isRegionName(text)) return 'place';
  if (isNonPersonHead(text)) return 'head';
  if (text.length >= 2 && text === text.toUpperCase()) return 'caps';
  if (NOT_NAME.has(lower) || text.length < 2 || (text.length > 6 && ENGLISH_ADVERB.test(lower) && !isFirstName(text))) return 'stop';
  return 'name';
}

/** End of the run of letters and marks (`[\p{L}\p{M}]*`, code points) that starts at `j`, before `n`. */
export function letterOrMarkRunEnd(text: string, j: number, n: number, T: Uint8Array): number {
  while (j < n) {
    const d = text.charCodeAt(j);
    if ((T[d] & (LETTER | MARK)) !== 0) j++;
    else if (d >= 0xd800 && d <= 0xdbff && isLetterOrMarkAt(text, j)) j += 2;
    else break;
  }
  return j;
}

/**
 * Every unit that can start a token (a capital, or a high surrogate) and a few others: A-Z, the Latin-1
 * capitals, and everything from U+0100 on but the dashes, quotation marks and ellipsis of running text.
 */
export const TOKEN_START = /[A-Z\u00c0-\u00de\u0100-\u2012\u2015-\u2018\u201a\u201b\u201e-\u2025\u2027-\uffff]/g;

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  // A hand-written scan for NAME_TOKEN (the same matches, in the same order): the regular expression
  // tests `\p{Lu}` at every position, which is most of the time of people detection on a large text.
  // TOKEN_START finds the next candidate, faster than a loop over char codes.
  const T = classTable();
  const n = text.length;
  TOKEN_START.lastIndex = 0;
  while (TOKEN_START.test(text)) {
    const i = TOKEN_START.lastIndex - 1;
    const c = text.charCodeAt(i);
    // A surrogate pair is looked at whole. A pair that is no capital is skipped a unit at a time: its low
    // surrogate starts nothing either.
    if ((T[c] & UPPER) === 0 && (c < 0xd800 || c > 0xdbff || !isUpperAt(text, i))) continue;
    const index = i;
    let j = letterOrMarkRunEnd(text, i + codePointWidth(text, i), n, T);
    for (let k = 0; k < 4; k++) {
      const h = text.charCodeAt(j);
      if (!(h === 45 || h === 39 || h === 0x2019) || j + 1 >= n || !isLetterAt(text, j + 1)) break;
      j = letterOrMarkRunEnd(text, j + 1 + codePointWidth(text, j + 1), n, T);
    }
    TOKEN_START.lastIndex = j;
    if (index > 0 && isWordUnit(text, index - 1)) continue; // "McDonald" is one token already
    let start = index;
    let end = j;
    // ELIDED on the token, read from the units: "L'Oréal" names Oréal, "L'accord" nothing.
    const el = j - index > 2 ? elisionLength(text, index) : 0;
    if (el && j - index > el + 1 && (T[text.charCodeAt(index + el)] & UPPER) !== 0) start += el;
    else if (el) continue; // "L'accord", "Qu'il": not a name
    // English possessive: "Putin's envoy" names Putin.
    if (end - start > 3 && text.charCodeAt(end - 1) === 115 && (text.charCodeAt(end - 2) === 39 || text.charCodeAt(end - 2) === 0x2019)) end -= 2;
    // The word's string and kind come from the table: no slice, no hashing, for a word met before.
    const slot = tokenWordSlot(text, start, end);
    const facts = TOKEN_WORDS.value(slot);
    out.push({ text: TOKEN_WORDS.word(slot), start, end, kind: facts.kind, facts });
  }
  return out;
}

/** The length of ELIDED's match at `i` ("L'", "D’", "Qu'"), or 0. */
function elisionLength(text: string, i: number): number {
  const c = text.charCodeAt(i);
  const a = text.charCodeAt(i + 1);
  if ((c === 76 || c === 68 || c === 74 || c === 83 || c === 78 || c === 67 || c === 77) && (a === 39 || a === 0x2019)) return 2;
  const b = text.charCodeAt(i + 2);
  return c === 81 && a === 117 && (b === 39 || b === 0x2019) ? 3 : 0;
}

/** True when the word at `pos` starts a sentence (text start, newline, after . ! ? : or an opening quote). */
export function sentenceInitial(text: string, pos: number): boolean {
  for (let i = pos - 1; i >= 0 && pos - i < 12; i--) {
    const c = text[i];
    if (c === ' ' || c === '\u00a0' || c === '\t' || c === '(' || c === '-' || c === '—' || c === '–') continue;
    return c === '\n' || c === '.' || c === '!' || c === '?' || c === ':' || c === '«' || c === '“' || c === '"' || c === '…';
  }
  return pos === 0 || pos < 12;
}

/**
 * The last token that `wordsBefore(text, pos, 1)` reads, as start * 256 + length (a token is at most 120
 * units), or -1 when there is none: the same scan, without the strings.
 */
export function lastTokenBefore(text: string, pos: number): number {
  // A name's word before is asked by several of its tests in turn (its role, a determiner, a preposition).
  if (pos === lastAsked.pos && text === lastAsked.text) return lastAsked.packed;
  const packed = tokenBefore(text, pos, Math.max(0, pos - 120));
  lastAsked.text = text;
  lastAsked.pos = pos;
  lastAsked.packed = packed;
  return packed;
}

/** lastTokenBefore's last question and answer (the answer depends on the text and the position only). */
const lastAsked = { text: '', pos: -1, packed: -1 };

/**
 * The token of `wordsBefore`'s scan that ends at or before `pos`, not below `floor` (a word, or one of its
 * marks), as start * 256 + length, or -1 when the line starts first or none is left: called again at that
 * token's start, it gives the token before, as wordsBefore reads them.
 */
export function tokenBefore(text: string, pos: number, floor: number): number {
  let i = pos;
  while (i > floor) {
    const c = text.charCodeAt(i - 1);
    if (c === 10) return -1; // the line starts here
    if (c === 44 || c === 0xab || c === 0xbb || c === 34 || c === 0x201c || c === 0x201d || c === 40 || c === 41 || c === 58 || c === 59)
      return (i - 1) * 256 + 1;
    const end = i;
    i = wordStartBefore(text, i, floor);
    if (i < end) return i * 256 + (end - i);
    i--; // neither a word nor a mark: skipped
  }
  return -1;
}

/** Start of the run of letters, apostrophes, dots and hyphens that ends at `i`, not below `floor`. */
export function wordStartBefore(text: string, i: number, floor: number): number {
  for (;;) {
    if (i <= floor) return i;
    const d = text.charCodeAt(i - 1);
    if (d === 39 || d === 0x2019 || d === 46 || d === 45) {
      i--;
      continue;
    }
    // A letter: one unit, or a surrogate pair wholly inside the window.
    if (d >= 0xdc00 && d <= 0xdfff && i - 2 >= floor && codePointWidth(text, i - 2) === 2) {
      if (!isLetterAt(text, i - 2)) return i;
      i -= 2;
      continue;
    }
    if (!isLetterUnit(text, i - 1)) return i;
    i--;
  }
}

/**
 * The last `n` words right before `pos` on the same line (with a trailing dot kept for "M."): the
 * tokens of /[\p{L}'’.-]+|[,«»"“”():;]/gu over the 120 characters before `pos`, read backwards so
 * that only the words asked for are scanned.
 */
export function wordsBefore(text: string, pos: number, n: number): string[] {
  const floor = Math.max(0, pos - 120);
  const out: string[] = [];
  let i = pos;
  while (i > floor && out.length < n) {
    const c = text.charCodeAt(i - 1);
    if (c === 10) break; // the line starts here
    if (c === 44 || c === 0xab || c === 0xbb || c === 34 || c === 0x201c || c === 0x201d || c === 40 || c === 41 || c === 58 || c === 59) {
      out.push(text[i - 1]);
      i--;
      continue;
    }
    const end = i;
    i = wordStartBefore(text, i, floor);
    if (i < end) out.push(text.slice(i, end));
    else i--; // neither a word nor a mark: skipped
  }
  return out.reverse();
}

/** The index of the first token that starts at or after `pos` (tokens are in text order). */
export function firstTokenFrom(tokens: readonly Token[], pos: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
