/**
 * Evidence that capitalised words name a thing, a team, a work or a model rather than a person, read
 * right around them: "the" before them, a quotation they fill alone, a model number before them.
 */
import { isLetterUnit, isSpaceUnit } from './chars';
import { LowerWordMap } from './wordSignature';

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

/**
 * Nouns of places and firms in an apposition that says the name before it is no person's: French ones may
 * take an adjective after them ("une ville portuaire du"), English ones one or two before ("a small coastal
 * town in"); a preposition or a punctuation mark must follow ("a city councillor", "the city's mayor" are people).
 */
const THING_APPOSITION = new RegExp(
  String.raw`^,\s+(?:(?:une?|la|le|l['’]|cette)\s*(?:petite\s+|grande\s+)?(?:ville|village|localité|commune|bourgade|cité|capitale|métropole|agglomération|préfecture|sous-préfecture|bourg|région|province|île|société|entreprise|filiale|compagnie|firme|marque|enseigne)(?:\s+\p{Ll}+)?(?:\s+(?:de|du|des|d['’]|dans|à|au|aux|en|située?|proche|qui|où|sur|basée?|spécialisée?)(?!\p{L})|\s*[,.;:)])` +
    String.raw`|(?:an?|the)\s+(?:\p{Ll}+\s+){0,2}(?:city|town|village|capital|region|province|island|port|municipality|settlement|district|company|firm|subsidiary|airline|carmaker|automaker|conglomerate|startup)(?:\s+(?:of|in|on|near|north|south|east|west|that|which|where|with|some|about|based|owned|controlled)(?!\p{L})|\s*[,.;:)]))`,
  'u',
);

/** "Van, une ville de l'est de la Turquie", "Beira, a port city in", "Marvaux, a subsidiary of": an apposition after the name makes it a place's or a firm's. */
export function thingAppositionAfter(text: string, end: number): boolean {
  return text.charCodeAt(end) === 44 && THING_APPOSITION.test(text.slice(end, end + 80));
}

/** What strikes a place in news copy: a disaster, an attack, a storm. */
const DISASTER_NOUN =
  /(?<!\p{L})(?:séismes?|tremblements? de terre|ouragans?|cyclones?|tempêtes?|typhons?|tornades?|inondations?|crues?|tsunamis?|explosions?|attentats?|frappes?|bombardements?|incendies?|earthquakes?|quakes?|hurricanes?|cyclones?|storms?|typhoons?|tornado(?:e?s)?|floods?|flooding|tsunamis?|blasts?|explosions?|attacks?|airstrikes?|strikes?|wildfires?|fires?)(?!\p{L})/iu;
/** Verbs of striking a place, as the word right before the name ("a frappé Van", "struck Tete"). */
const STRIKE_VERBS = new LowerWordMap(
  `frappé dévasté ravagé secoué balayé submergé inondé touché endeuillé visé frappe frappent dévaste ravage secoue balaie
struck strike strikes hit hits devastated ravaged rocked shook battered flooded pounded lashed flattened targeted`
    .split(/\s+/)
    .map((w) => [w, true] as const),
);

/**
 * "Le séisme a frappé Van mardi", "The storm hit Tete overnight": the object of a verb of striking whose
 * sentence names a disaster or an attack before it is a place, even when it is also a given name.
 */
export function struckPlace(text: string, start: number): boolean {
  let e = start;
  while (e > 0 && isSpaceUnit(text, e - 1)) e--;
  if (e === start) return false;
  let s = e;
  while (s > 0 && isLetterUnit(text, s - 1)) s--;
  if (e - s < 3 || e - s > 10 || !STRIKE_VERBS.get(text, s, e)) return false;
  // The disaster is named earlier in the same sentence.
  let from = s;
  while (from > 0 && s - from < 160 && !'.!?\n'.includes(text[from - 1])) from--;
  return DISASTER_NOUN.test(text.slice(from, s));
}

/** "D-Mass", "R-Texas", "I-Vt": an American party's initial joined to a state's name or abbreviation (/^[DRI]-[A-Z]/). */

/**
 * "Sen. Elizabeth Warren, D-Mass., said", "(R-Ohio)": a party and state set off after a name by a comma or a
 * parenthesis names no person (before, a list of people read it as one, or a speech verb after it did).
 */
export function partyDesignation(text: string, seg: { start: number; text: string; tokens: readonly unknown[] }): boolean {
  // PARTY_STATE read from the units: most one-word names are turned down at their first letter.
  const w = seg.text;
  const p = w.charCodeAt(0);
  const c = w.charCodeAt(2);
  if (seg.tokens.length !== 1 || (p !== 68 && p !== 82 && p !== 73) || w.charCodeAt(1) !== 45 || !(c >= 65 && c <= 90)) return false;
  const before = text.charCodeAt(seg.start - 1);
  return before === 40 || (before === 32 && text.charCodeAt(seg.start - 2) === 44);
}
