/**
 * The words around a claim: who gives a figure ("selon l'agence TASS", "according to police", "…, police
 * said"), what a count counts when articles use different words for the dead and the injured, and sentences
 * that go on about an event without naming it ("Elles ont duré…", "They left…").
 */

/** A sentence opening on a pronoun or a bare reference to an event: it goes on about the event named before. */
export const PRONOUN_SUBJECT = /^(?:elles|ils|elle|celles-ci|ceux-ci|they|it|these|the (?:toll|talks|meeting|quake|earthquake|fire|blaze|crash|attack|storm|flood))(?![\p{L}])/iu;
// The source runs to the next punctuation, five words at most ("selon le ministère de l'Intérieur,").
const ATTRIBUTION = /(?:selon|d'après|d’après|according to|citing|cité(?:e|s|es)? par)\s+((?:[\p{L}\p{M}'’-]+|\d+)(?:[ \u00a0](?:[\p{L}\p{M}'’-]+)){0,4})/u;
const SAID_BY = /,\s*(?:a|ont) (?:indiqué|annoncé|affirmé|précisé|déclaré|rapporté)\s+((?:l'|l’|le |la |les )?[\p{L}\p{M}'’-]+(?:\s+[\p{Lu}][\p{L}\p{M}'’-]*){0,3})|,\s*((?:the )?[\p{L}][\p{L}\p{M}'’-]*(?:\s+[\p{L}][\p{L}\p{M}'’-]*){0,2}) (?:said|reported|told)(?![\p{L}])/u;

/** Who a sentence attributes its figures to ("selon l'agence TASS" -> "l'agence TASS", "…, police said" -> "police"). */
export function attributionIn(sentence: string): string | undefined {
  const m = ATTRIBUTION.exec(sentence) ?? SAID_BY.exec(sentence);
  if (!m) return undefined;
  return (m[1] ?? m[2]).replace(/[\s,.;:]+$/, '').trim();
}

// Words for the dead and the injured, French and English: "30 morts", "30 tués", "30 people killed" and
// "30 dead" are one claim, compared across articles whatever word each uses.
const DEAD = new Set(['mort', 'tue', 'tuee', 'deces', 'dead', 'killed', 'death', 'fatalitie', 'fatality', 'victime', 'victim']);
const INJURED = new Set(['blesse', 'blessee', 'injured', 'wounded', 'injurie', 'injury']);
const PEOPLE = new Set(['personne', 'people', 'person', 'habitant', 'resident', 'civil', 'civilian', 'passager', 'passenger', 'enfant', 'children', 'worker', 'ouvrier', 'soldat', 'soldier', 'policier', 'officer']);
const AFTER_PEOPLE = /^\s*(?:(?:were|have been|had been|ont été|sont|ont|were reported|are)\s+)?(killed|dead|died|tu[ée]e?s|mort(?:e?s)?|p[ée]ri|injured|wounded|hurt|bless[ée]e?s)(?![\p{L}])/iu;

/** The folded noun of a count, with the dead and the injured under one name each ("people killed" -> "dead"). */
export function casualtyNoun(noun: string, after: string): string {
  if (DEAD.has(noun)) return 'dead';
  if (INJURED.has(noun)) return 'injured';
  if (PEOPLE.has(noun)) {
    const m = AFTER_PEOPLE.exec(after);
    if (m) return /^(?:injured|wounded|hurt|bless)/i.test(m[1]) ? 'injured' : 'dead';
  }
  return noun;
}
