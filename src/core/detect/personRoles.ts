/**
 * The role around a name, read as people detection weighs a capitalised run: the role phrase before it ("le
 * porte-parole du Kremlin, Dmitri Peskov", "président Trump") and after it (", the Danish prime minister").
 * Split from people.ts, which calls `roleBefore` and `roleAfter`.
 */
import { isSpaceUnit } from './chars';
import { isNationality, NATIONALITIES } from '../lexicon/nationalities';
import { APPOSITION_OCCUPATIONS, HONORIFICS, PERSON_ROLE_WORDS, PLURAL_ROLE_WORDS } from '../lexicon/roles';
import { isApostrophe, type Segment } from './nameSegments';
import { ELISION_RE, lastTokenBefore, tokenBefore, UPPER_START_RE, wordsBefore } from './nameTokens';
import { LowerWordMap, WordSignatures } from './wordSignature';

// Words that end a role phrase: a verb or a relative means the capitalised word is not in apposition.
const CLAUSE_WORDS = new Set([
  'a',
  'ont',
  'est',
  'sont',
  'était',
  'avait',
  'avaient',
  'que',
  'qui',
  'dont',
  'has',
  'had',
  'is',
  'was',
  'were',
  'said',
  'who',
  'which',
  'that',
  'et',
  'and',
  'mais',
  'but',
]);

/** /^[«»"“”():;]$/ on a word of one unit. */
const CLAUSE_MARKS = '«»"“”():;';
/** `w.replace(ELISION_RE, '')`, without the regular expression when no apostrophe follows a first letter (of one or two units). */
const elisionStripped = (w: string): string =>
  w.length > 1 && (isApostrophe(w.charCodeAt(1)) || isApostrophe(w.charCodeAt(2))) ? w.replace(ELISION_RE, '') : w;

const NATIONALITY = new WordSignatures(NATIONALITIES);

