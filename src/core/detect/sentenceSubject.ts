/**
 * The subject of a sentence, for speakers: who "il"/"he" stands for, and who goes on speaking in a quote
 * that follows a sentence about them.
 */
import { isNationality } from '../lexicon/nationalities';
import { HONORIFICS, ROLE_WORDS } from '../lexicon/roles';
import type { RawPerson } from './people';
import { classTable, SPACE } from './chars';
import { UPPER_START_RE } from './nameTokens';
import { sentenceStart } from './text';

/** What may stand before a sentence's subject: nothing, a role ("Le président français"), a few words. */
export const SUBJECT_OPENING = /^[\s«"“—–-]*(?:(?:[\p{L}'’.,-]+)\s){0,4}$/u;

/**
 * What may open a sentence before its subject: an adverbial closed by a comma ("Interrogé mardi, ", "Dans un
 * entretien publié mardi par un quotidien régional, ", "In an interview on Tuesday, "), then a connective
 * ("Mais", "But") and a role phrase, on an article ("la ministre de la Santé", "Le président") or a title
 * without one ("Mayor", "Prime Minister"). Group 1: the role phrase's words.
 */
const BEFORE_SUBJECT =
  /^[\s«"“—–-]*(?:[^.!?;:\n]{0,120},\s+)?(?:(?:Mais|Et|Or|Pourtant|Alors|But|And|Yet|So|Then)\s+)?((?:(?:Le|La|Les|L['’]|The|le|la|les|l['’]|the)\s*)?(?:[\p{L}'’.-]+\s+){0,6})$/u;
/** Articles and prepositions of a role phrase ("le ministre de l'Intérieur"). */
const ROLE_GLUE_WORDS = new Set(['le', 'la', 'l', 'les', 'de', 'du', 'des', 'd', 'the', 'of']);
/** Words that may come before the role word itself ("l'ancien président", "the former minister"). */
const BEFORE_ROLE = new Set([
  'ancien',
  'ancienne',
  'nouveau',
  'nouvelle',
  'futur',
  'future',
  'actuel',
  'actuelle',
  'former',
  'new',
  'vice',
  'deputy',
  'acting',
]);

/**
 * Empty, or a role phrase: a role word among its words, and its first word (after the article) the role, an
 * adjective of a role, a nationality or a capitalised name ("The Kremlin spokesman"); "La colère monte contre"
 * is none.
 */
function isRolePhrase(phrase: string): boolean {
  const words = phrase.split(/[\s'’]+/).filter((w) => w && !ROLE_GLUE_WORDS.has(w.toLowerCase()));
  if (!words.length) return true;
  const lower = words.map((w) => w.toLowerCase());
  if (!lower.some((w) => ROLE_WORDS.has(w))) return false;
  return ROLE_WORDS.has(lower[0]) || BEFORE_ROLE.has(lower[0]) || isNationality(lower[0]) || UPPER_START_RE.test(words[0]);
}
/** Another name right after the first, joined to it: a subject of several people speaks no one's quote. */
const JOINED_NAME = /^\s*(?:,\s*|\s(?:et|and|ou|or)\s+)$/u;

/**
 * The person opening `[from, end)` as its subject: nothing but an opening adverbial, a connective and a role
 * phrase before them ("Sur place, la ministre de la Santé Claire Vasseur a …"), never a complement ("La
 * colère monte contre Pierre Lambert"), and not one of several people joined by "et" or a comma.
 */
function subjectPerson(text: string, from: number, end: number, peopleIn: (s: number, e: number) => RawPerson[]): RawPerson | null {
  const inSentence = peopleIn(from, end);
  const first = inSentence[0];
  if (!first) return null;
  const before = BEFORE_SUBJECT.exec(text.slice(from, first.start));
  if (!before) return null;
  if (!isRolePhrase(before[1])) return null;
  const second = inSentence[1];
  if (second && JOINED_NAME.test(text.slice(first.end, second.start))) return null;
  return first;
}

/**
 * The subject of the sentence right before a quote that opens a sentence of its own ("La ministre Agnès
 * Varenne a défendu sa réforme. « … »"), or of the clause a colon closes right before it ("Pierre Lambert ne
 * décolère pas : « … »"). Null when the quote does not follow such a sentence in the same paragraph, when that
 * sentence holds a quote (it starts before `prevQuoteEnd`), or when it does not open with a person.
 */
export function continuedSubject(text: string, open: number, prevQuoteEnd: number, peopleIn: (s: number, e: number) => RawPerson[]): RawPerson | null {
  let i = open;
  while (i > 0 && (text.charCodeAt(i - 1) === 32 || text.charCodeAt(i - 1) === 0xa0 || text.charCodeAt(i - 1) === 0x202f)) i--;
  const c = text.charCodeAt(i - 1);
  if (i === 0 || !(c === 46 || c === 33 || c === 63 || c === 58)) return null;
  let from = sentenceStart(text, i - 1, 400);
  // '« … Il ne reste rien. » Son voisin, X, partage sa colère : « … »': a quote closed by its own full stop
  // ended the sentence before; the sentence after it starts after its closing mark.
  if (from < prevQuoteEnd) {
    if (!QUOTE_CLOSED_BY_STOP.test(text.slice(Math.max(0, prevQuoteEnd - 4), prevQuoteEnd))) return null;
    from = prevQuoteEnd;
  }
  return subjectPerson(text, from, i, peopleIn);
}

/** The end of a quote whose text closes on a full stop, "!", "?" or an ellipsis, inside the closing mark. */
const QUOTE_CLOSED_BY_STOP = /[.!?…]\s*[»"”]$/u;

/** "Pour" / "For" opening a sentence or a clause, then at most five words and commas before a name: group 1. */
const FOR_BEFORE_NAME = /(?:^\s*|[.!?]\s+|,\s*|\n\s*)(?:[Pp]our|For)\s+((?:[\p{L}'’-]+\.?,?\s+){0,5})$/u;
/** The end of a sentence or a clause between a name and the quote: the name no longer governs the quote. */
const CLAUSE_END = /[.!?;:\n]/;

/**
 * The person a sentence is given to: "Pour Thomas Girard, « … »", "Pour le ministre, Thomas Girard, la réforme
 * reste « … »", "For Evans, the ruling was “…”". The words between "Pour" and the name, if any, are a role
 * phrase opening on an article ("Pour contrer Thomas Girard, ils …" gives nobody); after the name a comma,
 * then the quote in the same clause with nobody else named before it. Null otherwise.
 */
export function givenToSpeaker(text: string, from: number, open: number, peopleIn: (s: number, e: number) => RawPerson[]): RawPerson | null {
  const inSentence = peopleIn(from, open);
  for (let k = 0; k < inSentence.length; k++) {
    const p = inSentence[k];
    const lead = FOR_BEFORE_NAME.exec(text.slice(Math.max(from, p.start - 80), p.start));
    if (!lead) continue;
    const words = lead[1]
      .toLowerCase()
      .split(/[\s,'’]+/)
      .filter(Boolean);
    // "Pour le ministre, X", "Pour Me X", "For Dr. X": a role on its article, or an honorific alone.
    const honorific = words.length === 1 && (HONORIFICS.has(words[0]) || HONORIFICS.has(`${words[0]}.`));
    if (words.length && !honorific && !(ROLE_GLUE_WORDS.has(words[0]) && words.some((w) => ROLE_WORDS.has(w)))) continue;
    const rest = text.slice(p.end, open);
    if (!/^\s*,/.test(rest) || CLAUSE_END.test(rest) || rest.length > 200) continue;
    // Someone else named between the name and the quote is that clause's subject, not this person.
    return k + 1 === inSentence.length ? p : null;
  }
  return null;
}

/** A role phrase on an article right before a name: "le Premier ministre ", "la présidente de la Commission, ". Group 1: its words. */
const ROLE_BEFORE_NAME = /(?:^|[\s,])(?:le|la|l['’]|the)\s*((?:[\p{L}'’.-]+,?\s+){1,6})$/iu;
/** A complement clause between the verb and the name: the name is in what was said, not its subject. */
const THAT_CLAUSE = /(?<!\p{L})(?:que|qu['’]|that)(?!\p{L})/iu;

/**
 * The subject of a speech verb after a quote, written at the end of its incise behind circumstances and a
 * role ("», a déclaré jeudi soir sur France 2 le Premier ministre Thomas Girard."): the first person named in
 * [ve, end) within 140 units, with no clause break nor "que" before them and a role phrase right before them.
 * Null otherwise (a name far after the verb without a role is anyone).
 */
export function roleNamedAfterVerb(
  text: string,
  ve: number,
  end: number,
  peopleIn: (s: number, e: number) => RawPerson[],
  clauseBreak: (s: number, e: number) => boolean,
): RawPerson | null {
  const p = peopleIn(ve, Math.min(end, ve + 160))[0];
  if (!p || p.start - ve > 140 || clauseBreak(ve, p.start) || THAT_CLAUSE.test(text.slice(ve, p.start))) return null;
  const role = ROLE_BEFORE_NAME.exec(text.slice(Math.max(ve, p.start - 70), p.start));
  const words = role
    ? role[1]
        .toLowerCase()
        .split(/[\s,'’]+/)
        .filter(Boolean)
    : [];
  return words.some((w) => ROLE_WORDS.has(w)) ? p : null;
}

const GAP_WORD = /[\p{L}-]+['’]?/gu;
const DETERMINERS = new Set(['le', 'la', "l'", 'l’', 'les', 'un', 'une', 'des', 'the', 'a', 'an']);
const PREPOSITIONS = new Set([
  'à',
  'au',
  'aux',
  'auprès',
  'to',
  'devant',
  'sur',
  'dans',
  'lors',
  'en',
  'pour',
  'avec',
  'par',
  'de',
  'du',
  'on',
  'in',
  'at',
  'before',
  'with',
  'for',
]);
const OF_WORDS = new Set(['de', 'du', 'des', "d'", 'd’', 'of', 'for', 'from']);
const RELATIVE = new Set(['qui', 'que', "qu'", 'qu’', 'who', 'which', 'that']);

/**
 * True when the words between a speech verb after a quote and a name hold the verb's own subject, a noun
 * phrase that is no role ("», affirme un proche de X", "», estime l'entourage de X", "», ont estimé les
 * syndicats, qui ont dénoncé X"): the name is then a complement, not the speaker. A role phrase ("le
 * porte-parole du syndicat X"), an apposition ("une habitante, X"), a recipient ("à l'AFP") or a circumstance
 * ("mardi", "sur le plateau") is none.
 */
export function nounSubjectBetween(gap: string): boolean {
  const words = (gap.match(GAP_WORD) ?? []).map((w) => w.toLowerCase());
  if (words.some((w) => RELATIVE.has(w))) return true;
  // "une habitante, Marie Dubois": a noun in apposition to the name, which is the subject.
  if (/,\s*$/u.test(gap)) return false;
  for (let k = 0; k < words.length; k++) {
    if (!DETERMINERS.has(words[k]) || (k > 0 && PREPOSITIONS.has(words[k - 1]))) continue;
    // The determiner opens the subject. A role heads it ("le porte-parole du syndicat X"), or adjectives
    // describe the name itself ("a tearful X"); a complement ("un proche de X", "l'entourage de X") makes the
    // name someone else than the subject.
    const rest = words.slice(k + 1);
    return !rest.some((w) => ROLE_WORDS.has(w)) && rest.some((w) => OF_WORDS.has(w));
  }
  return false;
}

/**
 * A sentence opened by an infinitive of narration ("Et d'ajouter :", "Avant de conclure :", "Puis de
 * s'interroger :"), then nothing but the quote: the infinitive has no subject of its own.
 */
const NARRATIVE_INFINITIVE = /^[\s—–-]*(?:Et|Puis|Avant)\s+(?:de\s+|d['’])(?:s['’]|se\s+)?\p{Ll}+(?:er|ir|re)(?:\s+\p{Ll}+){0,3}\s*[:,]?\s*$/u;
/** A full stop, "!" or "?" followed by a space: a sentence ends. */
const SENTENCE_BREAK = /[.!?…]\s/g;

/**
 * Who speaks a quote opened by an infinitive of narration ("« … », a reconnu X. Et d'ajouter : « … »"): the
 * speaker of the quote the sentence before held, when nobody else is named after it, else the subject of that
 * sentence. The previous sentence may end a paragraph; further back, nobody (null rather than a guess).
 */
export function narrativeInfinitiveSubject(
  text: string,
  from: number,
  open: number,
  previous: { end: number; speaker: RawPerson | null } | null,
  peopleIn: (s: number, e: number) => RawPerson[],
): RawPerson | null {
  if (!NARRATIVE_INFINITIVE.test(text.slice(from, open))) return null;
  let i = from;
  while (i > 0 && /\s/.test(text[i - 1])) i--;
  // One line break at most: a blank line or two breaks is a new section.
  if (text.slice(i, from).split('\n').length > 2) return null;
  if (previous && previous.end <= i) {
    const gap = text.slice(previous.end, i);
    if ((gap.match(SENTENCE_BREAK) ?? []).length === 0 && !gap.includes('\n')) {
      if (!previous.speaker) return null;
      return peopleIn(previous.end, i).every((p) => p.id === previous.speaker!.id) ? previous.speaker : null;
    }
  }
  const c = text.charCodeAt(i - 1);
  if (i === 0 || !(c === 46 || c === 33 || c === 63)) return null;
  const prevFrom = sentenceStart(text, i - 1, 400);
  if (previous && prevFrom < previous.end) return null;
  return subjectPerson(text, prevFrom, i, peopleIn);
}

/** A passive auxiliary right before the verb ("are accused of", "a été qualifié de"), not a reflexive ("s'est dit"). */
const PASSIVE_BEFORE = /(?<![\p{L}'’])(?:are|is|was|were|been|being|be|été|sont|est|était|étaient)\s+$/iu;
const PASSIVE_AT = new RegExp(PASSIVE_BEFORE.source, 'iuy');
/** The units the auxiliaries end with under the `iu` flags: e, s (and "ſ"), n, g, é, t in either case. */
const AUXILIARY_LAST = new Set([...'eEsSſnNgGéÉtT'].map((c) => c.charCodeAt(0)));
/** The lengths of the auxiliaries: where one may start before the last unit that is no space. */
const AUXILIARY_LENGTHS = [7, 5, 4, 3, 2];

/**
 * PASSIVE_BEFORE.test(s), read from the end: the auxiliary ends on the last unit of `s` that is no space, so
 * the pattern is tried only where one of them would start, rather than at every position of `s`.
 */
export function passiveBefore(s: string): boolean {
  const T = classTable();
  let j = s.length - 1;
  while (j >= 0 && (T[s.charCodeAt(j)] & SPACE) !== 0) j--;
  if (j < 0 || j === s.length - 1 || !AUXILIARY_LAST.has(s.charCodeAt(j))) return false;
  for (const length of AUXILIARY_LENGTHS) {
    PASSIVE_AT.lastIndex = j - length + 1;
    if (j - length + 1 >= 0 && PASSIVE_AT.test(s)) return true;
  }
  return false;
}

/** PASSIVE_BEFORE searched and read from the end, for the test that compares them. */
export function passiveReadings(s: string): [boolean, boolean] {
  return [PASSIVE_BEFORE.test(s), passiveBefore(s)];
}
