/**
 * Supporting mentions (supportWords.ts: "said", "struck", "a déclaré", "ont été évacués"): a word that tells
 * of the event its sentence names becomes a mention of that event, never an event of its own. It takes the
 * kind of the mention it joins and refers back to it (`antecedents`), so grouping puts it in that mention's
 * event; being marked a verb, it never decides an event's kind or title. It takes no date or place of its own
 * (those stay with the words that name the event: analyzeAttach.ts runs before this); it carries the people
 * of the mention it joins.
 */
import type { TextIndex } from '../text/offsets';
import { firstAtLeast } from './analyzeLookup';
import { keyOf } from './analyzeScan';
import { FirstLetters, type LetterRuns } from './analyzeWords';
import type { MentionAnalysis } from './analysisTypes';
import type { SentenceRange } from './sentences';
import { supportLexicon } from './supportWords';
import { familyOf, isDiplomatic } from './triggers';

/**
 * Whether grouping surely gives this mention an event (so a supporting word can join it): one with a date or
 * a place, or a news mention that is not marked as another occurrence. Talks or calls with neither may stay
 * without an event.
 */
function anchors(m: MentionAnalysis): boolean {
  return !!(m.date || m.place) || (!isDiplomatic(m.kind) && !m.another);
}

/** The article a supporting mention is made in. */
export interface SupportContext {
  file: string;
  text: string;
  idx: TextIndex;
  sentences: readonly SentenceRange[];
  language: 'fr' | 'en';
  snippetOf: (sentence: number) => string;
  /** The text's letter runs (walked once for the article, see analyzeWords.ts). */
  runs: () => LetterRuns;
}

/**
 * Appends a supporting mention for each supporting word (`supportWordsIn`) of the sentences that name an
 * event that anchors, and of the two sentences after each, that overlaps no mention; it joins the nearest
 * such mention of its sentence, else the last one before it. `mentions` are in text order, as
 * analyseDocument makes them; the new ones follow.
 */
export function addSupportMentions(at: SupportContext, mentions: MentionAnalysis[]): void {
  const { idx } = at;
  const full = mentions.filter(anchors);
  if (!full.length) return;
  // Mention spans in UTF-16, sorted and disjoint: an overlap is a binary search.
  const starts = mentions.map((m) => idx.toUtf16(m.start));
  const ends = mentions.map((m) => idx.toUtf16(m.end));
  const fullAt = full.map((m) => idx.toUtf16(m.start));
  let last = -1;
  for (const m of full) {
    for (let si = Math.max(m.sentence, last + 1); si <= m.sentence + 2 && si < at.sentences.length; si++) {
      last = si;
      supportWordsIn(at, si, (s, e) => {
        const k = firstAtLeast(starts, e) - 1;
        if (k >= 0 && ends[k] > s) return;
        const host = nearestIn(full, fullAt, si, s) ?? lastOf(full, fullAt, si - 1, s) ?? lastOf(full, fullAt, si - 2, s);
        if (host) mentions.push(supportMention(at, mentions.length, s, e, si, host));
      });
    }
  }
}

/** The empty list of every supporting word's durations, counts (and people, for talks): read, never edited. */
const NONE: never[] = Object.freeze([]) as unknown as never[];

function supportMention(at: SupportContext, index: number, s: number, e: number, sentence: number, host: MentionAnalysis): MentionAnalysis {
  // The people of a news event, as the mention it joins names them (event ids read the first mention's).
  // Not those of talks or a call: the article's main talks may take this word, and not their people.
  const news = !isDiplomatic(host.kind);
  return {
    file: at.file,
    index,
    start: at.idx.toCodePoint(s),
    end: at.idx.toCodePoint(e),
    text: at.text.slice(s, e),
    kind: host.kind,
    family: familyOf(host.kind),
    sentence,
    snippet: at.snippetOf(sentence),
    // Shared, not copied: a supporting word is made after every attach step, and nothing edits it after.
    persons: news ? host.persons : NONE,
    parties: news ? host.parties : NONE,
    durations: NONE,
    counts: NONE,
    verb: true,
    support: true,
    // A word about a planned event ("will vote again…, the council said") is about that planned event.
    another: host.another,
    indefinite: false,
    // No `antecedent`: only quotes read it, and they are placed before supporting words are made.
    antecedents: [host.index],
  };
}

/**
 * The sentence after one naming an event goes on about it ("Rescuers searched the rubble overnight"): the
 * last anchoring mention of sentence `si`, if it is the last one before offset `at`.
 */
function lastOf(full: readonly MentionAnalysis[], fullAt: readonly number[], si: number, at: number): MentionAnalysis | undefined {
  const k = firstAtLeast(fullAt, at) - 1;
  return k >= 0 && full[k].sentence === si ? full[k] : undefined;
}

/** The anchoring mention of sentence `si` nearest to offset `at` (UTF-16), if the sentence has one. */
function nearestIn(full: readonly MentionAnalysis[], fullAt: readonly number[], si: number, at: number): MentionAnalysis | undefined {
  const k = firstAtLeast(fullAt, at);
  const before = k > 0 && full[k - 1].sentence === si ? k - 1 : -1;
  const after = k < full.length && full[k].sentence === si ? k : -1;
  if (before < 0) return after < 0 ? undefined : full[after];
  if (after < 0) return full[before];
  return at - fullAt[before] <= fullAt[after] - at ? full[before] : full[after];
}