/** ", la cheffe de la diplomatie", ", the prime minister": a role phrase right after a comma at `end`. */
const ROLE_AFTER = /^,\s(?:(?:le|la|l['’]|the|un|une|a|an)\s?)?((?:[\p{L}\p{N}'’-]+\s){0,3}[\p{L}'’-]+)/u;

/**
 * The role of ", the Danish prime minister" / ", la cheffe de la diplomatie" after a name: the words up to
 * the first role word. Lowercase words and nationalities may come before it ("Danish prime"); any other
 * capitalised word means the phrase is no role ("Paris, the capital").
 */
export function roleAfter(text: string, end: number): string | undefined {
  const m = ROLE_AFTER.exec(text.slice(end, end + 60));
  if (!m) return undefined;
  const words = m[1].split(/\s+/);
  for (let k = 0; k < words.length; k++) {
    const w = elisionStripped(words[k]);
    if (PERSON_ROLE_WORDS.has(w) || APPOSITION_OCCUPATIONS.has(w)) return words.slice(0, k + 1).join(' ');
    if (UPPER_START_RE.test(w) && !isNationality(w)) return undefined;
  }
  return undefined;
}

/**
 * Role words that qualify a role rather than name one: right before a capitalised word they announce no
 * person ("the former Prussian Kreis", "the official Radio Broadcast partner", "l'ancien Hôtel de Ville").
 */
const ROLE_MODIFIERS: ReadonlySet<string> = new Set(['former', 'official', 'ancien', 'ancienne', 'vice', 'patron']);
/**
 * The words that announce the name right after them: a title, or a role word that is no modifier. Read in
 * place (signature, hash, units): most words before a name are none, and are not made into strings.
 */
const DIRECT_ROLES = new LowerWordMap<true>(
  [...HONORIFICS, ...[...PERSON_ROLE_WORDS, ...PLURAL_ROLE_WORDS].filter((w) => !ROLE_MODIFIERS.has(w))].map((w) => [w, true] as const),
);

const LIST_OPENERS = new WordSignatures(['as', 'including', 'like']);

/** The plural role of "guitarists such as", "singers including", "rappers like" (the last words before a name), if any. */
function pluralRoleOpeningList(words: readonly string[]): string | undefined {
  const n = words.length;
  const last = words[n - 1];
  const role = last === 'as' ? (words[n - 2] === 'such' ? words[n - 3] : undefined) : last === 'including' || last === 'like' ? words[n - 2] : undefined;
  return role !== undefined && PLURAL_ROLE_WORDS.has(role.toLowerCase()) ? role : undefined;
}

/** The role phrase before a name in apposition ("le porte-parole du Kremlin, Dmitri Peskov"), if any. */
export function roleBefore(text: string, seg: Segment): string | undefined {
  // The last word answers most segments, read in place; the two words of "président russe" are read
  // only after a nationality, the twelve of an apposition only after a comma.
  const packed = lastTokenBefore(text, seg.start);
  if (packed < 0) return undefined;
  const ls = Math.floor(packed / 256);
  const le = ls + (packed % 256);
  // Direct: "président Trump", "M. Stiell", "président russe Vladimir Poutine". Signatures first: most
  // words before a name are no title, role or nationality, and are not made into strings.
  if (DIRECT_ROLES.get(text, ls, le)) return text.slice(ls, le);
  // "guitarists such as X", "singers including X", "rappers like X": the list a plural role opens.
  if (le - ls >= 2 && le - ls <= 9 && LIST_OPENERS.mayHold(text, ls, le)) {
    const listed = pluralRoleOpeningList(wordsBefore(text, seg.start, 3));
    if (listed) return listed;
  }
  if (NATIONALITY.mayHold(text, ls, le)) {
    const two = wordsBefore(text, seg.start, 2);
    if (two.length >= 2 && isNationality(two[1]) && PERSON_ROLE_WORDS.has(two[0].toLowerCase())) return `${two[0]} ${two[1]}`;
  }
  // Apposition: "<role phrase>, Name" followed by a comma, a verb or the end of the sentence.
  if (le - ls !== 1 || text.charCodeAt(ls) !== 44) return undefined;
  // What follows first: three units decide most segments, before twelve words are made into strings.
  const after = text.slice(seg.end, seg.end + 3);
  if (!/^(?:,|\s\(|\s?\)|\s?$|\.|\s[a-z])/u.test(after)) return undefined;
  return appositionRole(text, seg.start, ls);
}

/**
 * The role phrase of an apposition whose comma is at `comma`, before a name at `start`: the words of
 * `wordsBefore(text, start, 12)` read backwards from the comma, ten at most, up to a clause word or mark; from
 * the earliest role word to the comma. Each word is looked up in place; strings are made for the phrase found.
 */
function appositionRole(text: string, start: number, comma: number): string | undefined {
  const floor = Math.max(0, start - 120);
  // The tokens read, as start * 256 + length, from the comma backwards.
  const read: number[] = [];
  let found = -1;
  let i = comma;
  for (let k = 1; k <= 10; k++) {
    const packed = tokenBefore(text, i, floor);
    if (packed < 0) break;
    const ws = Math.floor(packed / 256);
    const we = ws + (packed % 256);
    i = ws;
    read.push(packed);
    if (we - ws === 1 && (CLAUSE_MARKS.includes(text[ws]) || (k >= 2 && text.charCodeAt(ws) === 44))) break;
    if (CLAUSE_WORD_MAP.get(text, ws, we)) break;
    if (isRoleWordAt(text, ws, we)) found = read.length - 1;
  }
  if (found < 0) return undefined;
  const words: string[] = [];
  for (let k = found; k >= 0; k--) {
    const ws = Math.floor(read[k] / 256);
    words.push(text.slice(ws, ws + (read[k] % 256)));
  }
  return elisionStripped(words.join(' '));
}

/** CLAUSE_WORDS, read in place. */
const CLAUSE_WORD_MAP = new LowerWordMap<true>([...CLAUSE_WORDS].map((w) => [w, true] as const));
/** PERSON_ROLE_WORDS, read in place. */
const ROLE_WORD_MAP = new LowerWordMap<true>([...PERSON_ROLE_WORDS].map((w) => [w, true] as const));

/**
 * `PERSON_ROLE_WORDS.has(elisionStripped(text.slice(ws, we).toLowerCase()))`: in place for a word of ASCII units
 * without an apostrophe second or third (its lowercase keeps its units' places and loses no elision).
 */
function isRoleWordAt(text: string, ws: number, we: number): boolean {
  let plain = !isApostrophe(text.charCodeAt(ws + 1)) && !(we - ws > 2 && isApostrophe(text.charCodeAt(ws + 2)));
  for (let k = ws; plain && k < we; k++) if (text.charCodeAt(k) >= 128) plain = false;
  if (plain) return ROLE_WORD_MAP.get(text, ws, we) === true;
  return PERSON_ROLE_WORDS.has(elisionStripped(text.slice(ws, we).toLowerCase()));
}

const TRAILING_COMMA_SPACE = /[,\s]+$/;
/** `role.replace(TRAILING_COMMA_SPACE, '')`, without the regular expression when the role ends otherwise. */
export const withoutTrailingCommaSpace = (role: string): string =>
  role.length > 0 && (role.charCodeAt(role.length - 1) === 44 || isSpaceUnit(role, role.length - 1)) ? role.replace(TRAILING_COMMA_SPACE, '') : role;
