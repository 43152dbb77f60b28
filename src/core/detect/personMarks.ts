/**
 * Marks around a name (one to three capitalised words) that only a person's name carries in running text,
 * the way biographies, credits and law reports print them: a life span or a birth in parentheses, the
 * instrument a band member plays, a relative that only a person takes, a birth name, an author cited with a
 * year, a party to a court case, kin or a marriage before it, a family named by its surname, a byline ("by Jane Porter"). Written by us
 * from how English and French texts print people, not from any corpus.
 */
import { isSpaceUnit } from './chars';
import { letterRunStart } from './nameTokens';
import { birthNameBefore, bornAfter, citedAuthor, personRelativeAfter } from './personCues';

/** ' (1793–1866)', ' (c. 1240 -- c. 1300)', ' (20 January 1793 Frankfurt -- 7 July 1866)': a life span in parentheses. */
const LIFE_SPAN_AFTER = /^ ?\((?:c\.\s?)?[^()\d]{0,20}\d{3,4}[^()\d]{0,24}(?:-|–|—|--)\s?(?:c\.\s?)?[^()\d]{0,20}\d{3,4}\)/;

/** Instruments and voices of a band's line-up: ' (guitar)', ' (lead vocals, keyboards)', ' (drums)'. */
const INSTRUMENT_AFTER =
  /^ ?\((?:(?:lead|rhythm|bass|backing|acoustic|electric)\s)?(?:vocals?|voice|guitars?|bass|drums?|keyboards?|piano|saxophones?|sax|trumpet|trombone|violin|viola|cello|percussion|synthesizers?|turntables|harmonica|banjo|flute|clarinet|organ|mandolin)(?:[,/;)&]|\sand\s)/;

/** ' v. ' of a case name ("Okafor v. Marlow County"): its parties are named by the surname alone. */
const CASE_PARTY_AFTER = /^ v\. \p{Lu}/u;

/**
 * True when the text around the name at [`start`, `end`) marks it as a person's: a relative only a person
 * takes (", who"), a birth ("(born 1950", ", (born", "née"), a life span or an instrument in parentheses,
 * an author cited with a year, or the first party of a case ("X v. Y").
 */
export function personMarkAround(text: string, start: number, end: number): boolean {
  const c = text.charCodeAt(end);
  // Each of the three opens with " (" or " v": most names are followed by neither and cost no slice.
  const open = c === 40 || (c === 32 && (text.charCodeAt(end + 1) === 40 || text.charCodeAt(end + 1) === 118));
  if (open) {
    const after = text.slice(end, end + 64);
    if (LIFE_SPAN_AFTER.test(after) || INSTRUMENT_AFTER.test(after) || CASE_PARTY_AFTER.test(after)) return true;
  }
  return (
    personRelativeAfter(text, end) ||
    bornAfter(text, end) ||
    birthNameBefore(text, start) ||
    citedAuthor(text, start, end) ||
    (kinBefore(text, start) && endsNounPhrase(text, end))
  );
}

/** Function words that may follow a name that ends its noun phrase ("the sister of X and", "married to X after"). */
const AFTER_PHRASE: ReadonlySet<string> = new Set(
  'and or but in on at of after before from with who whom whose since until when while for by to as than until during'.split(' '),
);
const FOLLOWING_WORD = /^ (\p{L}+)/u;

/**
 * True when the name ending at `end` ends its noun phrase: punctuation or a function word follows, not a
 * noun it modifies ("the father of Marlow player X": the name is a team's) nor more capitalised words.
 */
function endsNounPhrase(text: string, end: number): boolean {
  if (text.charCodeAt(end) !== 32) return true;
  const m = FOLLOWING_WORD.exec(text.slice(end, end + 16));
  return m !== null && AFTER_PHRASE.has(m[1]);
}

/** "the sister of X", "son of X", "married to X", "married X": kin or a marriage right before a name. */
const KIN_BEFORE =
  /(?:^|[^\p{L}])(?:(?:son|daughter|wife|husband|sister|brother|mother|father|widow|widower|nephew|niece|grandson|granddaughter|grandfather|grandmother|cousin|uncle|aunt|stepson|stepdaughter|fiancée?)\sof|married(?:\sto)?|marries|divorced)\s$/u;

/**
 * True when a noun of kin with "of", or a marriage, stands right before `start` ("the sister of X", "married
 * to X"); the caller checks that the name ends its noun phrase ("the father of Marlow player X" names a team).
 */
function kinBefore(text: string, start: number): boolean {
  // " of " or "d " / "o " / "s " (married, to, marries): most words before a name end otherwise.
  const c = text.charCodeAt(start - 2);
  return (
    start > 4 &&
    text.charCodeAt(start - 1) === 32 &&
    (c === 102 || c === 100 || c === 111 || c === 115) &&
    KIN_BEFORE.test(text.slice(Math.max(0, start - 24), start))
  );
}

/** Capitalised words that go before "family" and are no surname ("the Royal family", "the Holy Family"). */
const NOT_FAMILY_NAMES: ReadonlySet<string> = new Set(['Royal', 'Imperial', 'Holy', 'First', 'Crime', 'Ruling', 'Noble', 'Presidential', 'Whole', 'Extended']);
const FAMILY_AFTER = /^ (?:family|brothers|sisters|clan|household)(?!\p{L})/u;

/**
 * "the Varga family", "the Okafor brothers": a single capitalised word before a noun of kin is the surname
 * of the family, a person's name even after "the".
 */
export function familyNameBefore(text: string, word: string, end: number): boolean {
  if (text.charCodeAt(end) !== 32) return false;
  // f(amily), b(rothers), s(isters), c(lan), h(ousehold): most words after a name start otherwise and cost no slice.
  const n = text.charCodeAt(end + 1);
  if (n !== 102 && n !== 98 && n !== 115 && n !== 99 && n !== 104) return false;
  return FAMILY_AFTER.test(text.slice(end, end + 12)) && !NOT_FAMILY_NAMES.has(word);
}

const BYLINE_WORDS = ['by', 'By', 'par', 'Par', 'BY', 'PAR'];

/**
 * "par Jane Porter": true when text[from, pos) matches /(?:^|[^\p{L}])(?:by|By|par|Par|BY|PAR)\s$/u,
 * read backwards from `pos` (the regular expression, anchored at the end only, is tried at every position).
 */
export function bylineBefore(text: string, from: number, pos: number): boolean {
  if (pos - 1 < from || !isSpaceUnit(text, pos - 1)) return false;
  for (const w of BYLINE_WORDS) {
    const s = pos - 1 - w.length;
    if (s >= from && text.startsWith(w, s) && letterRunStart(text, from, s) === s) return true;
  }
  return false;
}
