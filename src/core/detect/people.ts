/**
 * People named in an article, from cues rather than a model: given names, titles and roles, speech
 * verbs, bylines, coordination with another person, surname propagation within the article, and the
 * user's registry. Places, organisations, nationalities, months and capitalised sentence starts are not people.
 */
import type { Person, PersonMention } from '../model';
import { foldName, isCommonGivenName } from '../lexicon/firstNames';
import { isNationality } from '../lexicon/nationalities';
import { HONORIFICS, PERSON_ROLE_WORDS, PLURAL_ROLE_WORDS, TITLE_MODIFIERS } from '../lexicon/roles';
import { SPEECH_VERBS } from '../lexicon/speech';
import { isSpaceUnit } from './chars';
import { GENERATIONAL, hasTitle, isApostrophe, NO_PREFIX, onlyStops, ROMAN_NUMERAL, segmentsOf, type Segment } from './nameSegments';
import {
  firstTokenFrom,
  isFirstNameToken,
  keyOfToken,
  lastTokenBefore,
  letterRunStart,
  sentenceInitial,
  tokenize,
  UPPER_START_RE,
  type Token,
} from './nameTokens';
import {
  afterEnglishThe,
  afterModelNumber,
  afterSaintAbbreviation,
  aloneInQuotes,
  inQuotedTitle,
  partyDesignation,
  thingAppositionAfter,
  struckPlace,
} from './thingCues';
import {
  clausePronounAfter,
  derivedCommonWord,
  eastAsianName,
  mayStartPersonCue,
  possessionAfter,
  rareGivenNameGoesOn,
  personPredicateAfter,
  personNounAlone,
  personVerbAfter,
  thingNounBefore,
  eastAsianNameEnd,
} from './personCues';
import { leadingInitials, nameEndAfter, titledParticleStart, widenOverName, withoutLeadingRole } from './peopleExtent';
import { acceptListedNames, type Accepted } from './peopleLists';
import { bylineBefore, familyNameBefore, personMarkAround } from './personMarks';
import { personKey, personSlug } from './personKey';
import { sortMentions } from './peopleOrder';
import { roleAfter, roleBefore, withoutTrailingCommaSpace } from './personRoles';
import type { RawSpan } from './text';
import { LowerWordMap, WordSignatures } from './wordSignature';

export interface RawPerson extends RawSpan {
  id: string;
  name: string;
  role?: string;
  cue: NonNullable<PersonMention['cue']>;
}

const SPEECH_ALT = [...SPEECH_VERBS].sort((a, b) => b.length - a.length).join('|');
// "<Name> a déclaré", "<Name> a également souligné", "<Name> said", "<Name> told"
const VERB_AFTER = new RegExp(`^,?\\s{1,2}(?:(?:a|avait|ont|aurait|has|had)\\s(?:\\p{L}+\\s){0,2})?(?:${SPEECH_ALT})(?!\\p{L})`, 'u');
/** The first two units of VERB_AFTER's first word (an auxiliary or a speech verb), read before the pattern is tried. */
const VERB_AFTER_PAIRS: ReadonlySet<number> = new Set(
  ['avait', 'ont', 'aurait', 'has', 'had', ...SPEECH_VERBS].map((w) => (w.charCodeAt(0) << 16) | w.charCodeAt(1)),
);
/** A word at `i` that may be VERB_AFTER's first: the auxiliary "a" (a space follows it) or a word of VERB_AFTER_PAIRS. */
const mayStartVerb = (text: string, i: number): boolean =>
  VERB_AFTER_PAIRS.has((text.charCodeAt(i) << 16) | text.charCodeAt(i + 1)) || (text.charCodeAt(i) === 97 && isSpaceUnit(text, i + 1));

/**
 * `VERB_AFTER.test(text.slice(end, end + 60))`: most names are followed by neither a comma nor a space, and
 * most of the others by a word that starts no auxiliary and no speech verb; those are turned down unit by unit.
 */
