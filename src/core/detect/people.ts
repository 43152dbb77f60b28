/**
 * People named in an article, from cues rather than a model: given names, titles and roles, speech
 * verbs, bylines, coordination with another person, surname propagation within the article, and the
 * user's registry. Places, organisations, nationalities, months and capitalised sentence starts are not people.
 */
import type { Person, PersonMention } from '../model';
import { foldName, isFirstName } from '../lexicon/firstNames';
import { isNationality, NATIONALITIES } from '../lexicon/nationalities';
import { isOrganisationName } from '../lexicon/organisations';
import { isNonPersonHead, isPlacePrefix } from '../lexicon/nameHeads';
import { isPlaceName } from '../lexicon/places';
import { HONORIFICS, ROLE_WORDS, TITLE_CAPS, TITLE_MODIFIERS } from '../lexicon/roles';
import { SPEECH_VERBS } from '../lexicon/speech';
import { isCalendarWord } from './calendarWords';
import { personKey, personSlug } from './personKey';
import { classTable, codePointWidth, isLetterAt, isLetterOrMarkAt, isLetterUnit, isSpaceUnit, isUpperAt, isWordUnit, LETTER, MARK, UPPER } from './chars';
import type { RawSpan } from './text';
import { WordSignatures } from './wordSignature';

export interface RawPerson extends RawSpan {
  id: string;
  name: string;
  role?: string;
  cue: NonNullable<PersonMention['cue']>;
}

interface Token {
  text: string;
  start: number;
  end: number;
  /** 'head': a noun that heads an organisation, place or work ("City", "University", "Railroad"). */
  kind: 'name' | 'stop' | 'title' | 'nat' | 'place' | 'org' | 'caps' | 'head';
}

