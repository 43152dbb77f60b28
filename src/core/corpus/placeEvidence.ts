/**
 * Whether a place the gazetteer does not know, found only by the word before it ("in Woodburn", "près de
 * Koursk"), is a place. Its capital and its cue are all the evidence it has, and both are as often something
 * else: a person ("in Nixon's time"), a people or an adjective ("in American history", "in Sicilian prisons"),
 * a moment ("in Oct", "in Christmas week"), anything after the article "a" ("a Navy spokesman"), an institution or a product the article names as a thing ("the
 * Navy said", "updates in Windows"). Such a name places no event: it would found its own, and keep apart two
 * reports of one event (or join two look-alikes under a non-place).
 */
import type { PersonMention } from '../model';
import { isCalendarWord } from '../detect/calendarWords';
import { countryOfDemonym, type PlaceSpan } from '../lexicon/places';
import { escapeRegExp } from '../text/regexp';

/** Adjectives of peoples and doctrines the demonym table lacks ("Sicilian", "Congolese", "Kurdish", "Islamic"). */
const ADJECTIVE_END = /(?:ian|ean|ese|ish|ic)$/u;
/** Moments a capital and "in" give a place's look ("in Oct", "in Christmas", "in Week 3"). */
const MOMENTS = new Set(['oct', 'sept', 'week', 'weeks', 'weekend', 'christmas', 'easter', 'noël', 'noel', 'pâques', 'paques', 'ramadan']);
/** What follows "the X" when X is a thing that acts or is talked about ("the Navy said", "the House passed"), not a town's name. */
const THE_THING_AFTER = String.raw`(?:\s*[.,;:!?)]|\s+(?:said|says|has|have|had|was|were|is|are|will|would|announced|reported|confirmed|sent|did|does|a|ont|est|sont|avait))`;

/** The words of the people an article names, lower case: a cue-only "place" among them is a person. */
export function personWords(people: readonly Pick<PersonMention, 'name' | 'text'>[]): Set<string> {
  const out = new Set<string>();
  for (const p of people) for (const w of `${p.name} ${p.text}`.split(/[\s'’-]+/u)) if (w.length >= 2) out.add(w.toLowerCase());
  return out;
}

/**
 * Whether a place found only by its cue (confidence below 1) is a place; a gazetteer place always is.
 * `at`: where it starts in `text` (UTF-16); `people`: the article's `personWords`.
 */
export function cuePlaceHolds(text: string, p: Pick<PlaceSpan, 'text' | 'confidence'>, at: number, people: ReadonlySet<string>): boolean {
  if (p.confidence >= 1) return true;
  // The cue "à" written without its accent is English's article ("a Navy spokesman", "a Kraft plant") or
  // French's "a" (has): no place follows either.
  if (/(?<![\p{L}])a\s+$/u.test(text.slice(Math.max(0, at - 3), at))) return false;
  const word = p.text;
  const lower = word.toLowerCase();
  if (people.has(lower) || MOMENTS.has(lower) || isCalendarWord(word)) return false;
  if (countryOfDemonym(word) || ADJECTIVE_END.test(lower)) return false;
  // An article that writes "the Navy said" or "le Sénat a" names a body, whatever "in Navy" looked like.
  return !new RegExp(String.raw`(?<![\p{L}])(?:the|le|la|les|l['’])\s+${escapeRegExp(word)}${THE_THING_AFTER}`, 'iu').test(text);
}
