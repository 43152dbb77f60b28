/**
 * Evidence that capitalised words name a thing, a team, a work or a model rather than a person, read
 * right around them: "the" before them, a quotation they fill alone, a model number before them.
 */
import { isLetterUnit, isSpaceUnit } from './chars';

/**
 * "the Orlando Sentinel", "the Dave Matthews Band", "The Clarence Dock": right after "the", capitalised
 * words name a thing, a team or a place; a person keeps a word between ("the late", "the actor").
 */
export function afterEnglishThe(text: string, start: number): boolean {
  if (start < 4 || text.charCodeAt(start - 1) !== 32 || (start > 4 && isLetterUnit(text, start - 5))) return false;
  const t = text.charCodeAt(start - 4);
  return (t === 116 || t === 84) && text.charCodeAt(start - 3) === 104 && text.charCodeAt(start - 2) === 101;
}

/** '"“«„‘', one unit each: a quotation's opening mark. */
const isOpeningQuote = (c: number): boolean => c === 34 || c === 0x201c || c === 0xab || c === 0x201e || c === 0x2018;
/** '"”»“’', one unit each: a quotation's closing mark. */
const isClosingQuote = (c: number): boolean => c === 34 || c === 0x201d || c === 0xbb || c === 0x201c || c === 0x2019;

/** `" Corinne "`, « Florentin », ‘Florentin’: a name that fills a quotation on its own is the title of a work, not a mention of a person. */
export function aloneInQuotes(text: string, seg: { start: number; end: number }): boolean {
  let s = seg.start - 1;
  if (s >= 0 && isSpaceUnit(text, s)) s--;
  if (s < 0 || !isOpeningQuote(text.charCodeAt(s))) return false;
  let e = seg.end;
  if (isSpaceUnit(text, e)) e++;
  return e < text.length && isClosingQuote(text.charCodeAt(e));
}

/** '.!;:\n': where a quotation may end before or after a name (a sentence's end or a line break stops the search). */
const isQuoteStop = (c: number): boolean => c === 46 || c === 33 || c === 59 || c === 58 || c === 10;

/**
 * `" Buddha for Mary "`, “Songs of Ellen Brandt”: a name inside a short quotation whose words are all
 * capitalised but the short ones (of, for, and, the…) is part of a work's title. Quoted speech is not title-cased.
 */
export function inQuotedTitle(text: string, seg: { start: number; end: number }): boolean {
  let s = seg.start - 1;
  // Read as units: a string of one unit per step was most of the time of this test.
  while (s >= 0 && seg.start - s < 60 && !isOpeningQuote(text.charCodeAt(s))) {
    if (isQuoteStop(text.charCodeAt(s))) return false;
    s--;
  }
  if (s < 0 || seg.start - s >= 60) return false;
  let e = seg.end;
  while (e < text.length && e - seg.end < 60 && !isClosingQuote(text.charCodeAt(e))) {
    if (isQuoteStop(text.charCodeAt(e))) return false;
    e++;
  }
  if (e >= text.length || e - seg.end >= 60) return false;
  const words = text.slice(s + 1, e).match(TITLE_WORDS) ?? [];
  // The name alone is aloneInQuotes' case; a title has another word of its own.
  return words.length >= 2 && words.length <= 10 && words.every((w) => w.length <= 3 || w[0] !== w[0].toLowerCase());
}
const TITLE_WORDS = /[\p{L}'’]+/gu;

/**
 * "F-102 Delta Dagger", "B-25 Mitchell", "13th Floor": after a word that mixes digits with letters or a
 * hyphen, capitalised words name a model or a thing (a year alone before a name is no such word).
 */
export function afterModelNumber(text: string, start: number): boolean {
  if (start < 2 || text.charCodeAt(start - 1) !== 32) return false;
  let digits = false;
  let other = false;
  for (let i = start - 2; i >= 0 && i > start - 12; i--) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 10) break;
    if (c >= 48 && c <= 57) digits = true;
    else if (c === 45 || isLetterUnit(text, i)) other = true;
    else return false;
  }
  return digits && other;
}

/** "St. Louis", "Ste. Anne": a name after the abbreviation of Saint names a place or a church. */
export function afterSaintAbbreviation(text: string, start: number): boolean {
  if (start < 4 || text.charCodeAt(start - 1) !== 32 || text.charCodeAt(start - 2) !== 46) return false;
  const wordStart = text.startsWith('St', start - 4) ? start - 4 : text.startsWith('Ste', start - 5) ? start - 5 : -1;
  return wordStart >= 0 && (wordStart === 0 || !isLetterUnit(text, wordStart - 1));
}
