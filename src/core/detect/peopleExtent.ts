/**
 * The end of a person's name past the words segmentation stops at: a nickname in quotation marks before the
 * family name ('William "Cowboy" Reyes'), an epithet ("Friedrich the Great"), a family name that is also a
 * title word ("Alexander Pope", "Damian King"), a last initial ("Colonel William L."). Written by us from how
 * English names are printed; split from people.ts, which calls `nameEndAfter` on every accepted name, and
 * `widenOverName` on every mention shorter than the name it resolves to.
 */
import { isOrganisationName } from '../lexicon/organisations';
import { isPlaceName } from '../lexicon/places';
import { HONORIFICS, PARTICLE_TITLES, PERSON_ROLE_WORDS, TITLE_MODIFIERS } from '../lexicon/roles';
import { isLetterUnit, isUpperAt } from './chars';
import { isApostrophe, type Segment } from './nameSegments';
import { lastTokenBefore, letterRunStart, wordsBefore } from './nameTokens';
import { LowerWordMap, WordSignatures } from './wordSignature';

/** ' "Cowboy" Reyes', ' “El Chapo” Guzmán', ' " Junior " Reyes': a nickname of one to three capitalised words, then the family name. */
const NICKNAME_THEN_NAME = /^ ["“] ?\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,2} ?["”] \p{Lu}[\p{L}'’-]+/u;
/** Epithets printed after a given name with "the" (written by us): "the Great", "the Younger". */
const EPITHETS: ReadonlySet<string> = new Set(
  'Great Elder Younger Conqueror Terrible Bold Wise Pious Fair Good Magnificent Lionheart Lawgiver Navigator Confessor Martyr Venerable Just Fat Bald Red Black'.split(
    ' ',
  ),
);
/** Title words that are also common family names: after a given name alone, the family name ("Alexander Pope", "Damian King"). */
const TITLE_SURNAMES: ReadonlySet<string> = new Set(['Pope', 'King', 'Bishop', 'Major', 'Judge', 'Dean', 'Marshal', 'Sheriff', 'Chancellor', 'Prince']);

/** The end of the capitalised word that starts at `i` (letters, inner hyphens and apostrophes). */
function capitalisedWordEnd(text: string, i: number): number {
  if (!isUpperAt(text, i)) return i;
  let j = i + 1;
  while (j < text.length && (isLetterUnit(text, j) || ((text.charCodeAt(j) === 45 || text.charCodeAt(j) === 39) && isLetterUnit(text, j + 1)))) j++;
  return j;
}

/**
 * Where the name accepted at [start, `end`) really ends. `givenNameAlone`: the name is one given name
 * ("Alexander"), after which a title word is its family name and an epithet may follow.
 */
export function nameEndAfter(text: string, end: number, givenNameAlone: boolean): number {
  if (text.charCodeAt(end) !== 32) return end;
  const next = text.charCodeAt(end + 1);
  // A nickname in quotation marks, then the family name.
  if (next === 34 || next === 0x201c) {
    const m = NICKNAME_THEN_NAME.exec(text.slice(end, end + 60));
    return m && !isLetterUnit(text, end + m[0].length) ? end + m[0].length : end;
  }
  // "Colonel William L.": a last initial that ends the name (the text or the clause ends after it).
  if (isUpperAt(text, end + 1) && text.charCodeAt(end + 2) === 46) {
    const after = text.charCodeAt(end + 3);
    if (end + 3 >= text.length || after === 10 || after === 44 || after === 59 || after === 41) return end + 3;
    return end;
  }
  if (!givenNameAlone) return end;
  // "Friedrich the Great".
  if (text.startsWith('the ', end + 1)) {
    const e = capitalisedWordEnd(text, end + 5);
    return e > end + 5 && EPITHETS.has(text.slice(end + 5, e)) && !isLetterUnit(text, e) ? e : end;
  }
  // "Alexander Pope, …": the title word ends the name; "Maria King Abdullah" would go on with a name.
  const e = capitalisedWordEnd(text, end + 1);
  if (e === end + 1 || !TITLE_SURNAMES.has(text.slice(end + 1, e))) return end;
  return text.charCodeAt(e) === 32 && isUpperAt(text, e + 1) ? end : e;
}

/** PERSON_ROLE_WORDS, read in place. */
const ROLE_WORDS = new LowerWordMap<true>([...PERSON_ROLE_WORDS].map((w) => [w, true] as const));

/**
 * "Sheriff Dana Whitlock", "Professor Okonkwer": a capitalised occupation or role that opens a run of two
 * words or more is the person's title, not part of the name; it moves to the segment's prefix. A modifier
 * ("Former", "Late": "the Late Night Show") is left where it is.
 */
export function withoutLeadingRole(text: string, seg: Segment): Segment {
  // Most segments are one word: turned down before the lowercase copy.
  if (seg.tokens.length < 2 || seg.tokens[0].kind !== 'name') return seg;
  // Most first words are no role: turned down in place, without the lowercase copy.
  const word = seg.tokens[0].text;
  if (ROLE_WORDS.get(word, 0, word.length) !== true) return seg;
  const first = word.toLowerCase();
  if (TITLE_MODIFIERS.has(first) || first === 'late') return seg;
  const tokens = seg.tokens.slice(1);
  return { ...seg, tokens, start: tokens[0].start, text: text.slice(tokens[0].start, seg.end), prefix: [...seg.prefix, seg.tokens[0]] };
}

/**
 * The start of a surname mention widened back over the words before it that are the words before the
 * surname in the person's full name: "Le Pen" of Marine Le Pen, "de Gaulle", "Giscard d'Estaing".
 * The words of `name` (split at single spaces) are read in place, from the last: no array, no copies.
 */
export function widenOverName(text: string, start: number, end: number, name: string): number {
  const n = end - start;
  // The last word that is the mention, or whose tail after two units is ("Estaing" of "d'Estaing").
  let we = name.length;
  let ws = wordStartIn(name, we);
  let tail = false;
  while (!(we - ws === n && sameUnits(name, ws, text, start, n))) {
    if (we - ws - 2 === n && sameUnits(name, ws + 2, text, start, n)) {
      tail = true;
      break;
    }
    if (ws === 0) return start;
    we = ws - 1;
    ws = wordStartIn(name, we);
  }
  let s = start;
  if (tail) {
    if (s < 2 || !sameUnits(name, ws, text, s - 2, 2)) return start;
    s -= 2;
  }
  while (ws > 0) {
    we = ws - 1;
    ws = wordStartIn(name, we);
    const len = we - ws;
    // Case aside: "De Gaulle" opening a sentence.
    if (s - len - 1 < 0 || text.charCodeAt(s - 1) !== 32 || !sameLowercase(text, s - len - 1, name, ws, len)) break;
    if (s - len - 2 >= 0 && isLetterUnit(text, s - len - 2)) break;
    s -= len + 1;
  }
  return s;
}

/** Start of the word of `name` that ends at `we` (after the last space before it), as `name.split(' ')` cuts it. */
const wordStartIn = (name: string, we: number): number => (we > 0 ? name.lastIndexOf(' ', we - 1) : -1) + 1;

/** `a[as, as + n)` and `b[bs, bs + n)` hold the same units (both within their strings). */
function sameUnits(a: string, as: number, b: string, bs: number, n: number): boolean {
  if (as + n > a.length || bs + n > b.length) return false;
  for (let k = 0; k < n; k++) if (a.charCodeAt(as + k) !== b.charCodeAt(bs + k)) return false;
  return true;
}

/**
 * `a.slice(as, as + n).toLowerCase() === b.slice(bs, bs + n).toLowerCase()`: ASCII units compared in place,
 * the strings made only when a unit above ASCII comes first (its lowercase may be longer, or ASCII).
 */
function sameLowercase(a: string, as: number, b: string, bs: number, n: number): boolean {
  for (let k = 0; k < n; k++) {
    const x = a.charCodeAt(as + k);
    const y = b.charCodeAt(bs + k);
    if (x >= 128 || y >= 128) return a.slice(as, as + n).toLowerCase() === b.slice(bs, bs + n).toLowerCase();
    if ((x >= 65 && x <= 90 ? x + 32 : x) !== (y >= 65 && y <= 90 ? y + 32 : y)) return false;
  }
  return true;
}

/** Particles that a title may put before a family name on their own: "de", "du", "van der", "von" ("la", "le" are articles there). */
const TITLE_PARTICLES: ReadonlySet<string> = new Set(['de', 'du', 'van', 'von', 'der', 'den', 'ter', 'zu']);
const TITLE_PARTICLE_FIRST: ReadonlySet<number> = new Set([...TITLE_PARTICLES].map((w) => w.charCodeAt(0)));
const PARTICLE_TITLE_SIGNATURES = new WordSignatures(PARTICLE_TITLES);

/**
 * "M. de Villepin", "le général de Gaulle", "Madame van der Berg", "M. d'Ornano": the start of the particles
 * before the name at `start` when a title of PARTICLE_TITLES comes right before them, else -1.
 */
export function titledParticleStart(text: string, start: number): number {
  let s = start;
  // The elided particle: "d'" glued to the name.
  if (s >= 3 && text.charCodeAt(s - 2) === 100 && isApostrophe(text.charCodeAt(s - 1)) && text.charCodeAt(s - 3) === 32) s -= 2;
  else {
    for (let k = 0; k < 2; k++) {
      if (s < 3 || text.charCodeAt(s - 1) !== 32) break;
      // Every particle ends in e, u, n or r ("de", "du", "van", "der"): most words before a name do not.
      const last = text.charCodeAt(s - 2);
      if (last !== 101 && last !== 117 && last !== 110 && last !== 114) break;
      const ws = letterRunStart(text, Math.max(0, s - 5), s - 1);
      // Particles are two or three lowercase letters: most words before a name are turned down unsliced.
      if (ws === s - 1 || s - 1 - ws > 3 || !TITLE_PARTICLE_FIRST.has(text.charCodeAt(ws)) || !TITLE_PARTICLES.has(text.slice(ws, s - 1))) break;
      s = ws;
    }
    if (s === start) return -1;
  }
  // The word before the particles, made into a string only when its signature may be a title's ("de" is
  // everywhere in French; a title before it is rare).
  const packed = lastTokenBefore(text, s);
  if (packed < 0) return -1;
  const ts = Math.floor(packed / 256);
  const te = ts + (packed % 256);
  if (!PARTICLE_TITLE_SIGNATURES.mayHold(text, ts, te)) return -1;
  const title = text.slice(ts, te).toLowerCase();
  if (!PARTICLE_TITLES.has(title)) return -1;
  // "le directeur général de Thomson": a rank word after a role is an adjective, and "de" means "of".
  const role = HONORIFICS.has(title) ? undefined : wordsBefore(text, ts, 1)[0];
  return role === undefined || !PERSON_ROLE_WORDS.has(role.toLowerCase()) ? s : -1;
}

/**
 * The start of the initials written before a family name at `start` ("C. H. ", "J.-C. ", "C.H. "), or
 * `start` when there are none. A lone "M." is Monsieur unless the text is English; initials that spell a
 * place or an organisation ("U.S. ", "U.N. ") are not a person's.
 */
export function leadingInitials(text: string, start: number, language: 'fr' | 'en' | undefined): number {
  let s = start;
  if (s >= 1 && text.charCodeAt(s - 1) === 32) s--;
  let found = s;
  for (let k = 0; k < 4; k++) {
    // One initial: a capital and a dot, after no letter; "J.-C." is two joined by a hyphen.
    if (s < 2 || text.charCodeAt(s - 1) !== 46 || !isUpperAt(text, s - 2) || (s >= 3 && isLetterUnit(text, s - 3))) break;
    s -= 2;
    found = s;
    if (s >= 1 && (text.charCodeAt(s - 1) === 45 || text.charCodeAt(s - 1) === 32)) s--;
  }
  if (found === start || (found === start - 1 && text.charCodeAt(found) === 32)) return start;
  const initials = text.slice(found, start).trim();
  if (initials === 'M.' && language !== 'en') return start;
  if (isPlaceName(initials) || isOrganisationName(initials)) return start;
  return found;
}
