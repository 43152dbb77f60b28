/**
 * Quotations and their speakers: the marks are paired by `findQuotes` (quoteMarks.ts), then each top-level
 * quote gets a speaker from speech verbs, captions, pronouns and roles, or null.
 */
import { isOrganisationName, ORGANISATION_HEADS } from '../lexicon/organisations';
import { PERSON_ROLE_WORDS, ROLE_WORDS } from '../lexicon/roles';
import { SPEAKER_VERBS } from '../lexicon/speakerVerbs';
import type { RawPerson } from './people';
import { codePointWidth, isLetterAt, isSpaceUnit } from './chars';
import {
  continuedSubject,
  givenToSpeaker,
  narrativeInfinitiveSubject,
  nounSubjectBetween,
  passiveBefore,
  roleNamedAfterVerb,
  SUBJECT_OPENING,
} from './sentenceSubject';
import { atMostThreeWords, isAbbreviationDot, sentenceStart } from './text';
import { utteranceThenVerb, verbThenUtterance } from './quoteReplies';
import { lastSpeechVerb, MAX_VERB_UNITS, speechVerbsIn } from './speechVerbScan';
import { genderOf, pronounGender, type Gender } from './speakerGender';
import type { RawQuote } from './quoteMarks';

export { findQuotes, type RawQuote } from './quoteMarks';

const SPEECH_ALT = [...SPEAKER_VERBS].sort((a, b) => b.length - a.length).join('|');
const SPEECH_RE = new RegExp(`(?<!\\p{L})(?:${SPEECH_ALT}|selon|according to|d['’]après)(?!\\p{L})`, 'giu');
/** /^[\s,–—-]{0,3}$/u on text[s, e): what may stand between a quote and a caption name. */
function captionGap(text: string, s: number, e: number): boolean {
  if (e - s > 3) return false;
  for (let k = s; k < e; k++) {
    const c = text.charCodeAt(k);
    if (!(c === 44 || c === 0x2013 || c === 0x2014 || c === 45 || isSpaceUnit(text, k))) return false;
  }
  return true;
}

/**
 * A clause after the name that opens on a determiner and runs to the verb ("Pour contrer Thomas Girard, les
 * syndicats ont lancé"): the verb's subject is that noun phrase, not the name. An apposition is closed by a
 * comma before the verb ("Jean Moreau, le ministre, a dit") and passes.
 */
