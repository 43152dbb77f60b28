/** Small text helpers shared by the detectors. Offsets here are UTF-16 (JavaScript string indices). */

/** A detection before conversion to code points. */
export interface RawSpan {
  start: number;
  end: number;
}

import { classTable, codePointWidth, isLetterAt, isLetterOrDigitAt, isLetterUnit, isSpaceUnit, isWordUnit, LETTER } from './chars';
import { WordSignatures } from './wordSignature';

/** . ! ? … */
const isSentenceEndCode = (c: number): boolean => c === 46 || c === 33 || c === 63 || c === 0x2026;

/**
 * Start of the sentence containing `pos`, looking back at most `max` characters: after a newline, or after
 * `.`/`!`/`?` followed by a space (a dot inside "U.S." or "M. Stiell" is not followed by a space and a
 * lowercase letter... and is accepted as a boundary anyway: windows are only hints).
 */
export function sentenceStart(text: string, pos: number, max = 300): number {
  const floor = Math.max(0, pos - max);
  for (let i = pos - 1; i >= floor; i--) {
    const c = text.charCodeAt(i);
    if (c === 10) return i + 1;
    if (isSentenceEndCode(c) && i + 1 < text.length && isSpaceUnit(text, i + 1) && !isAbbreviationDot(text, i)) return i + 1;
  }
  return floor;
}

/** End of the sentence containing `pos` (exclusive), looking ahead at most `max` characters. */
export function sentenceEnd(text: string, pos: number, max = 300): number {
  const ceil = Math.min(text.length, pos + max);
  for (let i = pos; i < ceil; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) return i;
    if (isSentenceEndCode(c) && (i + 1 >= text.length || isSpaceUnit(text, i + 1)) && !isAbbreviationDot(text, i)) return i + 1;
  }
  return ceil;
}