const LOWER = /^\p{Ll}/u;
const ACCORDING_TO = /^ to(?![\p{L}])/u;
const PARTICIPLE_END = /(?:é|i|u)(?:e|s|es)?$/u;
/** French auxiliaries before a participle ("ont été évacués", "a secouru"), and adverbs that may come between. */
const FR_AUX = new Set(['a', 'ont', 'avait', 'avaient', 'aura', 'auront', 'est', 'sont', 'était', 'étaient', 'sera', 'seront', 'été']);
const FR_BETWEEN = new Set(['été', 'pas', 'déjà', 'aussi', 'bien', 'encore', 'ensuite', 'finalement', 'notamment']);
/** The first letters of the French auxiliaries: most short words are none, and need no string to tell. */
const FR_AUX_STARTS = new FirstLetters(new Set([...FR_AUX].map((w) => keyOf([...w.slice(0, 3)].map((c) => c.charCodeAt(0))))), (c) => c.toLowerCase());
/** "-ed"/"-ing" words that are seldom verbs, and adverbs and pronouns that end as participles do. */
const NOT_VERB = new Set([
  'during',
  'morning',
  'evening',
  'nothing',
  'something',
  'anything',
  'everything',
  'thing',
  'things',
  'king',
  'building',
  'buildings',
  'ceiling',
  'hundred',
  'hundreds',
  'indeed',
  'united',
  'need',
  'needed',
  'speed',
  'seed',
  'feed',
  'shed',
  'sibling',
  'siblings',
  'spring',
  'string',
  'ring',
  'wing',
  'bring',
  'sing',
  'swing',
  'sting',
  'according',
  'including',
  'following',
  'regarding',
  'concerning',
  'meeting',
  'meetings',
  'wedding',
  'clothing',
  'housing',
  'funding',
  'ongoing',
  'interesting',
  'boring',
  'amazing',
  'breed',
  'greed',
  'proceed',
  'succeed',
  'exceed',
  'weed',
  'reed',
  'deed',
  'kindred',
  'briefing',
  'parking',
  'marketing',
  'toutefois',
  'parfois',
  'jamais',
  'depuis',
  'puis',
  'ainsi',
  'ici',
  'mais',
  'lui',
  'celui',
  'plus',
  'peu',
  'tous',
  'sous',
  'nous',
  'été',
  'vous',
  'aussi',
  'parmi',
  'qui',
  'lundi',
  'mardi',
  'mercredi',
  'jeudi',
  'vendredi',
  'samedi',
  'midi',
  'permis',
  'avis',
  'prix',
]);

/** The first letters of each language's listed forms: most words need no look-up (built on first use). */
const listedStarts: Partial<Record<'en' | 'fr', FirstLetters>> = {};
function startsOfListed(language: 'en' | 'fr'): FirstLetters {
  let f = listedStarts[language];
  if (!f) {
    const keys = new Set<number>();
    for (const w of supportLexicon(language)) keys.add(keyOf([...w.slice(0, 3)].map((c) => c.charCodeAt(0))));
    listedStarts[language] = f = new FirstLetters(keys, (c) => c.toLowerCase());
  }
  return f;
}

const D = 0x64; // d
const E = 0x65; // e
const G = 0x67; // g
const I = 0x69; // i
const N = 0x6e; // n

/**
 * Calls `take(start, end)` (UTF-16) for each supporting word of sentence `si`, in order: a listed form of
 * the article's language (supportWords.ts; "according" only before "to"), and the verb forms no list needs
 * to hold: English "-ed" and "-ing" words ("evacuated", "rescuing"), French participles after an auxiliary
 * ("ont été évacués", "a secouru"). Those two are lower-case words only (a capital starts a name). Words
 * are letter runs read by hand, and most are ruled out by their first letters or their ending before any
 * string is made (see analyzeWords.ts).
 */
function supportWordsIn(at: SupportContext, si: number, take: (start: number, end: number) => void): void {
  const { text } = at;
  const sent = at.sentences[si];
  const listed = supportLexicon(at.language);
  const starts = startsOfListed(at.language);
  const en = at.language === 'en';
  // French: how far back an auxiliary stands (1: the word before, 2: before an adverb; 0: none).
  let aux = 0;
  at.runs().forEachIn(sent.start, sent.end, (s, e) => {
    const n = e - s;
    const last = text.charCodeAt(e - 1);
    const inflected = en
      ? n >= 5 && ((last === D && text.charCodeAt(e - 2) === E) || (n >= 6 && last === G && text.charCodeAt(e - 2) === N && text.charCodeAt(e - 3) === I))
      : aux > 0 && n >= 3;
    const mayList = starts.mayStart(text, s, e);
    // French auxiliaries are short words: only those need a string to follow the state (with no auxiliary
    // before, `inflected` is false and only an auxiliary sets it).
    if (!mayList && !inflected && (en || n > 7 || !FR_AUX_STARTS.mayStart(text, s, e))) {
      aux = 0;
      return;
    }
    const word = text.slice(s, e);
    const lower = word.toLowerCase();
    let hit = mayList && listed.has(lower) && (lower !== 'according' || ACCORDING_TO.test(text.slice(e, Math.min(e + 4, sent.end))));
    if (!hit && inflected && (en || PARTICIPLE_END.test(lower))) hit = (word === lower || LOWER.test(word)) && !NOT_VERB.has(lower);
    if (hit) take(s, e);
    if (!en) aux = FR_AUX.has(lower) ? 1 : aux === 1 && FR_BETWEEN.has(lower) ? 2 : 0;
  });
}