// A capitalised word, with inner hyphens or apostrophes ("Pannier-Runacher", "O'Brien", "Jean-Yves"):
// /\p{Lu}[\p{L}\p{M}]*(?:[-'’]\p{L}[\p{L}\p{M}]*){0,4}/gu, scanned by hand in `tokenize`.
// Module constants rather than literals in the functions: bundled for Node 20, a `\p{…}` literal becomes a
// `new RegExp` evaluated at every call.
const UPPER_RE = /\p{Lu}/u;
const UPPER_START_RE = /^\p{Lu}/u;
const ELISION_RE = /^\p{L}['’]/u;
const ELIDED = /^(?:L|D|J|Qu|S|N|C|M)['’]/u;

/** Capitalised function words and other sentence-initial words that never start a name. */
const STOP = new Set(`
le la les l un une des du de ce cet cette ces son sa ses leur leurs notre nos votre vos mon ma mes il elle ils elles on nous vous je tu
selon pour après apres avant dans depuis lors mais et ou où au aux en sur sous par avec sans chez comme quand si alors ainsi cependant
toutefois pourtant parmi entre contre vers malgré voici voilà donc or ni car puis enfin déjà encore aussi même tout tous toute toutes
aucun aucune chaque plusieurs certains certaines autre autres quel quelle quels quelles qui que quoi dont lequel laquelle pas plus
moins très trop bien non oui ici là cela ceci ça celui celle ceux celles a à y
the a an this that these those he she it they we i you his her their its our my your in on at for from with by of after before during
since as but and or if when while according about over under into onto upon than then there here what which who whom whose why how
not no yes all some any each every both either neither many much more most other another such only also just even still yet
image photo vidéo video table contents source sources lire read more plus actualisé updated
mr mrs ms
later earlier meanwhile however now instead moreover furthermore nevertheless nonetheless afterwards previously separately elsewhere
finally initially eventually recently currently thus hence therefore besides ensuite désormais auparavant finalement néanmoins
récemment actuellement
`.split(/\s+/).filter(Boolean));

/** Capitalised common nouns of institutions and headings that come right after a role word. */
const NOT_NAME = new Set(['affaires', 'etat', 'état', 'défense', 'defense', 'intérieur', 'justice', 'santé', 'economie', 'économie', 'finances', 'transition', 'armées', 'culture', 'travail', 'education', 'éducation', 'climat', 'environnement', 'agriculture', 'commerce', 'industrie', 'sports', 'union', 'alliance', 'occident', 'ouest', 'est', 'nord', 'sud', 'gouvernement', 'service', 'services', 'département', 'ministère', 'conseil', 'assemblée', 'parlement', 'sénat', 'chambre', 'cour', 'tribunal', 'république', 'royaume', 'états', 'etats', 'nations', 'communauté', 'organisation', 'fédération', 'federation', 'agence', 'banque', 'fonds', 'groupe', 'parti', 'front', 'mouvement']);

const PARTICLES = new Set(['de', 'du', 'des', 'von', 'van', 'der', 'den', 'bin', 'ben', 'ibn', 'al', 'el', 'da', 'di', 'dos', 'do', 'la', 'le', 'ter', 'zu']);
/** PARTICLES as numbers: their letters (a-z) as base-32 digits, first letter highest. */
const PARTICLE_KEYS = new Set([...PARTICLES].map((w) => [...w].reduce((key, ch) => key * 32 + (ch.charCodeAt(0) - 96), 0)));

const SPEECH_ALT = [...SPEECH_VERBS].sort((a, b) => b.length - a.length).join('|');
// "<Name> a déclaré", "<Name> a également souligné", "<Name> said", "<Name> told"
const VERB_AFTER = new RegExp(`^,?\\s{1,2}(?:(?:a|avait|ont|aurait|has|had)\\s(?:\\p{L}+\\s){0,2})?(?:${SPEECH_ALT})(?!\\p{L})`, 'u');
const ATTRIBUTION_BEFORE = ['selon', 'Selon', 'according to', 'According to', "d'après", 'd’après', "D'après", 'D’après'];

/** Start of the run of letters (`\p{L}`, code points) that ends at `end`, not below `floor`. */
function letterRunStart(text: string, floor: number, end: number): number {
  let i = end;
  while (i > floor) {
    const d = text.charCodeAt(i - 1);
    if (d >= 0xdc00 && d <= 0xdfff && i - 2 >= floor && codePointWidth(text, i - 2) === 2) {
      if (!isLetterAt(text, i - 2)) break;
      i -= 2;
      continue;
    }
    if (!isLetterUnit(text, i - 1)) break;
    i--;
  }
  return i;
}

/**
 * "a déclaré <Name>", "a-t-il dit", "said <Name>", "selon <Name>", "according to <Name>": true when
 * text[from, pos) matches
 * /(?:(?<!\p{L})(?:SPEECH)(?:\s(?:\p{L}+\s){0,3})?|(?<!\p{L})(?:selon|Selon|according to|According to|d['’]après|D['’]après)\s)$/u.
 * Read backwards from `pos`: the regular expression, anchored at the end only, is tried at every position.
 */
function speechVerbBefore(text: string, from: number, pos: number): boolean {
  const spaceAtEnd = pos - 1 >= from && isSpaceUnit(text, pos - 1);
  if (spaceAtEnd) {
    for (const w of ATTRIBUTION_BEFORE) {
      const s = pos - 1 - w.length;
      if (s >= from && text.startsWith(w, s) && letterRunStart(text, from, s) === s) return true;
    }
  }
  // The verb is the whole run of letters before `e`: a verb that is the tail of a longer word fails the look-behind.
  const verbEndsAt = (e: number): boolean => {
    const s = letterRunStart(text, from, e);
    return s < e && SPEECH_SIGNATURES.mayHold(text, s, e) && SPEECH_VERBS.has(text.slice(s, e));
  };
  if (verbEndsAt(pos)) return true;
  if (!spaceAtEnd) return false;
  let cur = pos - 1;
  if (verbEndsAt(cur)) return true;
  for (let k = 0; k < 3; k++) {
    const s = letterRunStart(text, from, cur);
    if (s === cur || s - 1 < from || !isSpaceUnit(text, s - 1)) break;
    cur = s - 1;
    if (verbEndsAt(cur)) return true;
  }
  return false;
}
/** A first test before SPEECH_VERBS: most words before a name are no speech verb. */
const SPEECH_SIGNATURES = new WordSignatures(SPEECH_VERBS);
const BYLINE_WORDS = ['by', 'By', 'par', 'Par', 'BY', 'PAR'];

/**
 * "par Jane Porter": true when text[from, pos) matches /(?:^|[^\p{L}])(?:by|By|par|Par|BY|PAR)\s$/u,
 * read backwards from `pos` (the regular expression, anchored at the end only, is tried at every position).
 */
function bylineBefore(text: string, from: number, pos: number): boolean {
  if (pos - 1 < from || !isSpaceUnit(text, pos - 1)) return false;
  for (const w of BYLINE_WORDS) {
    const s = pos - 1 - w.length;
    if (s >= from && text.startsWith(w, s) && letterRunStart(text, from, s) === s) return true;
  }
  return false;
}
// Words that end a role phrase: a verb or a relative means the capitalised word is not in apposition.
const CLAUSE_WORDS = new Set(['a', 'ont', 'est', 'sont', 'était', 'avait', 'avaient', 'que', 'qui', 'dont', 'has', 'had', 'is', 'was', 'were', 'said', 'who', 'which', 'that', 'et', 'and', 'mais', 'but']);

const KIND_CACHE = new Map<string, Token['kind']>();

function classify(text: string): Token['kind'] {
  let k = KIND_CACHE.get(text);
  if (k === undefined) {
    k = classifyUncached(text);
    if (KIND_CACHE.size > 50000) KIND_CACHE.clear();
    KIND_CACHE.set(text, k);
  }
  return k;
}

function classifyUncached(text: string): Token['kind'] {
  const lower = text.toLowerCase();
  if (STOP.has(lower) || isCalendarWord(text)) return 'stop';
  if (HONORIFICS.has(lower) || HONORIFICS.has(`${lower}.`) || TITLE_CAPS.has(lower)) return 'title';
  if (isNationality(text)) return 'nat';
  if (isOrganisationName(text)) return 'org';
  if (isPlaceName(text)) return 'place';
  if (isNonPersonHead(text)) return 'head';
  if (text.length >= 2 && text === text.toUpperCase()) return 'caps';
  if (NOT_NAME.has(lower) || text.length < 2) return 'stop';
  return 'name';
}

/** End of the run of letters and marks (`[\p{L}\p{M}]*`, code points) that starts at `j`, before `n`. */
function letterOrMarkRunEnd(text: string, j: number, n: number, T: Uint8Array): number {
  while (j < n) {
    const d = text.charCodeAt(j);
    if ((T[d] & (LETTER | MARK)) !== 0) j++;
    else if (d >= 0xd800 && d <= 0xdbff && isLetterOrMarkAt(text, j)) j += 2;
    else break;
  }
  return j;
}

/**
 * Every unit that can start a token (a capital, or a high surrogate) and a few others: A-Z, the Latin-1
 * capitals, and everything from U+0100 on but the dashes, quotation marks and ellipsis of running text.
 */
const TOKEN_START = /[A-Z\u00c0-\u00de\u0100-\u2012\u2015-\u2018\u201a\u201b\u201e-\u2025\u2027-\uffff]/g;

function tokenize(text: string): Token[] {
  const out: Token[] = [];
  // A hand-written scan for NAME_TOKEN (the same matches, in the same order): the regular expression
  // tests `\p{Lu}` at every position, which is most of the time of people detection on a large text.
  // TOKEN_START finds the next candidate, faster than a loop over char codes.
  const T = classTable();
  const n = text.length;
  TOKEN_START.lastIndex = 0;
  while (TOKEN_START.test(text)) {
    const i = TOKEN_START.lastIndex - 1;
    const c = text.charCodeAt(i);
    // A surrogate pair is looked at whole. A pair that is no capital is skipped a unit at a time: its low
    // surrogate starts nothing either.
    if ((T[c] & UPPER) === 0 && (c < 0xd800 || c > 0xdbff || !isUpperAt(text, i))) continue;
    const index = i;
    let j = letterOrMarkRunEnd(text, i + codePointWidth(text, i), n, T);
    for (let k = 0; k < 4; k++) {
      const h = text.charCodeAt(j);
      if (!(h === 45 || h === 39 || h === 0x2019) || j + 1 >= n || !isLetterAt(text, j + 1)) break;
      j = letterOrMarkRunEnd(text, j + 1 + codePointWidth(text, j + 1), n, T);
    }
    TOKEN_START.lastIndex = j;
    if (index > 0 && isWordUnit(text, index - 1)) continue; // "McDonald" is one token already
    let raw = text.slice(index, j);
    let start = index;
    const el = raw.length > 2 && (raw[1] === "'" || raw[1] === '’' || raw[2] === "'" || raw[2] === '’') ? ELIDED.exec(raw) : null;
    if (el && raw.length > el[0].length + 1 && UPPER_RE.test(raw[el[0].length])) {
      start += el[0].length;
      raw = raw.slice(el[0].length);
    } else if (el) {
      continue; // "L'accord", "Qu'il": not a name
    }
    // English possessive: "Putin's envoy" names Putin.
    if (raw.length > 3 && (raw.endsWith("'s") || raw.endsWith('’s'))) raw = raw.slice(0, -2);
    out.push({ text: raw, start, end: start + raw.length, kind: classify(raw) });
  }
  return out;
}

/** True when the word at `pos` starts a sentence (text start, newline, after . ! ? : or an opening quote). */
function sentenceInitial(text: string, pos: number): boolean {
  for (let i = pos - 1; i >= 0 && pos - i < 12; i--) {
    const c = text[i];
    if (c === ' ' || c === '\u00a0' || c === '\t' || c === '(' || c === '-' || c === '—' || c === '–') continue;
    return c === '\n' || c === '.' || c === '!' || c === '?' || c === ':' || c === '«' || c === '“' || c === '"' || c === '…';
  }
  return pos === 0 || pos < 12;
}

/**
 * The last `n` words right before `pos` on the same line (with a trailing dot kept for "M."): the
 * tokens of /[\p{L}'’.-]+|[,«»"“”():;]/gu over the 120 characters before `pos`, read backwards so
 * that only the words asked for are scanned.
 */
/**
 * The last token that `wordsBefore(text, pos, 1)` reads, as start * 256 + length (a token is at most 120
 * units), or -1 when there is none: the same scan, without the strings.
 */
function lastTokenBefore(text: string, pos: number): number {
  const floor = Math.max(0, pos - 120);
  let i = pos;
  while (i > floor) {
    const c = text.charCodeAt(i - 1);
    if (c === 10) return -1; // the line starts here
    if (c === 44 || c === 0xab || c === 0xbb || c === 34 || c === 0x201c || c === 0x201d || c === 40 || c === 41 || c === 58 || c === 59) return (i - 1) * 256 + 1;
    const end = i;
    i = wordStartBefore(text, i, floor);
    if (i < end) return i * 256 + (end - i);
    i--; // neither a word nor a mark: skipped
  }
  return -1;
}

/** Start of the run of letters, apostrophes, dots and hyphens that ends at `i`, not below `floor`. */
function wordStartBefore(text: string, i: number, floor: number): number {
  for (;;) {
    if (i <= floor) return i;
    const d = text.charCodeAt(i - 1);
    if (d === 39 || d === 0x2019 || d === 46 || d === 45) {
      i--;
      continue;
    }
    // A letter: one unit, or a surrogate pair wholly inside the window.
    if (d >= 0xdc00 && d <= 0xdfff && i - 2 >= floor && codePointWidth(text, i - 2) === 2) {
      if (!isLetterAt(text, i - 2)) return i;
      i -= 2;
      continue;
    }
    if (!isLetterUnit(text, i - 1)) return i;
    i--;
  }
}

function wordsBefore(text: string, pos: number, n: number): string[] {
  const floor = Math.max(0, pos - 120);
  const out: string[] = [];
  let i = pos;
  while (i > floor && out.length < n) {
    const c = text.charCodeAt(i - 1);
    if (c === 10) break; // the line starts here
    if (c === 44 || c === 0xab || c === 0xbb || c === 34 || c === 0x201c || c === 0x201d || c === 40 || c === 41 || c === 58 || c === 59) {
      out.push(text[i - 1]);
      i--;
      continue;
    }
    const end = i;
    i = wordStartBefore(text, i, floor);
    if (i < end) out.push(text.slice(i, end));
    else i--; // neither a word nor a mark: skipped
  }
  return out.reverse();
}

interface Segment {
  tokens: Token[];
  start: number;
  end: number;
  text: string;
  prefix: readonly Token[];
}

const TRAILING_COMMA_SPACE = /[,\s]+$/;
/** `role.replace(TRAILING_COMMA_SPACE, '')`, without the regular expression when the role ends otherwise. */
const withoutTrailingCommaSpace = (role: string): string =>
  role.length > 0 && (role.charCodeAt(role.length - 1) === 44 || isSpaceUnit(role, role.length - 1)) ? role.replace(TRAILING_COMMA_SPACE, '') : role;

/**
 * " de ", " de la ": true when text[s, e) matches /^ ([\p{Ll}]+(?: [\p{Ll}]+)?) $/u and its one or two
 * words are particles (lowercase ASCII words, so the pattern's letter class adds nothing).
 */
function particleGap(text: string, s: number, e: number): boolean {
  if (e - s < 3 || text.charCodeAt(s) !== 32 || text.charCodeAt(e - 1) !== 32) return false;
  // One or two words between single spaces, each a particle: read as numbers, without strings.
  let i = s + 1;
  for (let words = 0; words < 2; words++) {
    let key = 0;
    const start = i;
    for (; i < e - 1; i++) {
      const c = text.charCodeAt(i);
      if (c === 32) break;
      if (c < 97 || c > 122) return false;
      key = key * 32 + (c - 96);
    }
    if (i === start || !PARTICLE_KEYS.has(key)) return false;
    if (i === e - 1) return true;
    i++; // the space between two words
  }
  return false;
}

/** " d'", " d’": the elided particle of "Giscard d'Estaing" between two words. */
function elidedParticleGap(text: string, s: number, e: number): boolean {
  return e - s === 3 && text.charCodeAt(s) === 32 && text.charCodeAt(s + 1) === 100 && isApostrophe(text.charCodeAt(s + 2));
}

const CAPITAL_PARTICLES: ReadonlySet<string> = new Set(['Le', 'La', 'De', 'Du', 'Van', 'Von', 'Del', 'Della', 'Di', 'Da', 'Dos', 'Bin', 'Ben', 'Ibn']);

/** tokens[j] is a capitalised particle followed, after one space, by the capitalised name it starts. */
function capitalParticleAt(text: string, tokens: readonly Token[], j: number): boolean {
  const t = tokens[j];
  const next = tokens[j + 1];
  return CAPITAL_PARTICLES.has(t.text) && next.start === t.end + 1 && text.charCodeAt(t.end) === 32 && (next.kind === 'name' || next.kind === 'caps');
}

/** Arabic article forms written lowercase and hyphenated to the name ("Bachar al-Assad", "Abdel Fattah el-Sissi", "Salah ad-Din"). */
const ARTICLE_FORMS = new Set(['al', 'el', 'ad', 'ar', 'as', 'ash', 'at', 'az', 'an', 'ed', 'es']);

/** " al-": true when text[s, e) is one space, an article form of ARTICLE_FORMS and a hyphen. */
function articleGap(text: string, s: number, e: number): boolean {
  if (e - s < 4 || e - s > 5 || text.charCodeAt(s) !== 32 || text.charCodeAt(e - 1) !== 45) return false;
  return ARTICLE_FORMS.has(text.slice(s + 1, e - 1));
}

/**
 * Whether a given name is among the first `rl` tokens of a run: an article joins a family name to a
 * person's given names ("Selon Abdel Fattah el-Sissi"), not to a place ("à Deir el-Balah").
 */
function runHasFirstName(run: readonly Token[], rl: number): boolean {
  for (let k = 0; k < rl; k++) if (run[k].kind === 'name' && isFirstName(run[k].text)) return true;
  return false;
}

const PHRASE_CACHE = new Map<string, 'org' | 'place' | null>();

/** 'org' or 'place' for a multi-word organisation or place ("Maison Blanche", "Arabie Saoudite"), else null. */
function phraseKind(phrase: string): 'org' | 'place' | null {
  let k = PHRASE_CACHE.get(phrase);
  if (k === undefined) {
    k = isOrganisationName(phrase) ? 'org' : isPlaceName(phrase) ? 'place' : null;
    if (PHRASE_CACHE.size > 50000) PHRASE_CACHE.clear();
    PHRASE_CACHE.set(phrase, k);
  }
  return k;
}

/** II to XXXIX, written as after a monarch's or an heir's name. */
const ROMAN_NUMERAL = /^(?:X{0,3})(?:I{1,3}|IV|VI{0,3}|IX)$|^X{1,3}$/;
const GENERATIONAL: ReadonlySet<string> = new Set(['Jr', 'Sr']);
const COORDINATION_GAP = /^(?:,\s?|,?\s(?:et|and|&)\s)$/;

/** The prefix of a segment after no title: shared, never written (a segment's prefix is only read). */
const NO_PREFIX: readonly Token[] = Object.freeze([]);

function segmentsOf(text: string, tokens: Token[]): Segment[] {
  const segs: Segment[] = [];
  // One buffer for the runs (its first `rl` entries), and no array for a run of one token (most of
  // them): the arrays a segment keeps are made when it is made.
  const run: Token[] = [];
  let i = 0;
  while (i < tokens.length) {
    // A run: tokens joined by one space, or by a particle after a given name ("Charles de Gaulle").
    run[0] = tokens[i];
    let rl = 1;
    let j = i + 1;
    while (j < tokens.length) {
      const gapStart = run[rl - 1].end;
      const gapLength = tokens[j].start - gapStart;
      // "Marine Le Pen", "Loïk Le Floch-Prigent", "Ursula Von Trapp": a capitalised particle and the name it starts.
      if (gapLength === 1 && j + 1 < tokens.length && capitalParticleAt(text, tokens, j) && run[rl - 1].kind === 'name' && runHasFirstName(run, rl)) {
        run[rl++] = { ...tokens[j], kind: 'name' };
        run[rl++] = tokens[j + 1];
        j += 2;
        continue;
      }
      if (gapLength === 1 && (text[gapStart] === ' ' || text[gapStart] === '\u00a0')) {
        run[rl++] = tokens[j];
        j++;
        continue;
      }
      // Particles have at most three letters: " de la " is the longest gap that can join, " d'" the shortest.
      // Only a run holding a given name takes a particle ("Valéry Giscard d'Estaing"): the cheap tests first.
      if (
        gapLength <= 9 && run[rl - 1].kind === 'name' && (particleGap(text, gapStart, tokens[j].start) || elidedParticleGap(text, gapStart, tokens[j].start)) &&
        runHasFirstName(run, rl)
      ) {
        run[rl++] = tokens[j];
        j++;
        continue;
      }
      // "Donald J. Trump", "John F. Kennedy": a middle initial after a given name.
      if (
        gapLength === 2 && rl >= 2 && run[rl - 1].text.length === 1 && text.charCodeAt(gapStart) === 46 && text.charCodeAt(gapStart + 1) === 32 &&
        isFirstName(run[rl - 2].text)
      ) {
        run[rl - 1] = { ...run[rl - 1], kind: 'name' };
        run[rl++] = tokens[j];
        j++;
        continue;
      }
      // "Abdel Latif al-Qanou": the article is part of the family name, after any given names.
      if (gapLength <= 5 && run[rl - 1].kind === 'name' && articleGap(text, gapStart, tokens[j].start) && runHasFirstName(run, rl)) {
        run[rl++] = tokens[j];
        j++;
        continue;
      }
      break;
    }
    i = j;
    if (rl === 1) {
      const t = run[0];
      if (t.kind === 'name') segs.push({ tokens: [t], start: t.start, end: t.end, text: t.text, prefix: NO_PREFIX });
      continue;
    }
    // Multi-word places and organisations inside the run ("Arabie Saoudite", "Maison Blanche").
    for (let a = 0; a < rl; a++) {
      for (let b = Math.min(rl, a + 4); b > a + 1; b--) {
        const kind = phraseKind(text.slice(run[a].start, run[b - 1].end));
        if (kind) {
          for (let k = a; k < b; k++) run[k] = { ...run[k], kind };
          a = b - 1;
          break;
        }
      }
    }
    absorbIntoHeads(run, rl);
    // "Henri IV", "Louis XV", "Glenn A. Profitt II": a regnal or generational number ends the name.
    // ... and "Chantal DURAND": a family name in capitals after a given name.
    for (let k = 1; k < rl; k++) {
      if (run[k].kind !== 'caps' || run[k - 1].kind !== 'name') continue;
      if (ROMAN_NUMERAL.test(run[k].text) || (run[k].text.length >= 3 && isFirstName(run[k - 1].text))) run[k] = { ...run[k], kind: 'name' };
    }
    let prefix: Token[] | null = null;
    let cur: Token[] | null = null;
    for (let k = 0; k < rl; k++) {
      const t = run[k];
      if (t.kind === 'name') (cur ??= []).push(t);
      else {
        if (cur) {
          pushSegment(text, segs, cur, prefix);
          cur = null;
          prefix = null;
        }
        (prefix ??= []).push(t); // a fresh array after each segment: a segment's prefix never grows later
      }
    }
    if (cur) pushSegment(text, segs, cur, prefix);
  }
  return segs;
}

/**
 * "Atlantic City", "Bowling Green State University", "West Jersey Railroad": the capitalised words right
 * before a head noun are the name of that organisation or place, not a person's name.
 */
function absorbIntoHeads(run: Token[], rl: number): void {
  // "Santa Clara", "Fort Lauderdale": the words after a place prefix are the place's.
  for (let k = 0; k < rl - 1; k++) {
    if (run[k].kind !== 'head' || !isPlacePrefix(run[k].text)) continue;
    for (k++; k < rl && run[k].kind === 'name'; k++) run[k] = { ...run[k], kind: 'head' };
  }
  for (let k = rl - 1; k > 0; k--) {
    if (run[k].kind !== 'head') continue;
    for (let m = k - 1; m >= 0 && run[m].kind !== 'stop' && run[m].kind !== 'head'; m--) run[m] = { ...run[m], kind: 'head' };
  }
}

function pushSegment(text: string, segs: Segment[], cur: Token[], prefix: Token[] | null): void {
  // A one-token segment reuses the token's string: hashed once by the caches already.
  const segText = cur.length === 1 ? cur[0].text : text.slice(cur[0].start, cur[cur.length - 1].end);
  segs.push({ tokens: cur, start: cur[0].start, end: cur[cur.length - 1].end, text: segText, prefix: prefix ?? NO_PREFIX });
}

interface Accepted {
  seg: Segment;
  cue: RawPerson['cue'];
  role?: string;
  registryId?: string;
}

/** /^[«»"“”():;]$/ on a word of one unit. */
const CLAUSE_MARKS = '«»"“”():;';
const isApostrophe = (c: number): boolean => c === 39 || c === 0x2019;
/** `w.replace(ELISION_RE, '')`, without the regular expression when no apostrophe follows a first letter (of one or two units). */
const elisionStripped = (w: string): string => (w.length > 1 && (isApostrophe(w.charCodeAt(1)) || isApostrophe(w.charCodeAt(2))) ? w.replace(ELISION_RE, '') : w);

const TITLE_OR_ROLE = new WordSignatures([...HONORIFICS, ...ROLE_WORDS]);
const NATIONALITY = new WordSignatures(NATIONALITIES);

/** ", la cheffe de la diplomatie", ", the prime minister": a role phrase right after a comma at `end`. */
const ROLE_AFTER = /^,\s(?:(?:le|la|l['’]|the|un|une|a|an)\s?)?((?:[\p{L}'’-]+\s){0,3}[\p{L}'’-]+)/u;

/**
 * The role of ", the Danish prime minister" / ", la cheffe de la diplomatie" after a name: the words up to
 * the first role word. Lowercase words and nationalities may come before it ("Danish prime"); any other
 * capitalised word means the phrase is no role ("Paris, the capital").
 */
function roleAfter(text: string, end: number): string | undefined {
  const m = ROLE_AFTER.exec(text.slice(end, end + 60));
  if (!m) return undefined;
  const words = m[1].split(/\s+/);
  for (let k = 0; k < words.length; k++) {
    const w = elisionStripped(words[k]);
    if (ROLE_WORDS.has(w)) return words.slice(0, k + 1).join(' ');
    if (UPPER_START_RE.test(w) && !isNationality(w)) return undefined;
  }
  return undefined;
}

/** The role phrase before a name in apposition ("le porte-parole du Kremlin, Dmitri Peskov"), if any. */
function roleBefore(text: string, seg: Segment): string | undefined {
  // The last word answers most segments, read in place; the two words of "président russe" are read
  // only after a nationality, the twelve of an apposition only after a comma.
  const packed = lastTokenBefore(text, seg.start);
  if (packed < 0) return undefined;
  const ls = Math.floor(packed / 256);
  const le = ls + (packed % 256);
  // Direct: "président Trump", "M. Stiell", "président russe Vladimir Poutine". Signatures first: most
  // words before a name are no title, role or nationality, and are not made into strings.
  if (TITLE_OR_ROLE.mayHold(text, ls, le)) {
    const lastWord = text.slice(ls, le);
    const last = lastWord.toLowerCase();
    if (HONORIFICS.has(last) || ROLE_WORDS.has(last)) return lastWord;
  }
  if (NATIONALITY.mayHold(text, ls, le)) {
    const two = wordsBefore(text, seg.start, 2);
    if (two.length >= 2 && isNationality(two[1]) && ROLE_WORDS.has(two[0].toLowerCase())) return `${two[0]} ${two[1]}`;
  }
  // Apposition: "<role phrase>, Name" followed by a comma, a verb or the end of the sentence.
  if (le - ls !== 1 || text.charCodeAt(ls) !== 44) return undefined;
  // What follows first: three units decide most segments, before twelve words are made into strings.
  const after = text.slice(seg.end, seg.end + 3);
  if (!/^(?:,|\s\(|\s?\)|\s?$|\.|\s[a-z])/u.test(after)) return undefined;
  const words = wordsBefore(text, seg.start, 12);
  // The earliest role word of the phrase: "l'assistant du président Poutine, Iouri Ouchakov".
  let found = -1;
  for (let k = words.length - 2; k >= 0 && k >= words.length - 11; k--) {
    const w = words[k].toLowerCase();
    if ((w.length === 1 && CLAUSE_MARKS.includes(w)) || (w === ',' && k < words.length - 2) || CLAUSE_WORDS.has(w)) break;
    if (ROLE_WORDS.has(elisionStripped(w))) found = k;
  }
  return found >= 0 ? elisionStripped(words.slice(found, -1).join(' ')) : undefined;
}

/** "St. Louis", "Ste. Anne": a name after the abbreviation of Saint names a place or a church. */
function afterSaintAbbreviation(text: string, start: number): boolean {
  if (start < 4 || text.charCodeAt(start - 1) !== 32 || text.charCodeAt(start - 2) !== 46) return false;
  const wordStart = text.startsWith('St', start - 4) ? start - 4 : text.startsWith('Ste', start - 5) ? start - 5 : -1;
  return wordStart >= 0 && (wordStart === 0 || !isLetterUnit(text, wordStart - 1));
}

/**
 * The start of a surname mention widened back over the words before it that are the words before the
 * surname in the person's full name: "Le Pen" of Marine Le Pen, "de Gaulle", "Giscard d'Estaing".
 */
function widenOverName(text: string, start: number, end: number, name: string): number {
  const words = name.split(' ');
  const alone = text.slice(start, end);
  let i = words.length - 1;
  while (i >= 0 && words[i] !== alone && words[i].slice(2) !== alone) i--;
  if (i < 0) return start;
  let s = start;
  if (words[i] !== alone) {
    if (s < 2 || text.slice(s - 2, s) !== words[i].slice(0, 2)) return start;
    s -= 2;
  }
  for (let k = i - 1; k >= 0; k--) {
    const w = words[k];
    // Case aside: "De Gaulle" opening a sentence.
    if (s - w.length - 1 < 0 || text.charCodeAt(s - 1) !== 32 || text.slice(s - w.length - 1, s - 1).toLowerCase() !== w.toLowerCase()) break;
    if (s - w.length - 2 >= 0 && isLetterUnit(text, s - w.length - 2)) break;
    s -= w.length + 1;
  }
  return s;
}

/** Determiners before a capitalised word that make it a thing's name ("the Victoria", "le Clemenceau"). */
const THING_DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'le', 'la', 'un', 'une', 'du', 'des', 'les', 'au', 'aux']);

/**
 * A given name alone ("Hayley gets into trouble", "Denise a répondu"): a person when it is followed by a
 * lowercase word or punctuation (no other capitalised word, so no unknown family name or place follows) and
 * no determiner makes it the name of a thing.
 */
function loneGivenName(text: string, seg: Segment): boolean {
  const t = seg.tokens[0];
  if (t.text.length < 3 || !isFirstName(t.text)) return false;
  const next = text.charCodeAt(seg.end);
  if (next === 45 || next === 46 && /^\.\p{L}/u.test(text.slice(seg.end, seg.end + 2))) return false;
  const before = wordsBefore(text, seg.start, 1);
  if (before.length === 0) return true;
  const w = before[0].toLowerCase();
  return !THING_DETERMINERS.has(w) && !PLACE_PREPOSITIONS.has(w);
}

/** Prepositions before a lone capitalised word that make it a place ("in Adelaide", "à Lorraine", "to Harrison"). */
const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'to', 'from', 'at', 'of', 'near', 'into', 'à', 'de', 'en', 'vers', 'dans', 'depuis', 'd\'', 'd’']);

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
 * People in `text` (UTF-16 offsets). `registry` people are recognised under their name and every alias,
 * and their id wins over the slug detection would give.
 */