function verbAfter(text: string, end: number): boolean {
  let i = end;
  if (text.charCodeAt(i) === 44) i++;
  if (!isSpaceUnit(text, i)) return false;
  i++;
  if (!mayStartVerb(text, i) && !(isSpaceUnit(text, i) && mayStartVerb(text, i + 1))) return false;
  return VERB_AFTER.test(text.slice(end, end + 60));
}
/** An age in apposition right after a name: ", 54 ans", ", âgée de 41 ans", ", 62,", ", aged 62". */
const AGE_AFTER = /^,\s(?:(?:âgée?\sde|aged)\s)?\d{1,3}(?:\sans(?!\p{L})|,|\syears?\sold|\)|$)/u;
/**
 * No name after it: a ministry's portfolio ("le ministre des Transports", "ministère de l'Intérieur", "Minister
 * for Health") or a place's cue ("s'est déclaré lundi près de Gonfaron", "said on Monday near Kalamburg"): a
 * speech verb nearby is no cue for the word that follows.
 */
const PORTFOLIO_BEFORE =
  /(?:(?:ministre|ministère|minister|ministry|secrétaire d['’]État|secretary)\s+(?:de\s+la|de\s+l['’]|du|des|de|aux|au|à\s+la|of|for)|(?<![\p{L}])(?:près|non loin|aux abords|au large)\s+d(?:e|['’])|(?<![\p{L}])(?:dans|near|outside))\s*$/iu;
/** After a one-word subject: a plural speech verb, or "its" / "leurs" within the clause. */
const GROUP_OR_THING_AFTER =
  /^,?\s(?:(?:say|tell|warn|argue|claim|believe|note|add|insist|ont|disent|estiment|affirment|expliquent|soulignent|jugent|assurent)(?!\p{L})|(?:\p{L}+\s){1,5}(?:its|leurs)(?!\p{L}))/u;
const ATTRIBUTION_BEFORE = ['selon', 'Selon', 'according to', 'According to', "d'après", 'd’après', "D'après", 'D’après'];
const ATTRIBUTION_LAST_UNITS: ReadonlySet<number> = new Set(ATTRIBUTION_BEFORE.map((w) => w.charCodeAt(w.length - 1)));

/**
 * "a déclaré <Name>", "a-t-il dit", "said <Name>", "selon <Name>", "according to <Name>": true when
 * text[from, pos) matches
 * /(?:(?<!\p{L})(?:SPEECH)(?:\s(?:\p{L}+\s){0,3})?|(?<!\p{L})(?:selon|Selon|according to|According to|d['’]après|D['’]après)\s)$/u.
 * Read backwards from `pos`: the regular expression, anchored at the end only, is tried at every position.
 */
function speechVerbBefore(text: string, from: number, pos: number): boolean {
  const spaceAtEnd = pos - 1 >= from && isSpaceUnit(text, pos - 1);
  // The word before the space must end as an attribution does ("selon", "according to", "d'après"): most do not.
  if (spaceAtEnd && ATTRIBUTION_LAST_UNITS.has(text.charCodeAt(pos - 2))) {
    for (const w of ATTRIBUTION_BEFORE) {
      const s = pos - 1 - w.length;
      if (s >= from && text.startsWith(w, s) && letterRunStart(text, from, s) === s) return true;
    }
  }
  // The verb is the whole run of letters before its end: a verb that is the tail of a longer word fails the
  // look-behind. Each word's start is found once, and serves as the end of the next word back.
  if (isSpeechVerb(text, letterRunStart(text, from, pos), pos)) return true;
  if (!spaceAtEnd) return false;
  let cur = pos - 1;
  let s = letterRunStart(text, from, cur);
  if (isSpeechVerb(text, s, cur)) return true;
  for (let k = 0; k < 3; k++) {
    if (s === cur || s - 1 < from || !isSpaceUnit(text, s - 1)) break;
    cur = s - 1;
    s = letterRunStart(text, from, cur);
    if (isSpeechVerb(text, s, cur)) return true;
  }
  return false;
}
/** text[s, e) is a word of SPEECH_VERBS. */
const isSpeechVerb = (text: string, s: number, e: number): boolean => s < e && SPEECH_SIGNATURES.mayHold(text, s, e) && SPEECH_VERBS.has(text.slice(s, e));
/** A first test before SPEECH_VERBS: most words before a name are no speech verb. */
const SPEECH_SIGNATURES = new WordSignatures(SPEECH_VERBS);

// Module constants, not literals in the functions: bundled for Node 20, a `\p{…}` literal there is a `new RegExp` at every call.
const DOT_LETTER = /^\.\p{L}/u;

/** Determiners before a capitalised word that make it a thing's name ("the Victoria", "le Clemenceau"). */
const THING_DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'le', 'la', 'un', 'une', 'du', 'des', 'les', 'au', 'aux']);

/**
 * A given name alone ("Hayley gets into trouble", "Denise a répondu"): a person when it is followed by a
 * lowercase word or punctuation (no other capitalised word, so no unknown family name or place follows) and
 * no determiner makes it the name of a thing.
 */
function loneGivenName(text: string, seg: Segment, language: 'fr' | 'en' | undefined): boolean {
  const t = seg.tokens[0];
  if (t.text.length < 3 || !isFirstNameToken(t)) return false;
  // In English, a rare given name alone is often a place, a brand or a word: it must go on as a person's.
  if (language === 'en' && !isCommonGivenName(t.text) && !rareGivenNameGoesOn(text, seg.end)) return false;
  const next = text.charCodeAt(seg.end);
  if (next === 45 || (next === 46 && DOT_LETTER.test(text.slice(seg.end, seg.end + 2)))) return false;
  return !afterDeterminerOrPreposition(text, seg.start);
}

/**
 * "du Budget Michel Charasse", "l'élu Vert Yves Contassot": a segment of three words or more whose first
 * word is no given name but a later one is starts at that given name; the words before go to its prefix.
 */
function fromGivenName(text: string, seg: Segment): Segment {
  const n = seg.tokens.length;
  if (n < 3 || isFirstNameToken(seg.tokens[0])) return seg;
  // "Carter Anthony Beauford (born …)": opening a sentence, an unknown first word that is no role is a
  // given name of its own; elsewhere ("du Budget Michel …", "Manager Lou …") it is more often a title.
  if (sentenceInitial(text, seg.start) && !PERSON_ROLE_WORDS.has(seg.tokens[0].text.toLowerCase())) return seg;
  for (let k = 1; k < n - 1; k++) {
    if (!isFirstNameToken(seg.tokens[k])) continue;
    const tokens = seg.tokens.slice(k);
    return { ...seg, tokens, start: tokens[0].start, text: text.slice(tokens[0].start, seg.end), prefix: [...seg.prefix, ...seg.tokens.slice(0, k)] };
  }
  return seg;
}

/** The word before `start` is a determiner ("the", "la") or a place preposition ("in", "à"). */
function afterDeterminerOrPreposition(text: string, start: number): boolean {
  return wordBeforeIs(text, start, true);
}

/** The word before `start` is a determiner, or (`prepositions`) a place preposition. */
function wordBeforeIs(text: string, start: number, prepositions: boolean): boolean {
  // "In 1966 Okafor was": the preposition governs the number, not the name.
  let i = start;
  while (i > 0 && text.charCodeAt(i - 1) === 32) i--;
  if (i > 0 && i < start && text.charCodeAt(i - 1) >= 48 && text.charCodeAt(i - 1) <= 57) return false;
  // The word `wordsBefore(text, start, 1)` reads, looked up in place.
  const packed = lastTokenBefore(text, start);
  if (packed < 0) return false;
  const ws = Math.floor(packed / 256);
  const we = ws + (packed % 256);
  const kind = DETERMINER_OR_PREPOSITION.get(text, ws, we) ?? 0;
  return (kind & DETERMINER) !== 0 || (prepositions && (kind & PREPOSITION) !== 0);
}

/** Prepositions before a lone capitalised word that make it a place ("in Adelaide", "à Lorraine", "to Harrison"). */
const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set([
  'in',
  'to',
  'from',
  'at',
  'of',
  'near',
  'into',
  'à',
  'de',
  'en',
  'vers',
  'dans',
  'depuis',
  "d'",
  'd’',
]);
const DETERMINER = 1;
const PREPOSITION = 2;
/** THING_DETERMINERS and PLACE_PREPOSITIONS, read in place: the word before a name is made into no string. */
const DETERMINER_OR_PREPOSITION = new LowerWordMap<number>(
  [...new Set([...THING_DETERMINERS, ...PLACE_PREPOSITIONS])].map(
    (w) => [w, (THING_DETERMINERS.has(w) ? DETERMINER : 0) | (PLACE_PREPOSITIONS.has(w) ? PREPOSITION : 0)] as const,
  ),
);

/**
 * A run of capitalised title words announces a name when its last word is a title proper ("Russian
 * President", "Lt. Gen.", "Mr"), not only an adjective of one ("American Beauty", "Special Events",
 * "National Action").
 */
function announcesName(prefix: readonly Token[]): boolean {
  if (prefix.length === 0) return false;
  const last = prefix[prefix.length - 1];
  return last.kind === 'title' && !TITLE_MODIFIERS.has(last.text.toLowerCase()) && !isNationality(last.text);
}

/**
 * The segments of `tokens` that may name a person, each started at its given name and without its leading role:
 * "Producer, Director, Actor": a role written with a capital is no name, in a list or alone ("le Dr Maréchal" is).
 * One loop, not a map and a filter: no array in between.
 */
function candidateSegments(text: string, tokens: Token[]): Segment[] {
  const out: Segment[] = [];
  for (const s of segmentsOf(text, tokens)) {
    const seg = withoutLeadingRole(text, fromGivenName(text, s));
    if (seg.tokens.length > 3 || hasTitle(seg.prefix) || !personNounAlone(seg.tokens)) out.push(seg);
  }
  return out;
}

/**
 * People in `text` (UTF-16 offsets). `registry` people are recognised under their name and every alias,
 * and their id wins over the slug detection would give.
 */
export function detectPeople(text: string, registry: readonly Person[] = [], language?: 'fr' | 'en', knownNames: readonly string[] = []): RawPerson[] {
  const tokens = tokenize(text);
  const segs = candidateSegments(text, tokens);
  // No capitalised run that may name a person, and no name known (918 of the 2303 French dev texts).
  if (segs.length === 0 && registry.length === 0 && knownNames.length === 0) return [];
  const registryByKey: ReadonlyMap<string, Person> = registry.length === 0 ? NO_REGISTRY : registryKeys(registry);

  const accepted = new Map<number, Accepted>(); // by segment start
  for (const seg of segs) {
    // A place's name (most capitalised words of news copy) is a person's only after initials or a title or a
    // role; every other test turns it down or leaves it so: the two asked first, the rest only when one says yes.
    if (seg.place && registryByKey.size === 0 && leadingInitials(text, seg.start, language) === seg.start && !roleBefore(text, seg)) continue;
    if (seg.tokens.length > 4 || afterSaintAbbreviation(text, seg.start)) continue;
    const reg = registryByKey.size ? registryByKey.get(personKey(seg.text)) : undefined;
    if (reg) {
      accepted.set(seg.start, { seg, cue: 'registry', registryId: reg.id });
      continue;
    }
    // "the Varga family": a surname even after "the".
    if (seg.tokens.length === 1 && !seg.place && familyNameBefore(text, seg.text, seg.end)) {
      accepted.set(seg.start, { seg, cue: 'context', family: true });
      continue;
    }
    if (afterEnglishThe(text, seg.start) || aloneInQuotes(text, seg) || afterModelNumber(text, seg.start) || thingNounBefore(text, seg.start, seg.end))
      continue;
    // "Van, une ville de …", "le séisme a frappé Van", "X, a subsidiary of": a place's or a firm's name, though also a given name.
    if (thingAppositionAfter(text, seg.end) || (seg.tokens.length === 1 && (struckPlace(text, seg.start) || partyDesignation(text, seg)))) continue;
    // "C. H. Douglas", "J.-C. Marchand", and in English "M. Smith" (in French, "M." is Monsieur).
    const initialsStart = leadingInitials(text, seg.start, language);
    if (initialsStart < seg.start) {
      accepted.set(seg.start, { seg: { ...seg, start: initialsStart, text: text.slice(initialsStart, seg.end) }, cue: 'first-name' });
      continue;
    }
    // "M. de Villepin", "le général de Gaulle": the particle after a title belongs to the name.
    const particleStart = seg.tokens.length <= 2 && !seg.place ? titledParticleStart(text, seg.start) : -1;
    if (particleStart >= 0) {
      accepted.set(seg.start, { seg: { ...seg, start: particleStart, text: text.slice(particleStart, seg.end) }, cue: 'title' });
      continue;
    }
    if (seg.place) {
      // "le président Hollande", "M. Jordan": a title or a role makes a place's name a person's.
      const placeRole = roleBefore(text, seg);
      if (placeRole) accepted.set(seg.start, { seg, cue: HONORIFICS.has(placeRole.toLowerCase()) ? 'title' : 'role', role: placeRole });
      continue;
    }
    const titlePrefix = seg.prefix.length === 0 ? NO_PREFIX : seg.prefix.filter((t) => t.kind === 'title' || t.kind === 'nat' || t.kind === 'org');
    const role = announcesName(seg.prefix) ? text.slice(titlePrefix[0].start, titlePrefix[titlePrefix.length - 1].end) : roleBefore(text, seg);
    if (
      seg.tokens.length >= 2 &&
      (isFirstNameToken(seg.tokens[0]) || (seg.tokens.length <= 3 && eastAsianName(seg.tokens)) || (seg.tokens.length === 3 && isFirstNameToken(seg.tokens[1])))
    ) {
      accepted.set(
        seg.start,
        role && PLURAL_ROLE_WORDS.has(role.toLowerCase()) ? { seg, cue: 'first-name', role, listOfPeople: true } : { seg, cue: 'first-name', role },
      );
      continue;
    }
    // "Kaja Kallas, la cheffe de la diplomatie européenne": a role in apposition after a full name.
    const after = !role && seg.tokens.length >= 2 && text.charCodeAt(seg.end) === 44 ? roleAfter(text, seg.end) : undefined;
    if (after) {
      accepted.set(seg.start, { seg, cue: 'role', role: after });
      continue;
    }
    if (role) {
      const cue = HONORIFICS.has(role.toLowerCase()) || titlePrefix.length ? 'title' : 'role';
      accepted.set(seg.start, PLURAL_ROLE_WORDS.has(role.toLowerCase()) ? { seg, cue, role, listOfPeople: true } : { seg, cue, role });
      continue;
    }
    // "Durand, 54 ans,", "Hollis, 62, said", "Varenne, âgée de 41 ans": an age in apposition.
    if (text.charCodeAt(seg.end) === 44 && AGE_AFTER.test(text.slice(seg.end, seg.end + 24))) {
      accepted.set(seg.start, { seg, cue: 'role' });
      continue;
    }
    const beforeFrom = Math.max(0, seg.start - 40);
    const speechAfter = verbAfter(text, seg.end);
    if (
      (speechAfter || speechVerbBefore(text, beforeFrom, seg.start)) &&
      !(seg.tokens.length === 1 && PORTFOLIO_BEFORE.test(text.slice(beforeFrom, seg.start)))
    ) {
      // A lone capitalised word starting a sentence needs a second token or the verb right after it.
      // "Critics say", "Boeing said its profit fell": a plural verb or "its" makes the subject a group or a thing.
      const groupOrThing = seg.tokens.length === 1 && speechAfter && GROUP_OR_THING_AFTER.test(text.slice(seg.end, seg.end + 60));
      if (!groupOrThing && (seg.tokens.length >= 2 || !sentenceInitial(text, seg.start) || speechAfter)) {
        accepted.set(seg.start, { seg, cue: 'speech-verb' });
        continue;
      }
    }
    // "Varga was born", "Okafor's widow": what only people do or have, for names nothing else marks (a
    // determiner or a preposition before the name makes it a thing's or a place's: "the Rangers won").
    const pronoun = seg.tokens.length <= 3 ? clausePronounAfter(text, seg.end) : undefined;
    const owns = seg.tokens.length <= 3 ? possessionAfter(text, seg.end) : undefined;
    if (
      seg.tokens.length <= 3 &&
      onlyStops(seg.prefix) &&
      pronoun !== 'thing' &&
      ((mayStartPersonCue(text, seg.end) && (personVerbAfter(text, seg.end, sentenceInitial(text, seg.start)) || personPredicateAfter(text, seg.end))) ||
        owns !== undefined ||
        pronoun === 'person') &&
      // "the Wanderers won", "in Kesterton lived": a thing's or a place's name; "of Varga's widow" is still a person.
      (owns === 'person' ? !wordBeforeIs(text, seg.start, false) : !afterDeterminerOrPreposition(text, seg.start)) &&
      !(seg.tokens.length === 1 && sentenceInitial(text, seg.start) && derivedCommonWord(seg.tokens[0].text))
    ) {
      accepted.set(seg.start, { seg, cue: 'context' });
      continue;
    }
    // "went to Vantrell, who had retired": a relative only a person takes, even after a preposition (not after "the");
    // a birth after the name or a birth name ("Varga (born 1950)", "(née Stone)").
    if (seg.tokens.length <= 3 && onlyStops(seg.prefix) && personMarkAround(text, seg.start, seg.end) && !wordBeforeIs(text, seg.start, false)) {
      accepted.set(seg.start, { seg, cue: 'context' });
      continue;
    }
    if (seg.tokens.length >= 2 && bylineBefore(text, beforeFrom, seg.start)) accepted.set(seg.start, { seg, cue: 'first-name' });
    else if (seg.tokens.length === 1 && loneGivenName(text, seg, language)) accepted.set(seg.start, { seg, cue: 'first-name' });
  }
  // "Buddha for Mary" in quotes: a name in a title-cased quotation is a work's (read for the few names accepted).
  // forEach, not for-of over entries: no [key, value] array per name.
  if (language === 'en')
    accepted.forEach((a, start) => {
      if (a.cue !== 'registry' && inQuotedTitle(text, a.seg)) accepted.delete(start);
    });

  // No name accepted and none known: a list joins no name to a person, and no word alone stands for one.
  if (accepted.size === 0) {
    if (registry.length === 0 && knownNames.length === 0) return [];
  } else {
    // Coordination: "Zhifan Liu et Etienne Breban", "Jane Porter and Tom Ellis".
    acceptListedNames(text, segs, accepted, (seg) =>
      seg.tokens.length === 1
        ? seg.place === true || afterDeterminerOrPreposition(text, seg.start) || partyDesignation(text, seg)
        : afterEnglishThe(text, seg.start),
    );
  }

  // Canonical (fullest) names per key, and surnames pointing to them.
  const fullest = new Map<string, string>();
  const surnames = new Map<string, Array<{ name: string; at: number; key: string }>>();
  /** Adds `name` (the text of `seg` when given: its words' keys are then read from its tokens where they can be). */
  const addName = (name: string, at: number, seg?: Segment): void => {
    // name.split(/\s+/): two parts or more when it holds a space, the last one after the last space.
    let last: number;
    let key: string;
    let surname: string;
    let surnameKey: string | undefined;
    const t = seg?.tokens[seg.tokens.length - 1];
    if (seg && t && t.end === seg.end && t.start > seg.start && isSpaceUnit(text, t.start - 1)) {
      // The last word is the segment's last token (which holds no space): no slice, and keys asked once per word.
      last = t.start - 1 - seg.start;
      key = keyOfSegment(seg);
      surname = t.text;
      surnameKey = keyOfToken(t);
    } else {
      last = name.length - 1;
      while (last >= 0 && !isSpaceUnit(name, last)) last--;
      if (last < 0) return;
      key = personKey(name);
      surname = name.slice(last + 1);
    }
    if (!fullest.has(key)) fullest.set(key, name);
    // "Glenn Profitt II", "Andrew Evans Jr": the family name is the word before the number.
    // A Roman numeral starts with I, V or X: most surnames are turned down before the regular expression.
    const c0 = surname.charCodeAt(0);
    if (((c0 === 73 || c0 === 86 || c0 === 88) && ROMAN_NUMERAL.test(surname)) || GENERATIONAL.has(surname)) {
      const before = name.lastIndexOf(' ', last - 1);
      surname = name.slice(before + 1, last);
      surnameKey = undefined;
    }
    register(surnameKey ?? personKey(surname), name, at, key);
    // "Giscard d'Estaing": the name after the elided particle is found alone too, then widened back.
    if (surname.length > 2 && surname.charCodeAt(0) === 100 && isApostrophe(surname.charCodeAt(1))) register(personKey(surname.slice(2)), name, at, key);
  };
  function register(sk: string, name: string, at: number, key: string): void {
    let list = surnames.get(sk);
    if (!list) surnames.set(sk, (list = []));
    for (const e of list) if (e.key === key) return;
    list.push({ name, at, key });
  }
  // Full names the workspace's other articles give (at -2) lose to the registry's (-1) and the article's own.
  for (const n of knownNames) addName(n, -2);
  const fromWorkspace = knownNames.length === 0 ? NO_NAMES : new Set(fullest.values());
  for (const p of registry) addName(p.name, -1);
  // The accepted names in the map's order (read with forEach: no iterator result per name), and by start.
  const inOrder: Accepted[] = new Array<Accepted>(accepted.size);
  let filled = 0;
  accepted.forEach((a) => (inOrder[filled++] = a));
  const byStart = inOrder.every((a, k) => k === 0 || inOrder[k - 1].seg.start <= a.seg.start)
    ? inOrder
    : inOrder.slice().sort((x, y) => x.seg.start - y.seg.start);
  for (const a of byStart) {
    addName(a.seg.text, a.seg.start, a.seg);
    // A surname alone that a title, a role or a speech verb marks once ("le président Macron") is that
    // person wherever else the article names them alone ("Macron a signé le décret").
    if (a.seg.tokens.length === 1 && !a.family && (a.cue === 'title' || a.cue === 'role' || a.cue === 'context')) {
      const key = keyOfSegment(a.seg);
      if (!surnames.has(key)) register(key, a.seg.text, a.seg.start, key);
    }
  }

  // The full name a word alone stands for, by the word's key (asked only when some surname is known).
  const resolveShort = (key: string, at: number): string | undefined => {
    const list = surnames.get(key);
    if (!list || !list.length) return undefined;
    // The nearest full form before the mention, else the first one in the article.
    let best = list[0];
    for (const e of list) if (e.at <= at && e.at >= best.at) best = e;
    return best.name;
  };

  const out: RawPerson[] = [];
  // Per token (by index): COVERED, inside an accepted mention; IN_OTHER_NAME, a word of a run no cue made a person's.
  const marks = tokenMarks(tokens.length);
  const mark = (start: number, bit: number): void => {
    const k = firstTokenFrom(tokens, start);
    if (k < tokens.length && tokens[k].start === start) marks[k] |= bit;
  };
  let extended = false;
  for (const a of inOrder) {
    const segKey = keyOfSegment(a.seg);
    let name = fullest.get(segKey) ?? a.seg.text;
    if (a.seg.tokens.length === 1 && surnames.size > 0) name = resolveShort(segKey, a.seg.start) ?? name;
    // Two literals rather than a spread: the same keys in the same order, without the copy.
    const id = a.registryId ?? '';
    // "Andrew Evans Jr.": the abbreviation's dot belongs to the name.
    // A nickname, an epithet, a title word as family name, a last initial: see nameEndAfter.
    const end =
      text.charCodeAt(a.seg.end) === 46 && GENERATIONAL.has(a.seg.tokens[a.seg.tokens.length - 1].text)
        ? a.seg.end + 1
        : Math.max(eastAsianNameEnd(text, a.seg.tokens, a.seg.end), nameEndAfter(text, a.seg.end, a.seg.tokens.length === 1 && a.cue === 'first-name'));
    for (const t of a.seg.tokens) mark(t.start, COVERED);
    if (end > a.seg.end + 1) {
      // The words the name was extended over (a nickname, a family name) are that person, not another.
      extended = true;
      let last = '';
      for (let k = firstTokenFrom(tokens, a.seg.end); k < tokens.length && tokens[k].start < end; k++) {
        marks[k] |= COVERED;
        last = tokens[k].text;
      }
      const nickname = text.charCodeAt(a.seg.end + 1) === 34 || text.charCodeAt(a.seg.end + 1) === 0x201c;
      // 'William "Cowboy" Reyes' is William Reyes, "Ludwig the Bold" and "Rupert Pope" are what the text says.
      name = nickname ? `${name} ${last}` : name + text.slice(a.seg.end, end);
      // … and "Reyes" alone later is that person, like any family name.
      if (last && !text.startsWith(' the ', a.seg.end)) register(personKey(last), name, a.seg.start, personKey(name));
    }
    out.push(
      a.role ? { start: a.seg.start, end, name, cue: a.cue, role: withoutTrailingCommaSpace(a.role), id } : { start: a.seg.start, end, name, cue: a.cue, id },
    );
  }
  const fromAccepted = out.length;
  // Propagation: a surname alone anywhere once a full form is known (article or registry), even at a
  // sentence start or glued by a hyphen ("missions diplomatiques-Lavrov").
  // Words of a longer capitalised run that is no person ("the Stanley Cup", "Montreal Hockey Club",
  // "Bowling Green"): a team, a place or a work named after someone, not that person again.
  if (surnames.size > 0)
    for (const seg of segs) if (seg.tokens.length >= 2 && !accepted.has(seg.start)) for (const t of seg.tokens) mark(t.start, IN_OTHER_NAME);
  // No surname known: no word alone stands for anyone.
  for (let k = 0; surnames.size > 0 && k < tokens.length; k++) {
    const t = tokens[k];
    if ((t.kind !== 'name' && t.kind !== 'caps' && t.kind !== 'place') || marks[k] !== 0) continue;
    // "The Marlow Hockey Club": a capitalised word right after, or "the" before, makes it part of a thing's name.
    const next = tokens[k + 1];
    const prev = tokens[k - 1];
    if (
      (next && next.start === t.end + 1 && next.kind !== 'stop' && (marks[k + 1] & COVERED) === 0) ||
      afterEnglishThe(text, t.start) ||
      // "Voice of Holloway", "Bank of Marlow": the end of an "X of Y" name.
      (prev && prev.end === t.start - 4 && text.startsWith(' of ', prev.end) && (marks[k - 1] & COVERED) === 0)
    )
      continue;
    const name = resolveShort(keyOfToken(t), t.start);
    // "Istanbul-Lavrov": a headline glues the surname to the word before.
    const dash = name ? -1 : t.text.lastIndexOf('-');
    const tail = dash > 0 ? t.text.slice(dash + 1) : '';
    const tailName = tail && UPPER_START_RE.test(tail) ? resolveShort(personKey(tail), t.start) : undefined;
    // "Hollande" alone is François Hollande, but "la Hollande", "en Hollande" is the country (asked only of a
    // place's name that stands for someone: most stand for no one).
    if ((!name && !tailName) || (t.kind === 'place' && afterDeterminerOrPreposition(text, t.start))) continue;
    if (name) out.push({ start: t.start, end: t.end, name, cue: fromWorkspace.has(name) ? 'corpus' : 'propagation', id: '' });
    else if (tailName) out.push({ start: t.start + dash + 1, end: t.end, name: tailName, cue: 'propagation', id: '' });
  }
  for (const p of out) if (p.end - p.start < p.name.length) p.start = widenOverName(text, p.start, p.end, p.name);
  for (const p of out) {
    const reg = registryByKey.size === 0 ? undefined : (registryByKey.get(personKey(p.name)) ?? registryByKey.get(personKey(text.slice(p.start, p.end))));
    p.id = reg ? reg.id : personSlug(p.name);
    if (reg && p.cue !== 'registry' && registryByKey.has(personKey(text.slice(p.start, p.end)))) p.cue = 'registry';
  }
  sortMentions(out, fromAccepted);
  if (!extended) return out;
  // A name accepted on its own inside one that was extended over it ('William "Cowboy" Reyes' and "Reyes").
  let reach = -1;
  return out.filter((p) => {
    const inside = p.end <= reach;
    reach = Math.max(reach, p.end);
    return !inside;
  });
}

/** The registry's people by the key of their name and of every alias. */
function registryKeys(registry: readonly Person[]): Map<string, Person> {
  const byKey = new Map<string, Person>();
  for (const p of registry) for (const n of [p.name, ...p.aliases]) if (n.trim()) byKey.set(personKey(n), p);
  return byKey;
}
/** An empty registry's map, shared: never written. */
const NO_REGISTRY: ReadonlyMap<string, Person> = new Map();

/** personKey(seg.text), from the word's facts when the segment is one token's word. */
const keyOfSegment = (seg: Segment): string => (seg.tokens.length === 1 && seg.text === seg.tokens[0].text ? keyOfToken(seg.tokens[0]) : personKey(seg.text));

/** The buffer of detectPeople's token marks, reused from text to text (a typed array per call cost more than its use). */
let marksBuffer = new Uint8Array(1024);

/** `n` marks, all 0 (the shared buffer, grown when too short): detectPeople runs to its end before it is called again. */
function tokenMarks(n: number): Uint8Array {
  if (marksBuffer.length < n) marksBuffer = new Uint8Array(Math.max(n, 2 * marksBuffer.length));
  marksBuffer.fill(0, 0, n);
  return marksBuffer;
}

/** The workspace's names when it gives none: never written. */
const NO_NAMES: ReadonlySet<string> = new Set();

const COVERED = 1;
const IN_OTHER_NAME = 2;

/** Folded comparison helper exported for tests. */
export const foldForTest = foldName;
