/**
 * What the article itself says of a person's gender, for "il"/"elle", "he"/"she": an honorific ("Mme
 * Dubois", "M. Girard", "Mrs Collins") or the article of a role right before a mention ("la ministre de la
 * Santé Claire Vasseur", "le porte-parole Dmitri Peskov"). Nothing is guessed from the name itself.
 */
import { ROLE_WORDS } from '../lexicon/roles';
import type { RawPerson } from './people';
import { classTable, isSpaceUnit, LETTER, SPACE } from './chars';

export type Gender = 'f' | 'm';

const HONORIFIC_BEFORE = /(?<!\p{L})(Mme|Madame|Mlle|Mrs\.?|Ms\.?|M\.|Monsieur|Mr\.?)\s+$/u;
/** An article and the role noun right after it, then at most five words (and commas) before the name. */
const ROLE_ARTICLE_BEFORE = /(?<!\p{L})(le|la|Le|La)\s+([\p{L}-]+)((?:[\s,]+[\p{L}'’.-]+){0,5})[\s,]+$/u;

/** Honorifics' dots, left out before a role phrase is tested for a sentence break (a module constant: see text.ts). */
const HONORIFIC_DOT = /(?<!\p{L})(?:M|Mme|Dr|St)\./gu;
/** An article and a space, which ROLE_ARTICLE_BEFORE needs: most left contexts of a name lack one. */
const ARTICLE_SPACE = /[lL][ae]\s/;

const HONORIFIC_AT = new RegExp(HONORIFIC_BEFORE.source, 'uy');
const ROLE_ARTICLE_AT = new RegExp(ROLE_ARTICLE_BEFORE.source, 'uy');
/** The lengths of the honorifics, longest first: where a match may start before the last non-space unit. */
const HONORIFIC_LENGTHS = [8, 6, 4, 3, 2];

/**
 * HONORIFIC_BEFORE.exec(s), tried only where a match can start: an honorific ends on the last unit of `s`
 * that is no space ("e", "s", "r" or "."), and starts on "M" one of their lengths before, leftmost first.
 * The search tries every position, its look-behind keeping it from skipping ahead.
 */
function honorificBefore(s: string): RegExpExecArray | null {
  const T = classTable();
  let j = s.length - 1;
  while (j >= 0 && (T[s.charCodeAt(j)] & SPACE) !== 0) j--;
  if (j < 0 || j === s.length - 1) return null;
  const c = s.charCodeAt(j);
  if (c !== 101 && c !== 115 && c !== 114 && c !== 46) return null;
  for (const length of HONORIFIC_LENGTHS) {
    const i = j - length + 1;
    if (i < 0 || s.charCodeAt(i) !== 77) continue;
    HONORIFIC_AT.lastIndex = i;
    const m = HONORIFIC_AT.exec(s);
    if (m) return m;
  }
  return null;
}

/** [\s,] on one unit. */
const isRoleGap = (T: Uint8Array, c: number): boolean => (T[c] & SPACE) !== 0 || c === 44;
/** A unit that may stand in a word of ROLE_ARTICLE_BEFORE: a letter, "'", "’", "." or "-" (a surrogate may be half a letter). */
const mayBeRoleWord = (T: Uint8Array, c: number): boolean =>
  (T[c] & LETTER) !== 0 || c === 39 || c === 0x2019 || c === 46 || c === 45 || (c >= 0xd800 && c <= 0xdfff);

/**
 * ROLE_ARTICLE_BEFORE.exec(s), tried only at "le", "la", "Le", "La" where a match can start: within the last
 * seven runs of units between spaces and commas (the article's, the role's and five more words), after the
 * last unit that no word of the pattern holds; leftmost first, which gives the search's match.
 */
function roleArticleBefore(s: string): RegExpExecArray | null {
  const T = classTable();
  let floor = 0;
  let i = s.length;
  for (let runs = 0; i > 0 && runs < 7; runs++) {
    while (i > 0 && isRoleGap(T, s.charCodeAt(i - 1))) i--;
    while (i > 0 && !isRoleGap(T, s.charCodeAt(i - 1)) && mayBeRoleWord(T, s.charCodeAt(i - 1))) i--;
    floor = i;
    if (i > 0 && !isRoleGap(T, s.charCodeAt(i - 1))) break; // a unit no word holds
  }
  for (let k = floor; k < s.length - 1; k++) {
    const c = s.charCodeAt(k) | 32;
    const d = s.charCodeAt(k + 1);
    if (c !== 108 || (d !== 101 && d !== 97)) continue;
    ROLE_ARTICLE_AT.lastIndex = k;
    const m = ROLE_ARTICLE_AT.exec(s);
    if (m) return m;
  }
  return null;
}

/** The honorific and role patterns on `before`, searched and tried where they can start: for the test that compares them. */
export function genderPatternReadings(before: string): Array<[RegExpExecArray | null, RegExpExecArray | null]> {
  return [
    [HONORIFIC_BEFORE.exec(before), honorificBefore(before)],
    [ROLE_ARTICLE_BEFORE.exec(before), roleArticleBefore(before)],
  ];
}

/** The gender one mention's left context gives, if any. */
function genderBefore(text: string, p: RawPerson): Gender | undefined {
  // Both patterns end on a space (or a comma) right before the name.
  if (p.start === 0 || !(isSpaceUnit(text, p.start - 1) || text.charCodeAt(p.start - 1) === 44)) return undefined;
  const before = text.slice(Math.max(0, p.start - 80), p.start);
  const h = honorificBefore(before);
  if (h) return /^(?:Mme|Madame|Mlle|Mrs|Ms)/.test(h[1]) ? 'f' : 'm';
  const r = ARTICLE_SPACE.test(before) ? roleArticleBefore(before) : null;
  if (r && ROLE_WORDS.has(r[2].toLowerCase()) && !/[.;:!?]/.test(r[3].replace(HONORIFIC_DOT, ''))) return r[1].toLowerCase() === 'la' ? 'f' : 'm';
  return undefined;
}

/**
 * The gender the text marks the person `id` with, from all their mentions in `people`: undefined when it
 * marks them both ways, or not at all. Asked per person, as attribution needs it: most articles ask about one
 * or two people, and reading the left context of every mention was most of the time of speaker attribution.
 */
export function genderOf(text: string, people: readonly RawPerson[], id: string): Gender | undefined {
  let found: Gender | undefined;
  for (const p of people) {
    if (p.id !== id) continue;
    const g = genderBefore(text, p);
    if (!g) continue;
    if (found && found !== g) return undefined;
    found = g;
  }
  return found;
}

/** The gender a pronoun stands for: "elle", "she", "her" are feminine; "il", "lui", "he", "him" masculine. */
export function pronounGender(pronoun: string): Gender | undefined {
  const w = pronoun.toLowerCase();
  if (/^(?:elle|she|her)$/.test(w)) return 'f';
  if (/^(?:il|lui|he|him)$/.test(w)) return 'm';
  return undefined;
}