export function detectPeople(text: string, registry: readonly Person[] = []): RawPerson[] {
  const tokens = tokenize(text);
  const segs = segmentsOf(text, tokens);
  const registryByKey = new Map<string, Person>();
  for (const p of registry) {
    for (const n of [p.name, ...p.aliases]) if (n.trim()) registryByKey.set(personKey(n), p);
  }

  const accepted = new Map<number, Accepted>(); // by segment start
  for (const seg of segs) {
    if (seg.tokens.length > 4 || afterSaintAbbreviation(text, seg.start)) continue;
    const reg = registryByKey.size ? registryByKey.get(personKey(seg.text)) : undefined;
    if (reg) {
      accepted.set(seg.start, { seg, cue: 'registry', registryId: reg.id });
      continue;
    }
    const titlePrefix = seg.prefix.length === 0 ? NO_PREFIX : seg.prefix.filter((t) => t.kind === 'title' || t.kind === 'nat' || t.kind === 'org');
    const role = announcesName(seg.prefix)
      ? text.slice(titlePrefix[0].start, titlePrefix[titlePrefix.length - 1].end)
      : roleBefore(text, seg);
    if (seg.tokens.length >= 2 && isFirstName(seg.tokens[0].text)) {
      accepted.set(seg.start, { seg, cue: 'first-name', role });
      continue;
    }
    // "Kaja Kallas, la cheffe de la diplomatie européenne": a role in apposition after a full name.
    const after = !role && seg.tokens.length >= 2 && text.charCodeAt(seg.end) === 44 ? roleAfter(text, seg.end) : undefined;
    if (after) {
      accepted.set(seg.start, { seg, cue: 'role', role: after });
      continue;
    }
    if (role) {
      accepted.set(seg.start, { seg, cue: HONORIFICS.has(role.toLowerCase()) || titlePrefix.length ? 'title' : 'role', role });
      continue;
    }
    const beforeFrom = Math.max(0, seg.start - 40);
    // VERB_AFTER starts with a comma or a space: most names are followed by neither.
    const next = text.charCodeAt(seg.end);
    const verbAfter = (next === 44 || isSpaceUnit(text, seg.end)) && VERB_AFTER.test(text.slice(seg.end, seg.end + 60));
    if (verbAfter || speechVerbBefore(text, beforeFrom, seg.start)) {
      // A lone capitalised word starting a sentence needs a second token or the verb right after it.
      if (seg.tokens.length >= 2 || !sentenceInitial(text, seg.start) || verbAfter) {
        accepted.set(seg.start, { seg, cue: 'speech-verb' });
        continue;
      }
    }
    if (seg.tokens.length >= 2 && bylineBefore(text, beforeFrom, seg.start)) accepted.set(seg.start, { seg, cue: 'first-name' });
    else if (seg.tokens.length === 1 && loneGivenName(text, seg)) accepted.set(seg.start, { seg, cue: 'first-name' });
  }

  // Coordination: "Zhifan Liu et Etienne Breban", "Jane Porter and Tom Ellis".
  // Segments come in text order already: the copy and the sort only when they would change something.
  const sorted = segs.every((seg, k) => k === 0 || segs[k - 1].start <= seg.start) ? segs : [...segs].sort((a, b) => a.start - b.start);
  for (let pass = 0; pass < 2; pass++) {
    for (let k = 0; k < sorted.length; k++) {
      const seg = sorted[k];
      if (accepted.has(seg.start) || seg.tokens.length < 2 || seg.tokens.length > 3) continue;
      const next = sorted[k + 1];
      const prev = sorted[k - 1];
      // Only the gap of a list: ", ", " et ", " and ", " & ", ", and " (a comma followed by more words is no list).
      const joined = (a: Segment, b: Segment): boolean => COORDINATION_GAP.test(text.slice(a.end, b.start));
      if ((next && accepted.has(next.start) && joined(seg, next)) || (prev && accepted.has(prev.start) && joined(prev, seg))) {
        accepted.set(seg.start, { seg, cue: 'propagation' });
      }
    }
  }

  // Canonical (fullest) names per key, and surnames pointing to them.
  const fullest = new Map<string, string>();
  const surnames = new Map<string, Array<{ name: string; at: number; key: string }>>();
  const addName = (name: string, at: number): void => {
    // name.split(/\s+/): two parts or more when it holds a space, the last one after the last space.
    let last = name.length - 1;
    while (last >= 0 && !isSpaceUnit(name, last)) last--;
    if (last < 0) return;
    const key = personKey(name);
    if (!fullest.has(key)) fullest.set(key, name);
    let surname = name.slice(last + 1);
    // "Glenn Profitt II", "Andrew Evans Jr": the family name is the word before the number.
    if (ROMAN_NUMERAL.test(surname) || GENERATIONAL.has(surname)) {
      const before = name.lastIndexOf(' ', last - 1);
      surname = name.slice(before + 1, last);
    }
    register(personKey(surname), name, at, key);
    // "Giscard d'Estaing": the name after the elided particle is found alone too, then widened back.
    if (surname.length > 2 && surname.charCodeAt(0) === 100 && isApostrophe(surname.charCodeAt(1))) register(personKey(surname.slice(2)), name, at, key);
  };
  function register(sk: string, name: string, at: number, key: string): void {
    const list = surnames.get(sk) ?? [];
    if (!list.some((e) => e.key === key)) list.push({ name, at, key });
    surnames.set(sk, list);
  }
  for (const p of registry) addName(p.name, -1);
  const byStart = [...accepted.values()];
  if (!byStart.every((a, k) => k === 0 || byStart[k - 1].seg.start <= a.seg.start)) byStart.sort((x, y) => x.seg.start - y.seg.start);
  for (const a of byStart) addName(a.seg.text, a.seg.start);

  const resolveShort = (word: string, at: number): string | undefined => {
    if (surnames.size === 0) return undefined;
    const list = surnames.get(personKey(word));
    if (!list || !list.length) return undefined;
    // The nearest full form before the mention, else the first one in the article.
    let best = list[0];
    for (const e of list) if (e.at <= at && e.at >= best.at) best = e;
    return best.name;
  };

  const out: RawPerson[] = [];
  const covered = new Set<number>(); // starts of tokens inside an accepted mention
  for (const a of accepted.values()) {
    let name = fullest.get(personKey(a.seg.text)) ?? a.seg.text;
    if (a.seg.tokens.length === 1) name = resolveShort(a.seg.text, a.seg.start) ?? name;
    // Two literals rather than a spread: the same keys in the same order, without the copy.
    const id = a.registryId ?? '';
    // "Andrew Evans Jr.": the abbreviation's dot belongs to the name.
    const end = text.charCodeAt(a.seg.end) === 46 && GENERATIONAL.has(a.seg.tokens[a.seg.tokens.length - 1].text) ? a.seg.end + 1 : a.seg.end;
    out.push(a.role ? { start: a.seg.start, end, name, cue: a.cue, role: withoutTrailingCommaSpace(a.role), id } : { start: a.seg.start, end, name, cue: a.cue, id });
    for (const t of a.seg.tokens) covered.add(t.start);
  }
  // Propagation: a surname alone anywhere once a full form is known (article or registry), even at a
  // sentence start or glued by a hyphen ("missions diplomatiques-Lavrov").
  for (const t of tokens) {
    if (t.kind !== 'name' && t.kind !== 'caps') continue;
    if (covered.has(t.start)) continue;
    const name = resolveShort(t.text, t.start);
    if (!name) {
      // "Istanbul-Lavrov": a headline glues the surname to the word before.
      const dash = t.text.lastIndexOf('-');
      const tail = dash > 0 ? t.text.slice(dash + 1) : '';
      const tailName = tail && UPPER_START_RE.test(tail) ? resolveShort(tail, t.start) : undefined;
      if (tailName) out.push({ start: t.start + dash + 1, end: t.end, name: tailName, cue: 'propagation', id: '' });
      continue;
    }
    out.push({ start: t.start, end: t.end, name, cue: 'propagation', id: '' });
  }
  for (const p of out) if (p.end - p.start < p.name.length) p.start = widenOverName(text, p.start, p.end, p.name);
  for (const p of out) {
    const reg = registryByKey.size === 0 ? undefined : registryByKey.get(personKey(p.name)) ?? registryByKey.get(personKey(text.slice(p.start, p.end)));
    p.id = reg ? reg.id : personSlug(p.name);
    if (reg && p.cue !== 'registry' && registryByKey.has(personKey(text.slice(p.start, p.end)))) p.cue = 'registry';
  }
  out.sort((a, b) => a.start - b.start);
  return out;
}

/** Folded comparison helper exported for tests. */
export const foldForTest = foldName;
