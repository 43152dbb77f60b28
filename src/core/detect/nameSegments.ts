/**
 * Runs of capitalised tokens cut into the segments that may name a person: joined by spaces, particles
 * ("Charles de Gaulle", "Giscard d'Estaing", "Marine Le Pen"), middle initials and Arabic articles; cut at
 * titles, places, organisations and the words before a head noun ("Atlantic City").
 */
import { foldName } from '../lexicon/firstNames';
import { isOrganisationName, mayStartOrganisationName } from '../lexicon/organisations';
import { isNamePrefix } from '../lexicon/nameHeads';
import { isPlaceName, mayStartPlacePhrase, placeInfo } from '../lexicon/places';
import { isRegionName, mayStartRegionName } from '../lexicon/regions';
import { isFirstNameToken, type Token } from './nameTokens';

export const PARTICLES = new Set([
  'de',
  'du',
  'des',
  'von',
  'van',
  'der',
  'den',
  'bin',
  'ben',
  'ibn',
  'al',
  'el',
  'da',
  'di',
  'dos',
  'do',
  'la',
  'le',
  'ter',
  'zu',
]);

/** PARTICLES as numbers: their letters (a-z) as base-32 digits, first letter highest. */
export const PARTICLE_KEYS = new Set([...PARTICLES].map((w) => [...w].reduce((key, ch) => key * 32 + (ch.charCodeAt(0) - 96), 0)));

export interface Segment {
  tokens: Token[];
  start: number;
  end: number;
  text: string;
  prefix: readonly Token[];
  /** A place's name alone ("Hollande", "Jordan"): a person only when a title or a role announces it. */
  place?: true;
}

/**
 * " de ", " de la ": true when text[s, e) matches /^ ([\p{Ll}]+(?: [\p{Ll}]+)?) $/u and its one or two
 * words are particles (lowercase ASCII words, so the pattern's letter class adds nothing).
 */