// Module constants rather than literals in the functions: bundled for Node 20, a `\p{…}` literal becomes a
// `new RegExp` evaluated at every call.
const SINGLE_CAPITAL_RE = /^\p{Lu}$/u;
const WORD_CHAR_RE = /[\p{L}\p{N}]/u;
const WORDS_RE = /[\p{L}\p{N}'’-]+/gu; // only with String#match, which starts from 0

/** True for the dot of "M.", "Mme.", "Dr.", "U.S.", "Feb." — not the end of a sentence. */
export function isAbbreviationDot(text: string, i: number): boolean {
  if (text[i] !== '.') return false;
  let j = i;
  while (j > 0 && isLetterUnit(text, j - 1) && i - j < 5) j--;
  const word = text.slice(j, i);
  if (/^(?:M|Mme|Mlle|Dr|Pr|Mr|Mrs|Ms|St|Sen|Rep|Gov|Gen|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|janv|févr|fév|déc|p|a|m|etc|No|vs)$/.test(word)) {
    // "p.m." at a sentence end is still an abbreviation; accept the small error.
    return true;
  }
  // Single capital letter initials: "U.S.", "J. K."
  return SINGLE_CAPITAL_RE.test(word) && j > 0 && (text[j - 1] === '.' || text[j - 1] === ' ');
}

/** True when `c` is a letter or a digit (Unicode-aware): used for boundaries instead of `\b`. */
export function isWordChar(c: string | undefined): boolean {
  return c !== undefined && WORD_CHAR_RE.test(c);
}

/** The word (letters, apostrophes, hyphens) that ends right before `pos`, skipping spaces. */
export function previousWords(text: string, pos: number, count: number, max = 80): string[] {
  const from = Math.max(0, pos - max);
  const words = text.slice(from, pos).match(WORDS_RE) ?? [];
  return words.slice(-count);
}

const FUTURE_FR =
  /(?<!\p{L})(?:va|vont|vais|allons|allez|doit|doivent|devra|devront|devrait|devraient|prévu|prévue|prévus|prévues|aura|auront|sera|seront|prochain|prochaine|prochainement|demain)(?!\p{L})|\p{L}{3,}(?:eront|iront|eras|erez|erons)(?!\p{L})|\p{L}{2,}(?:rront|dront)(?!\p{L})|\p{L}{5,}(?:era|ira)(?!\p{L})|rendez-vous/iu;
const FUTURE_EN =
  /(?<!\p{L})(?:will|shall|is due|are due|set to|scheduled|is expected to|are expected to|is to|are to|next(?!\s+to(?!\p{L}))|upcoming|tomorrow|as (?:soon|early) as|(?:plans?|planned|planning|intends?|going) to|postponed until|this coming)(?!\p{L})|\p{L}['’]ll(?!\p{L})/iu;

const CLAUSE_MARKS = ',;:«»“”"()';

/** The patterns and words of the future cues, for the test that reads them the plain way. */
export function futureCuePatterns(): { fr: RegExp; en: RegExp; frWords: ReadonlySet<string>; enHints: readonly string[]; clauseMarks: string } {
  return { fr: FUTURE_FR, en: FUTURE_EN, frWords: FUTURE_FR_WORDS, enHints: FUTURE_EN_HINTS, clauseMarks: CLAUSE_MARKS };
}

/**
 * True when the clause around `[start, end)` speaks of the future ("vont se rencontrer jeudi",
 * "is due to meet on Thursday"), so a weekday or month refers forward from the publication date.
 */
export function hasFutureCue(text: string, start: number, end: number): boolean {
  const window = clauseAround(text, start, end);
  return futureFr(window) || futureEn(window);
}

/**
 * The clause around text[start, end), without the date itself: the sentence back to the last clause mark
 * and on to the next one within 30 characters. The clause, not the sentence: "…vont se rencontrer jeudi…,
 * a déclaré mercredi le ministre".
 */
function clauseAround(text: string, start: number, end: number): string {
  const s = sentenceStart(text, start, 120);
  // Back to the last clause mark, read in place: one slice of the clause, not one of the sentence and a string per unit.
  let cut = start - 1;
  while (cut >= s && CLAUSE_MARKS.indexOf(text.charAt(cut)) < 0) cut--;
  const before = text.slice(cut >= s ? cut + 1 : s, start);
  let after = text.slice(end, Math.min(sentenceEnd(text, end, 30), end + 30));
  const stop = after.search(/[,;:«»“”"()]/);
  if (stop >= 0) after = after.slice(0, stop);
  return before + ' ' + after;
}

/**
 * Words that put a clause in the past: an event that took place, not one announced ("a eu lieu", "s'est
 * tenue", "was held", "the quarter ended", "ago"). Only the forms that say the event itself happened: "se sont mis d'accord pour
 * une réunion fin avril" says nothing of when the meeting is.
 */
const PAST_CUE =
  /(?<![\p{L}])(?:(?:a|ont|avait|avaient)\s+eu\s+lieu|s['’](?:est|était)\s+(?:tenu|déroulé|produit|réuni)e?s?|se\s+(?:sont|étaient)\s+(?:tenu|déroulé|produit|réuni)e?s?|dernier|dernière|derniers|dernières|passé|passée|il\s+y\s+a|took\s+place|was\s+held|were\s+held|happened|ended|ago|last)(?![\p{L}])/iu;

/** Whether the clause around text[start, end) says the event is past (see PAST_CUE). */
export function hasPastCue(text: string, start: number, end: number): boolean {
  return PAST_CUE.test(clauseAround(text, start, end));
}

const FUTURE_FR_WORDS = new Set([
  'va',
  'vont',
  'vais',
  'allons',
  'allez',
  'doit',
  'doivent',
  'devra',
  'devront',
  'devrait',
  'devraient',
  'prévu',
  'prévue',
  'prévus',
  'prévues',
  'aura',
  'auront',
  'sera',
  'seront',
  'prochain',
  'prochaine',
  'prochainement',
  'demain',
]);
const FUTURE_FR_SIGNATURES = new WordSignatures(FUTURE_FR_WORDS);
/** The units whose lowercase ends a future ending below (t, s, z, a: only these ASCII letters lowercase to them). */
const FUTURE_LAST = new Uint8Array(128);
for (const c of 'tszaTSZA') FUTURE_LAST[c.charCodeAt(0)] = 1;

/** isLetterAt, by the class table for a unit outside the surrogates. */
function letterAt(T: Uint8Array, text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c < 0xd800 || c > 0xdfff ? (T[c] & LETTER) !== 0 : isLetterAt(text, i);
}

/** Characters that the `iu` flags fold onto ASCII letters but `toLowerCase` does not (ſ, the Kelvin sign). */
const EXOTIC_FOLD = /[\u017f\u212a]/;

/**
 * FUTURE_FR.test(window), read word by word: each alternative is a whole run of letters (a listed word,
 * or a long enough word with a future ending), so one pass over the runs answers it without the
 * regular expression's backtracking at every position.
 */
function futureFr(window: string): boolean {
  if (EXOTIC_FOLD.test(window)) return FUTURE_FR.test(window);
  // "ont rendez-vous dimanche", "rendez-vous est fixé samedi": a meeting set, so ahead.
  if (window.includes('rendez-vous') || window.includes('Rendez-vous')) return true;
  // İ, the one letter whose lowercase is longer: a run holding it is asked of the regular expression (below).
  if (window.includes('\u0130') && FUTURE_FR.test(window)) return true;
  const T = classTable();
  const n = window.length;
  let i = 0;
  while (i < n) {
    if (!letterAt(T, window, i)) {
      i++;
      continue;
    }
    const start = i;
    let letters = 0;
    while (i < n && letterAt(T, window, i)) {
      i += window.charCodeAt(i) >= 0xd800 && window.charCodeAt(i) <= 0xdbff && i + 1 < n ? 2 : 1;
      letters++;
    }
    // Read in place first: a run that may be no listed word and ends in no future ending is passed over without a string.
    if (!(letters >= 6 && FUTURE_LAST[window.charCodeAt(i - 1)] === 1) && !FUTURE_FR_SIGNATURES.mayHold(window, start, i)) continue;
    const run = window.slice(start, i);
    const lower = run.toLowerCase();
    if (lower.length !== run.length) {
      if (FUTURE_FR.test(window)) return true; // a letter whose lowercase is longer: ask the regular expression
      continue;
    }
    if (FUTURE_FR_WORDS.has(lower)) return true;
    if (letters >= 8 && (lower.endsWith('eront') || lower.endsWith('iront') || lower.endsWith('erons'))) return true;
    if (letters >= 7 && (lower.endsWith('eras') || lower.endsWith('erez'))) return true;
    if (letters >= 8 && (lower.endsWith('era') || lower.endsWith('ira'))) return true;
    // "pourront", "verront", "viendront", "prendront": futures whose stem is not the infinitive; in lower case
    // only for "-dra" and "-rra" ("pourra", "viendra"), which end names too ("Sandra", "Serra").
    if (letters >= 7 && (lower.endsWith('rront') || lower.endsWith('dront'))) return true;
    if (letters >= 6 && run === lower && (lower.endsWith('rra') || lower.endsWith('dra'))) return true;
  }
  return false;
}

const FUTURE_EN_HINTS = [
  'will',
  'shall',
  'due',
  'set to',
  'scheduled',
  'expected to',
  'is to',
  'are to',
  'next',
  'upcoming',
  'tomorrow',
  "'ll",
  '’ll',
  ' as ',
  'plan',
  'intend',
  'going to',
  'postponed',
  'coming',
];

/** FUTURE_EN.test(window), run only when the window holds one of its words at all. */
function futureEn(window: string): boolean {
  if (EXOTIC_FOLD.test(window)) return FUTURE_EN.test(window);
  const lower = window.toLowerCase();
  return FUTURE_EN_HINTS.some((h) => lower.includes(h)) && FUTURE_EN.test(window);
}

/**
 * True when text.slice(s, e).split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length <= 3, reading at most four words: a chunk between spaces counts when it
 * holds a letter or a digit (a surrogate pair is looked at whole, as the `u` test does).
 */
export function atMostThreeWords(text: string, s: number, e: number): boolean {
  let words = 0;
  let i = s;
  while (i < e) {
    while (i < e && isSpaceUnit(text, i)) i++;
    if (i >= e) break;
    let counts = false;
    while (i < e && !isSpaceUnit(text, i)) {
      const w = i + 1 < e ? codePointWidth(text, i) : 1;
      if (!counts && (w === 2 ? isLetterOrDigitAt(text, i) : isWordUnit(text, i))) counts = true;
      i += w;
    }
    if (counts && ++words > 3) return false;
  }
  return true;
}