const OTHER_SUBJECT_AFTER_COMMA = /,\s*(?:les|le|la|l['’]|des|un|une|ces|ses|leurs?|the|an|its|their)\s[^,]*$/iu;
/** A sentence or quote boundary between a verb and its subject. */
const CLAUSE_BREAK = /[.;«»"“”]/;
/** An honorific's dot ("a déclaré M. Girard") is no clause break: left out before CLAUSE_BREAK is tested. */
const HONORIFIC_DOT = /(?<!\p{L})(?:M|Mme|Mlle|Dr|Pr|Mr|Mrs|Ms)\./gu;
/** CLAUSE_BREAK in text[s, e), honorifics' dots aside. */
const clauseBreak = (text: string, s: number, e: number): boolean => {
  const gap = text.slice(s, e);
  return CLAUSE_BREAK.test(gap) && CLAUSE_BREAK.test(gap.includes('.') ? gap.replace(HONORIFIC_DOT, '') : gap);
};
/**
 * A subject named by its role, right before the verb, opening its clause: "Le chef de la diplomatie russe a",
 * "The Kremlin spokesman has". Its words, up to six, in group 1.
 */
const ROLE_SUBJECT_BEFORE = /(?:^\s*|[.;:!?]\s+|\n\s*)(?:Le|La|L['’]|The)\s*((?:[\p{L}'’-]+\s+){1,6}?)(?:a\s|avait\s|has\s|had\s)?$/u;
/** '," the mayor said', '," a spokesman told': an English subject between a quote and the verb after it (group 2: its words). */
const ROLE_SUBJECT_AFTER_QUOTE = /^[\s,–—-]*(the|a|an)\s+((?:[\p{L}'’-]+\s+){1,5})$/iu;
/** Articles and prepositions inside a role phrase, left out when two role phrases are compared. */
const ROLE_PHRASE_GLUE = new Set(['le', 'la', 'l', 'les', 'de', 'du', 'des', 'd', 'the', 'of']);
/**
 * "a déclaré à l'AFP Kaja Kallas", "told reporters": who was told, in a word or two, then the name of the
 * speaker. ("a déclaré à Emmanuel Macron": the name right after "à" is who was told.)
 */
const RECIPIENT_THEN_NAME = /^\s?(?:à|to)\s(?:l['’]|la\s|le\s|les\s|des\s|the\s)?[\p{L}-]+(?:\s[\p{L}-]+)?\s$/u;
/** English verbs whose object right after them is who was told, not who spoke. */
const TOLD = new Set(['told', 'tells', 'tell']);
/** "'s" right after a name (typeset "’ s" too). */
const POSSESSIVE_AFTER = /^\s?['’]\s?s(?!\p{L})/u;
/** Verbs whose object is the person or thing the quote qualifies: a name after them is never their subject. */
const QUALIFYING = new Set([
  'called',
  'calls',
  'described',
  'describes',
  'labelled',
  'labeled',
  'branded',
  'dubbed',
  'termed',
  'hailed',
  'dismissed',
  'praised',
  'accused',
  'criticised',
  'criticized',
  'denounced',
  'qualifié',
  'qualifiée',
  'qualifiés',
  'qualifiées',
  'qualifie',
  'décrit',
  'décrite',
  'décrivait',
  'dépeint',
  'surnommé',
  'surnommée',
  'dénoncé',
  'accusé',
  'accusée',
  'fustigé',
  'salué',
  'critiqué',
]);
/** Marks that close a quote. */
const CLOSING_MARKS = '»”"›’';
/** What separates the words of a role phrase (a module constant: see text.ts). */
const NOT_ROLE_WORD_CHAR = /[^\p{L}-]+/u;
/** A pronoun right after "selon" / "according to" / "d'après". */
const PRONOUN_AFTER_SELON = /^\s(?:lui|elle|him|her)(?![\p{L}])/u;
/** An incise inside a quote: ", a expliqué Sergueï Lavrov." / ", said Lavrov," (the verb, then the name). */
const INCISE_BEFORE_VERB = /,\s(?:a\s|avait\s|has\s)?$/u;
/** What may follow the name of an incise: the end of the incise. */
const INCISE_AFTER_NAME = /^\s?[.,;]/u;
const PRONOUN_SUBJECT_BEFORE = /-t-(?:il|elle)\s?$|(?<!\p{L})(?:il|elle)\s(?:\p{L}+\s){0,3}$/iu;
const AUXILIARY_END = /(?:a|avait|ont)\s?$/;
const SUBJECT_WORDS_RE = /^[\s,]*((?:\p{L}+[\s'’-]?){1,5})/u;
const COMPLEMENT_AFTER_RE = /^\s?(?:que|qu['’]|that|à|to)(?!\p{L})/iu;
/**
 * What may stand between a quote and the speech verb after it: a few words, an elided pronoun ("s'est
 * félicité") and the commas of an apposition ('," the mayor, Sarah Collins, told').
 */
const FEW_WORDS_RE = /^[\s,;–—-]*(?:\p{L}+(?:['’]|[\s,-]+)){0,4}$/u;
const PRONOUN_AFTER = /^(?:-t-(?:il|elle)|-(?:il|elle)|\s(?:il|elle|he|she))(?!\p{L})/iu;
/** "indique-t-on", "souligne-t-on dans l'entourage de X": nobody in particular speaks. */
/** "cette dernière" (group 1), "ce dernier" (group 2), "the latter" right after the verb that follows a quote. */
const LATTER_AFTER = /^\s(?:cette\s+derni(è)re|ce\s+derni(e)r|the\s+latter)(?!\p{L})/iu;
/** '," the latter said': "the latter" between the quote and the verb after it. */
const LATTER_BEFORE = /^[\s,–—-]*the\s+latter\s+$/iu;
const IMPERSONAL_AFTER = /^-(?:t-)?on(?!\p{L})/iu;
const PRONOUN_BEFORE = /(?<!\p{L})(?:il|elle|Il|Elle|he|she|He|She)(?:\s(?:\p{L}+\s){0,2})?$/u;
/**
 * PRONOUN_SUBJECT_BEFORE on `before` without its auxiliary at the end. The pattern needs "il" or "elle"
 * (ASCII letters: no other letter folds onto them), which most clauses lack: looked for first.
 */
function pronounSubjectBefore(before: string): boolean {
  const lower = before.toLowerCase();
  return (lower.includes('il') || lower.includes('elle')) && PRONOUN_SUBJECT_BEFORE.test(before.replace(AUXILIARY_END, ''));
}

/**
 * The last subject pronoun of `s` ("a-t-elle" -> "elle"), if any: the last match of
 * /(?<!\p{L})(?:il|elle|he|she)(?!\p{L})/giu, read as whole runs of letters (the pattern's look-arounds
 * make each match one), without the regular expression's iterator and match arrays. Exported for the test that compares the two.
 */
export function lastPronoun(s: string): string | undefined {
  let found: string | undefined;
  for (let i = 0; i < s.length;) {
    const a = i;
    while (i < s.length && isLetterAt(s, i)) i += codePointWidth(s, i);
    if (i === a) i++;
    else if (i - a >= 2 && i - a <= 4 && isPronounRun(s, a, i)) found = s.slice(a, i);
  }
  return found;
}

/** s[a, e) is "il", "elle", "he" or "she" as the `iu` flags compare: ASCII case aside, and "ſ" (U+017F) is an "s". */
function isPronounRun(s: string, a: number, e: number): boolean {
  let w = '';
  for (let k = a; k < e; k++) {
    const c = s.charCodeAt(k);
    if (c === 0x17f) w += 's';
    else if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) w += String.fromCharCode(c | 32);
    else return false;
  }
  return w === 'il' || w === 'elle' || w === 'he' || w === 'she';
}

/** PRONOUN_BEFORE.test(s), when `s` holds one of its pronouns at all ("she" holds "he"). */
function pronounBefore(s: string): boolean {
  return (s.includes('il') || s.includes('Il') || s.includes('elle') || s.includes('Elle') || s.includes('he') || s.includes('He')) && PRONOUN_BEFORE.test(s);
}

/** A determiner right before a word: "le juge", "du témoin", "the judge" name someone, they are no verb. */
const DETERMINER_BEFORE = /(?<![\p{L}])(?:le|la|les|un|une|du|des|au|aux|ce|cet|the|an)\s+$|(?<![\p{L}])l['’]$/iu;

/** True when the speech verb starting at `vs` is a noun after its determiner ("par le juge X"). */
function nounUse(text: string, vs: number): boolean {
  return DETERMINER_BEFORE.test(text.slice(Math.max(0, vs - 5), vs));
}

/** What may follow a caption name to the end of its sentence or line. */
const SENTENCE_REST = /^[\s.,;–—-]*$/u;
/** The inside of a quote ending on a full stop (spaces aside), then a space and a capital after the closing mark. */
const FULL_STOP_END = /\.\s*$/;
const CAPITAL_NEXT = /^\s+\p{Lu}/u;

/** True when quote `q` ends its sentence: its text closes on a full stop and a capital opens what follows. */
function endsSentence(text: string, q: RawQuote): boolean {
  return FULL_STOP_END.test(text.slice(Math.max(q.start, q.end - 4), q.end)) && CAPITAL_NEXT.test(text.slice(q.outerEnd, q.outerEnd + 4));
}

interface Attribution {
  person: RawPerson | null;
  /** True when a cue was found, even one that names no person (an organisation, "un négociateur"). */
  decided: boolean;
}

/**
 * Gives each quote a speaker: a speech verb after the quote ("», a déclaré Sergueï Lavrov", "a-t-il
 * ajouté") or before it ("Marco Rubio a déclaré : «", "selon Marco Rubio"), a name printed right after it
 * as a caption, a pronoun (the last person named outside quotes), a role ("a souligné le porte-parole"),
 * or the speaker of the previous quote in the same sentence. Quotes of three words or fewer are terms,
 * and words of organisations or unnamed people get null: null is better than a guess.
 */
export function attributeQuotes(text: string, quotes: RawQuote[], people: readonly RawPerson[]): RawQuote[] {
  // Nothing to attribute: the people are not even sorted out.
  if (!quotes.length) return quotes;
  // People outside quotes, for pronouns; sorted by position. Made when a pronoun or "the latter" asks first.
  let outsideList: RawPerson[] | null = null;
  const outsideQuotes = (): RawPerson[] => (outsideList ??= people.filter((p) => !inQuoteFast(p)));
  function inQuoteFast(p: RawPerson): boolean {
    // Binary search over quotes sorted by outerStart.
    let lo = 0;
    let hi = quotes.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const q = quotes[mid];
      if (p.end <= q.outerStart) hi = mid - 1;
      else if (p.start >= q.outerEnd) lo = mid + 1;
      else return true;
    }
    return false;
  }
  const lastOutsideBefore = (pos: number): RawPerson | null => {
    const outside = outsideQuotes();
    let lo = 0;
    let hi = outside.length - 1;
    let best: RawPerson | null = null;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (outside[mid].end <= pos) {
        best = outside[mid];
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return best;
  };
  /**
   * Who "il", "elle", "he", "she" before `pos` stands for: the subject of the sentence that last named someone
   * (its first person, when that opens the sentence: "Emmanuel Macron a reçu Keir Starmer. « … », a-t-il
   * déclaré" is Macron), else the person last named.
   */
  const knownGenders = new Map<string, Gender | undefined>();
  /** False only when the text marks `p` with the other gender than the pronoun's. */
  const genderOfPerson = (p: RawPerson): Gender | undefined => {
    let g = knownGenders.get(p.id);
    if (g === undefined && !knownGenders.has(p.id)) knownGenders.set(p.id, (g = genderOf(text, people, p.id)));
    return g;
  };
  const agrees = (p: RawPerson, gender: Gender | undefined): boolean => {
    if (!gender) return true;
    const g = genderOfPerson(p);
    return !g || g === gender;
  };
  const antecedent = (pos: number, gender?: Gender): RawPerson | null => {
    const last = lastOutsideBefore(pos);
    if (!last) return null;
    const from = sentenceStart(text, last.start, 300);
    const first = peopleIn(from, last.end).find((p) => !inQuoteFast(p));
    const preferred = first && first !== last && SUBJECT_OPENING.test(text.slice(from, first.start)) ? [first, last] : [last];
    const fit = preferred.find((p) => agrees(p, gender));
    if (fit || !gender) return fit ?? null;
    // "Thomas Girard a interrogé Mme Dubois. « … », a-t-elle répondu": the last person named who may be "elle".
    const outside = outsideQuotes();
    for (let k = outside.indexOf(last) - 1, n = 0; k >= 0 && n < 4; k--, n++) if (agrees(outside[k], gender)) return outside[k];
    return null;
  };
  /**
   * Who "ce dernier", "cette dernière", "the latter" after the quote at `quoteEnd` stands for: the person last
   * named before it (or the last one the text marks with that gender, when it marks the last one with the
   * other); when the text does not mark the last one's gender, only if nobody else is named in that sentence.
   */
  const latter = (quoteEnd: number, gender: Gender | undefined): RawPerson | null => {
    const quoteStart = quotes.find((q) => q.outerEnd === quoteEnd)?.outerStart ?? quoteEnd;
    const last = lastOutsideBefore(quoteStart);
    if (!last) return null;
    const marked = genderOfPerson(last);
    if (gender && marked && marked !== gender) {
      const outside = outsideQuotes();
      for (let k = outside.indexOf(last) - 1, n = 0; k >= 0 && n < 4; k--, n++) if (agrees(outside[k], gender)) return outside[k];
      return null;
    }
    if (marked || !gender) return last;
    const from = sentenceStart(text, last.start, 300);
    return peopleIn(from, last.end).every((p) => p.id === last.id || inQuoteFast(p)) ? last : null;
  };
  const peopleIn = (s: number, e: number): RawPerson[] => {
    let lo = 0;
    let hi = people.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (people[mid].start < s) lo = mid + 1;
      else hi = mid;
    }
    const out: RawPerson[] = [];
    for (let k = lo; k < people.length && people[k].start < e; k++) if (people[k].end <= e) out.push(people[k]);
    return out;
  };
  /** The person last named before `before` whose role (lowercased) `fits`. */
  const byRole = (fits: (role: string) => boolean, before: number): RawPerson | null => {
    for (let k = people.length - 1; k >= 0; k--) {
      const p = people[k];
      if (p.start < before && p.role && fits(p.role.toLowerCase())) return p;
    }
    return null;
  };

  /** Subject of a speech verb found at [vs, ve) inside the window [ws, we). */
  const subjectOf = (ws: number, we: number, vs: number, ve: number, inverted: boolean): Attribution => {
    const verb = text.slice(vs, ve).toLowerCase();
    const inWindow = peopleIn(ws, we);
    if (/^(?:selon|according to|d['’]après)$/.test(verb)) {
      // "selon Dmitri Peskov", "according to Kremlin spokesman Dmitry Peskov", "selon le porte-parole du
      // Kremlin, Dmitri Peskov": the person named first after it, with at most a role between; after a comma
      // only when a role came before it ("selon le ministère, Lavrov…" is the ministry's word, not Lavrov's).
      // "Selon lui, « … »", "according to her": the person last named before.
      const selonPronoun = PRONOUN_AFTER_SELON.exec(text.slice(ve, Math.min(we, ve + 8)));
      if (selonPronoun) return { person: antecedent(vs, pronounGender(selonPronoun[0].trim())), decided: true };
      const next = inWindow.find((p) => p.start >= ve && p.start - ve <= 60 && !clauseBreak(text, ve, p.start));
      if (next && next.start - ve > 3) {
        const gap = text.slice(ve, next.start);
        const roleBefore =
          gap
            .toLowerCase()
            .split(NOT_ROLE_WORD_CHAR)
            .some((w) => PERSON_ROLE_WORDS.has(w)) || Boolean(next.role);
        if (gap.includes(',') ? !roleBefore : !roleBefore && !/^\s?$/.test(gap)) return { person: null, decided: true };
      }
      // "selon le ministère", "according to the Interfax news agency": a source of the report, not the speaker;
      // a cue before the quote ("Peskov said the decision « … »") may still name the speaker.
      return next ? { person: next, decided: true } : { person: null, decided: false };
    }
    // Pronoun right after the verb ("a-t-il ajouté" has it before; "said he"), or before it ("il a souligné").
    const afterVerb = text.slice(ve, Math.min(we, ve + 60));
    const beforeVerb = text.slice(Math.max(ws, vs - 40), vs);
    // "the senator told Thomas Girard": the name right after "told" is who was told.
    // "It described Mr. Banky as “…”", "a qualifié Thomas Girard de « … »": who is described, not who speaks.
    // "said Ms. Davis's sister Crystal": the name owns the subject, it is not the subject.
    const toldWhom = (p: RawPerson): boolean =>
      (TOLD.has(verb) && p.start - ve <= 2) || QUALIFYING.has(verb) || POSSESSIVE_AFTER.test(text.slice(p.end, p.end + 4));
    const personAfter = inWindow.find(
      (p) =>
        p.start >= ve && p.start - ve <= 40 && !clauseBreak(text, ve, p.start) && !(inverted && nounSubjectBetween(text.slice(ve, p.start))) && !toldWhom(p),
    );
    let personBefore: RawPerson | undefined;
    for (let k = inWindow.length - 1; k >= 0 && !personBefore; k--) {
      const p = inWindow[k];
      if (p.end <= vs && vs - p.end <= 45 && !CLAUSE_BREAK.test(text.slice(p.end, vs)) && !OTHER_SUBJECT_AFTER_COMMA.test(text.slice(p.end, vs)))
        personBefore = p;
    }
    if (inverted && IMPERSONAL_AFTER.test(afterVerb)) return { person: null, decided: true };
    // "O'Brien and Biancardi are accused of acting « … »": the subject is not who speaks; another cue may tell.
    if (!inverted && passiveBefore(beforeVerb)) return { person: null, decided: false };
    if (pronounSubjectBefore(text.slice(Math.max(ws, vs - 30), vs)) || pronounBefore(beforeVerb) || PRONOUN_AFTER.test(afterVerb)) {
      if (personBefore && !pronounBefore(text.slice(personBefore.end, vs))) return { person: personBefore, decided: true };
      return { person: antecedent(ws, pronounGender(lastPronoun(`${text.slice(Math.max(ws, vs - 30), vs)} ${afterVerb.slice(0, 12)}`) ?? '')), decided: true };
    }
    if (personBefore) return { person: personBefore, decided: true };
    // "Le chef de la diplomatie russe a poursuivi : « … »": the person last introduced with that role.
    if (!inverted) {
      const subject = ROLE_SUBJECT_BEFORE.exec(text.slice(Math.max(ws, vs - 60), vs));
      const words = subject
        ? subject[1]
            .toLowerCase()
            .split(/[\s'’]+/)
            .filter((w) => w && !ROLE_PHRASE_GLUE.has(w))
        : [];
      if (words.some((w) => ROLE_WORDS.has(w))) {
        // The person last introduced with every word of that role ("le président russe" is not "le président
        // américain"); nobody: the speaker is someone the article does not name.
        const fits = (role: string) => {
          const has = new Set(role.split(/[\s'’,]+/));
          return words.every((w) => has.has(w));
        };
        return { person: byRole(fits, ws), decided: true };
      }
    }
    // "a encore affirmé Marco Rubio", "a indiqué de son côté Iouri Ouchakov"
    if (personAfter && (!COMPLEMENT_AFTER_RE.test(afterVerb) || RECIPIENT_THEN_NAME.test(text.slice(ve, personAfter.start))))
      return { person: personAfter, decided: true };
    if (!inverted) return { person: null, decided: false };
    // '», a promis cette dernière', '," the latter said'.
    const latterWord = LATTER_AFTER.exec(afterVerb);
    if (latterWord) return { person: latter(ws, latterWord[1] ? 'f' : latterWord[2] ? 'm' : undefined), decided: true };
    if (LATTER_BEFORE.test(text.slice(ws, vs))) return { person: latter(ws, undefined), decided: true };
    // '," the mayor said': the person introduced with every word of that role, as "a déclaré le maire"; '," a
    // spokesman said': nobody named.
    const roleSubject = ROLE_SUBJECT_AFTER_QUOTE.exec(text.slice(ws, vs));
    if (roleSubject) {
      const words = roleSubject[2]
        .toLowerCase()
        .split(/[\s'’]+/)
        .filter((w) => w && !ROLE_PHRASE_GLUE.has(w));
      if (words.some((w) => ROLE_WORDS.has(w))) {
        if (roleSubject[1].toLowerCase() !== 'the') return { person: null, decided: true };
        return { person: byRole((role) => words.every((w) => role.split(/[\s'’,]+/).includes(w)), ws), decided: true };
      }
    }
    const farSubject = roleNamedAfterVerb(text, ve, we, peopleIn, (s, e) => clauseBreak(text, s, e));
    if (farSubject) return { person: farSubject, decided: true };
    const subjectWords = afterVerb.match(SUBJECT_WORDS_RE)?.[1] ?? '';
    const words = subjectWords
      .toLowerCase()
      .split(/[\s'’]+/)
      .filter(Boolean);
    if (words.some((w) => ORGANISATION_HEADS.has(w) || isOrganisationName(w))) return { person: null, decided: true };
    const role = words.find((w) => ROLE_WORDS.has(w));
    if (role && /^\s?(?:le|la|l['’]|un|une|the|a)\s/iu.test(afterVerb)) {
      // "a souligné le porte-parole": the person with that role; "a résumé un négociateur": nobody named.
      if (/^\s?(?:un|une|a)\s/iu.test(afterVerb)) return { person: null, decided: true };
      return { person: byRole((r) => r.includes(role), ws), decided: true };
    }
    if (/^\s?(?:un|une|des|a|an|one)\s/iu.test(afterVerb)) return { person: null, decided: true };
    return { person: null, decided: false };
  };

  /** The first (or last) speech verb in [s, e), if any. */
  const verbIn = (s: number, e: number, last: boolean): [number, number] | null => {
    if (e <= s) return null;
    const fast = speechVerbsIn(text, s, e, !last);
    if (fast) return fast.length ? fast[fast.length - 1] : null;
    const slice = text.slice(s, e);
    let found: [number, number] | null = null;
    SPEECH_RE.lastIndex = 0;
    for (let m = SPEECH_RE.exec(slice); m; m = SPEECH_RE.exec(slice)) {
      found = [s + m.index, s + m.index + m[0].length];
      if (!last) break;
    }
    return found;
  };

  const verbsIn = (s: number, e: number): Array<[number, number]> => {
    const out: Array<[number, number]> = [];
    if (e <= s) return out;
    const fast = speechVerbsIn(text, s, e, false);
    if (fast) return fast;
    const slice = text.slice(s, e);
    SPEECH_RE.lastIndex = 0;
    for (let m = SPEECH_RE.exec(slice); m; m = SPEECH_RE.exec(slice)) out.push([s + m.index, s + m.index + m[0].length]);
    return out;
  };

  /** The person named by an incise inside the quote text [s, e), if any. */
  const inciseSpeaker = (s: number, e: number): RawPerson | null => {
    for (const p of peopleIn(s, e)) {
      // The speech verb right before the name, after a comma.
      const v = lastSpeechVerb(text, Math.max(s, p.start - MAX_VERB_UNITS - 12), p.start);
      if (!v || !/^\s{1,2}$/.test(text.slice(v[1], p.start))) continue;
      if (!INCISE_BEFORE_VERB.test(text.slice(Math.max(s, v[0] - 8), v[0]))) continue;
      if (INCISE_AFTER_NAME.test(text.slice(p.end, Math.min(e, p.end + 2)))) return p;
    }
    return null;
  };

  /** The quote before quote `qi` closed its sentence with its own full stop, and a person is named between them. */
  const closedThenNamed = (qi: number, open: number): boolean =>
    endsSentence(text, quotes[qi - 1]) && peopleIn(quotes[qi - 1].outerEnd, open).some((p) => !inQuoteFast(p));

  // "ſ" folds onto "s" under SPEECH_RE's flags: a text with one takes the regular expression's reading.
  const hasLongS = text.includes('ſ');
  const cueSpeaker: Array<RawPerson | null> = [];
  for (let qi = 0; qi < quotes.length; qi++) {
    const q = quotes[qi];
    const nextOpen = qi + 1 < quotes.length ? quotes[qi + 1].outerStart : text.length;
    let attribution: Attribution = { person: null, decided: false };
    /** The speech verb that decided, when it stands right against the quote ('« Non », a répondu X', 'X said: "No."'). */
    let adjacentVerb = false;

    // 0. An incise inside the quote names its speaker: « Nous avons discuté de tout, a expliqué Sergueï Lavrov.
    // Les Américains… » (the verb right after a comma, the name right after the verb, then the incise ends).
    const incise = inciseSpeaker(q.start, q.end);
    if (incise) attribution = { person: incise, decided: true };

    // 1. After the quote: a caption name, or a speech verb in the same sentence.
    // The end of the line matters only within the bound: an unbounded `indexOf` reads to the end of a text
    // without newlines for every quote.
    let afterEnd = Math.min(nextOpen, text.length, q.outerEnd + 160);
    for (let k = q.outerEnd; k < afterEnd; k++) {
      if (text.charCodeAt(k) === 10) {
        afterEnd = k;
        break;
      }
    }
    // The sentence ends at the first /[.!?](?:\s|$)/ of that stretch.
    for (let k = q.outerEnd; k < afterEnd; k++) {
      const c = text.charCodeAt(k);
      if ((c === 46 || c === 33 || c === 63) && (k + 1 === afterEnd || isSpaceUnit(text, k + 1)) && !isAbbreviationDot(text, k)) {
        afterEnd = k;
        break;
      }
    }
    // « Je suis innocent. » Puis Marie Dubois a répondu : a quote closed by its own full stop and followed by a
    // capital ends its sentence: a verb after it opens the next one, and a name there is a caption only alone.
    const closedSentence = endsSentence(text, q);
    const caption = peopleIn(q.outerEnd, afterEnd).find(
      (p) => captionGap(text, q.outerEnd, p.start) && (!closedSentence || SENTENCE_REST.test(text.slice(p.end, afterEnd))),
    );
    let vAfter = closedSentence ? null : verbIn(q.outerEnd, Math.min(afterEnd, q.outerEnd + 60), false);
    if (vAfter && nounUse(text, vAfter[0])) vAfter = null;
    if (vAfter && FEW_WORDS_RE.test(text.slice(q.outerEnd, vAfter[0]))) {
      attribution = subjectOf(q.outerEnd, afterEnd, vAfter[0], vAfter[1], true);
      adjacentVerb = attribution.person !== null && utteranceThenVerb(text, q, vAfter[0], attribution.person);
    } else if (caption) {
      attribution = { person: caption, decided: true };
    }

    // 2. Before the quote, in its clause (not inside the previous quote): "Marco Rubio a déclaré : «".
    if (!attribution.decided) {
      const prevEnd = qi > 0 ? quotes[qi - 1].outerEnd : 0;
      // The window never starts before `prevEnd`, so the sentence start is looked for no further back: a
      // line of many quotes would otherwise be read 400 units back from each of them.
      let ws = Math.max(sentenceStart(text, q.outerStart, Math.min(400, q.outerStart - prevEnd)), prevEnd);
      // A quote opening its paragraph after "… a expliqué :" on the line before.
      if (/^\s*$/.test(text.slice(ws, q.outerStart)) && /:\s*\n\s*$/.test(text.slice(Math.max(prevEnd, q.outerStart - 6), q.outerStart))) {
        const colon = text.lastIndexOf(':', q.outerStart);
        ws = Math.max(sentenceStart(text, colon, Math.min(400, colon - prevEnd)), prevEnd);
      }
      // The verb nearest the quote whose subject can be told ("Il a dit avoir observé une «…»").
      if (hasLongS) {
        for (const v of verbsIn(ws, q.outerStart).reverse()) {
          attribution = subjectOf(ws, q.outerStart, v[0], v[1], false);
          if (attribution.decided) break;
        }
      } else {
        // The same verbs from the last, read backwards only as far as needed: the sentence before a quote
        // can be long, and the verb nearest the quote usually decides.
        for (let v = lastSpeechVerb(text, ws, q.outerStart); v; v = lastSpeechVerb(text, ws, v[0])) {
          if (nounUse(text, v[0])) continue;
          attribution = subjectOf(ws, q.outerStart, v[0], v[1], false);
          if (attribution.decided) {
            adjacentVerb = attribution.person !== null && verbThenUtterance(text, v[1], q, ws, attribution.person);
            break;
          }
        }
      }
      // "Pour Dmitri Peskov, « … »", "Pour le ministre, Thomas Girard, la réforme reste « … »": the person the
      // sentence is given to.
      if (!attribution.decided) {
        const given = givenToSpeaker(text, ws, q.outerStart, peopleIn);
        if (given) attribution = { person: given, decided: true };
      }
      // "« … », a reconnu X. Et d'ajouter : « … »": an infinitive of narration goes on with the last speaker or subject.
      if (!attribution.decided) {
        const previous = qi > 0 ? { end: quotes[qi - 1].outerEnd, speaker: cueSpeaker[qi - 1] } : null;
        const narrator = narrativeInfinitiveSubject(text, ws, q.outerStart, previous, peopleIn);
        if (narrator) attribution = { person: narrator, decided: true };
      }
      if (!attribution.decided && qi > 0 && prevEnd > ws - 1 && !/[.!?\n]/.test(text.slice(prevEnd, q.outerStart)) && !closedThenNamed(qi, q.outerStart)) {
        // 3. Same sentence as the previous quote, no cue of its own: the same speaker (not after a quote that
        // closed its sentence with its own full stop when someone is named after it: '« … rien. » Son voisin,
        // X, partage sa colère : « … »' is X's).
        attribution = { person: cueSpeaker[qi - 1], decided: true };
      }
    }
    // 4. The French way of quoting over paragraphs: the quote left open at the end of one, « again at the start
    // of the next.
    if (!attribution.decided && qi > 0 && cueSpeaker[qi - 1] && q.outerStart - quotes[qi - 1].outerEnd <= 4) {
      const before = quotes[qi - 1];
      const closed = CLOSING_MARKS.includes(text[before.outerEnd - 1]);
      if (!closed && /^\s*\n\s*$/.test(text.slice(before.outerEnd, q.outerStart))) attribution = { person: cueSpeaker[qi - 1], decided: true };
    }
    // 5. A quote that opens a sentence right after an attributed quote of the same paragraph, with nothing
    // between them but that attribution ('"…," Lavrov added. "…"'): the same speaker goes on.
    if (!attribution.decided && qi > 0 && cueSpeaker[qi - 1] && q.outerStart - quotes[qi - 1].outerEnd <= 80) {
      const prevEnd = quotes[qi - 1].outerEnd;
      const gap = text.slice(prevEnd, q.outerStart);
      const previous = cueSpeaker[qi - 1]!;
      if (!gap.includes('\n') && /[.!?]\s+$/.test(gap) && peopleIn(prevEnd, q.outerStart).every((p) => p.id === previous.id)) {
        attribution = { person: previous, decided: true };
      }
    }
    // 6. A quote that opens a sentence right after one whose subject is a person, in the same paragraph
    // ("La ministre Agnès Varenne a défendu sa réforme. « Elle protège … »"): that person goes on speaking.
    if (!attribution.decided) {
      const subject = continuedSubject(text, q.outerStart, qi > 0 ? quotes[qi - 1].outerEnd : 0, peopleIn);
      if (subject) attribution = { person: subject, decided: true };
    }
    const person = attribution.person;
    cueSpeaker.push(person);
    // Asked only when there is a speaker to withhold: the test reads the whole quote. A short quote is
    // a term unless it is a whole reply that a verb right against it gives to a person named there.
    q.speaker = person && (adjacentVerb || !atMostThreeWords(text, q.start, q.end)) ? person.id : null;
    if (q.speaker && person) q.speakerName = person.name;
  }
  return quotes;
}