export function particleGap(text: string, s: number, e: number): boolean {
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
export function elidedParticleGap(text: string, s: number, e: number): boolean {
  return e - s === 3 && text.charCodeAt(s) === 32 && text.charCodeAt(s + 1) === 100 && isApostrophe(text.charCodeAt(s + 2));
}

export const CAPITAL_PARTICLES: ReadonlySet<string> = new Set(['Le', 'La', 'De', 'Du', 'Van', 'Von', 'Del', 'Della', 'Di', 'Da', 'Dos', 'Bin', 'Ben', 'Ibn']);

/** tokens[j] is a capitalised particle followed, after one space, by the capitalised name it starts. */
export function capitalParticleAt(text: string, tokens: readonly Token[], j: number): boolean {
  const t = tokens[j];
  const next = tokens[j + 1];
  return CAPITAL_PARTICLES.has(t.text) && next.start === t.end + 1 && text.charCodeAt(t.end) === 32 && (next.kind === 'name' || next.kind === 'caps');
}

/** Arabic article forms written lowercase and hyphenated to the name ("Bachar al-Assad", "Abdel Fattah el-Sissi", "Salah ad-Din"). */
export const ARTICLE_FORMS = new Set(['al', 'el', 'ad', 'ar', 'as', 'ash', 'at', 'az', 'an', 'ed', 'es']);

/** " al-": true when text[s, e) is one space, an article form of ARTICLE_FORMS and a hyphen. */
export function articleGap(text: string, s: number, e: number): boolean {
  if (e - s < 4 || e - s > 5 || text.charCodeAt(s) !== 32 || text.charCodeAt(e - 1) !== 45) return false;
  return ARTICLE_FORMS.has(text.slice(s + 1, e - 1));
}

/**
 * Whether a given name is among the first `rl` tokens of a run: an article joins a family name to a
 * person's given names ("Selon Abdel Fattah el-Sissi"), not to a place ("à Deir el-Balah").
 */
export function runHasFirstName(run: readonly Token[], rl: number): boolean {
  for (let k = 0; k < rl; k++) if (run[k].kind === 'name' && isFirstNameToken(run[k])) return true;
  return false;
}

export const PHRASE_CACHE = new Map<string, 'org' | 'place' | null>();

/** 'org' or 'place' for a multi-word organisation or place ("Maison Blanche", "Arabie Saoudite"), else null. */
export function phraseKind(phrase: string): 'org' | 'place' | null {
  let k = PHRASE_CACHE.get(phrase);
  if (k === undefined) {
    k = isOrganisationName(phrase) ? 'org' : isPlaceName(phrase) || isRegionName(phrase) ? 'place' : null;
    if (PHRASE_CACHE.size > 50000) PHRASE_CACHE.clear();
    PHRASE_CACHE.set(phrase, k);
  }
  return k;
}

/**
 * Letters whose folding (foldName, foldPlaceName) is one unit at a time and needs no context, and the inner
 * hyphens and apostrophes of a token: a phrase made of such a word, a space and more folds to the word's fold,
 * a space and more.
 */
const PLAIN_WORD = /^[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u00ff'’-]+$/;

/**
 * False when no phrase of two words or more that starts with the token `word` followed by a space, a no-break
 * space or ". " is a name of the organisations, places or regions (phraseKind would say null): the
 * folded word starts none of them. A word of other letters is not looked at (true).
 */
function mayStartPhraseUncached(word: string): boolean {
  return !PLAIN_WORD.test(word) || mayStartOrganisationName(foldName(word)) || mayStartRegionName(foldName(word)) || mayStartPlacePhrase(word);
}

/**
 * Whether phrases of tokens from `t` on may be a multi-word organisation or place (phraseKind): most first
 * words of a run start none, and are turned down without making the phrases into strings.
 */
function mayStartPhrase(text: string, t: Token): boolean {
  const c = text.charCodeAt(t.end);
  if (c !== 32 && c !== 0xa0 && (c !== 46 || text.charCodeAt(t.end + 1) !== 32)) return true;
  const f = t.facts;
  if (f.phraseStart < 0) f.phraseStart = mayStartPhraseUncached(t.text) ? 1 : 0;
  return f.phraseStart === 1;
}

/** II to XXXIX, written as after a monarch's or an heir's name. */
export const ROMAN_NUMERAL = /^(?:X{0,3})(?:I{1,3}|IV|VI{0,3}|IX)$|^X{1,3}$/;

export const GENERATIONAL: ReadonlySet<string> = new Set(['Jr', 'Sr']);

export const COORDINATION_GAP = /^(?:,\s?|,?\s(?:et|and|&)\s)$/;

/** The prefix of a segment after no title: shared, never written (a segment's prefix is only read). */
export const NO_PREFIX: readonly Token[] = Object.freeze([]);

/** `prefix.some((t) => t.kind === 'title')`, read by index: no closure, and no iterator over the frozen NO_PREFIX. */
export function hasTitle(prefix: readonly Token[]): boolean {
  for (let k = 0; k < prefix.length; k++) if (prefix[k].kind === 'title') return true;
  return false;
}

/** `prefix.every((t) => t.kind === 'stop')`, read by index. */
export function onlyStops(prefix: readonly Token[]): boolean {
  for (let k = 0; k < prefix.length; k++) if (prefix[k].kind !== 'stop') return false;
  return true;
}

export function segmentsOf(text: string, tokens: Token[]): Segment[] {
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
        gapLength <= 9 &&
        run[rl - 1].kind === 'name' &&
        (particleGap(text, gapStart, tokens[j].start) || elidedParticleGap(text, gapStart, tokens[j].start)) &&
        runHasFirstName(run, rl)
      ) {
        run[rl++] = tokens[j];
        j++;
        continue;
      }
      // "Donald J. Trump", "John F. Kennedy": a middle initial after a given name.
      if (
        gapLength === 2 &&
        rl >= 2 &&
        run[rl - 1].text.length === 1 &&
        text.charCodeAt(gapStart) === 46 &&
        text.charCodeAt(gapStart + 1) === 32 &&
        isFirstNameToken(run[rl - 2])
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
      else if (t.kind === 'place') segs.push({ tokens: [t], start: t.start, end: t.end, text: t.text, prefix: NO_PREFIX, place: true });
      continue;
    }
    // "Forrest J Ackerman", "Herbert A E Scheele": middle initials written without their dot, after a given name.
    for (let k = 1; k + 1 < rl; k++) {
      if (!isBareInitial(run[k]) || !isFirstNameToken(run[k - 1])) continue;
      let m = k;
      while (m < rl && isBareInitial(run[m])) m++;
      if (m < rl && run[m].kind === 'name') for (; k < m; k++) run[k] = { ...run[k], kind: 'name' };
    }
    // Multi-word places and organisations inside the run ("Arabie Saoudite", "Maison Blanche").
    for (let a = 0; a + 1 < rl; a++) {
      if (!mayStartPhrase(text, run[a])) continue;
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
    // "Florence Parly", "Salvador Luria": a given name that is also a city's, before a family name (a
    // country's name before another word names a thing: "France Télévisions", "France Orient").
    for (let k = 0; k + 1 < rl; k++) {
      if (run[k].kind !== 'place' || run[k + 1].kind !== 'name' || (k > 0 && run[k - 1].kind === 'name') || !isFirstNameToken(run[k])) continue;
      if (placeInfo(run[k].text)?.kind !== 'country') run[k] = { ...run[k], kind: 'name' };
    }
    // "Québec Solidaire", "Ontario Hydro": one more word after a place's name that is no given name, ending
    // the run, names a thing of that place (a person whose given name is a place's keeps it: "Paris Hilton").
    for (let k = 0; k + 1 < rl; k++) {
      if (run[k].kind !== 'place' || run[k + 1].kind !== 'name' || (k > 0 && run[k - 1].kind === 'name') || (k + 2 < rl && run[k + 2].kind === 'name'))
        continue;
      if (!isFirstNameToken(run[k])) run[k + 1] = { ...run[k + 1], kind: 'head' };
    }
    // "François Hollande", "Michael Jordan": a family name that is also a place's, after a given name.
    for (let k = 1; k < rl; k++) {
      if (run[k].kind === 'place' && run[k - 1].kind === 'name' && isFirstNameToken(run[k - 1]) && (k + 1 === rl || run[k + 1].kind !== 'name'))
        run[k] = { ...run[k], kind: 'name' };
    }
    // "Henri IV", "Louis XV", "Glenn A. Profitt II": a regnal or generational number ends the name.
    // ... and "Chantal DURAND": a family name in capitals after a given name.
    for (let k = 1; k < rl; k++) {
      if (run[k].kind !== 'caps' || run[k - 1].kind !== 'name') continue;
      if (ROMAN_NUMERAL.test(run[k].text) || (run[k].text.length >= 3 && isFirstNameToken(run[k - 1]))) run[k] = { ...run[k], kind: 'name' };
    }
    // Each run of names is a segment, the other tokens since the segment before it its prefix: both sliced
    // from the run at their size (an array grown by push from empty takes room for sixteen).
    for (let k = 0; k < rl;) {
      let p = k;
      while (p < rl && run[p].kind !== 'name') p++;
      if (p === rl) break;
      let q = p + 1;
      while (q < rl && run[q].kind === 'name') q++;
      pushSegment(text, segs, run.slice(p, q), p > k ? run.slice(k, p) : null);
      k = q;
    }
  }
  return segs;
}

/** A middle initial written without its dot ("Forrest J Ackerman"): one letter, read as a function word. */
const isBareInitial = (t: Token): boolean => t.text.length === 1 && t.kind === 'stop';

/**
 * "Atlantic City", "Bowling Green State University", "West Jersey Railroad": the capitalised words right
 * before a head noun are the name of that organisation or place, not a person's name.
 */
export function absorbIntoHeads(run: Token[], rl: number): void {
  // "Santa Clara", "Fort Lauderdale", "Canal Plus": the words after a place's or a medium's prefix are its name's.
  for (let k = 0; k < rl - 1; k++) {
    if (run[k].kind !== 'head' || !isNamePrefix(run[k].text)) continue;
    for (k++; k < rl && run[k].kind === 'name'; k++) run[k] = { ...run[k], kind: 'head' };
  }
  for (let k = rl - 1; k > 0; k--) {
    if (run[k].kind !== 'head') continue;
    for (let m = k - 1; m >= 0 && run[m].kind !== 'stop' && run[m].kind !== 'head'; m--) run[m] = { ...run[m], kind: 'head' };
  }
}

export function pushSegment(text: string, segs: Segment[], cur: Token[], prefix: Token[] | null): void {
  // A one-token segment reuses the token's string: hashed once by the caches already.
  const segText = cur.length === 1 ? cur[0].text : text.slice(cur[0].start, cur[cur.length - 1].end);
  segs.push({ tokens: cur, start: cur[0].start, end: cur[cur.length - 1].end, text: segText, prefix: prefix ?? NO_PREFIX });
}

export const isApostrophe = (c: number): boolean => c === 39 || c === 0x2019;
