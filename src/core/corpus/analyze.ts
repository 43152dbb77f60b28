/**
 * Per-article analysis: event mentions with their date, place, participants, ordinal and the claims
 * made about them, and the quotes. Pure function of (file, text, detections): cached per document by
 * the corpus index, so an edit re-runs this for that article only.
 *
 * Internally works on UTF-16 offsets (regular expressions); everything it returns is in code points.
 */
import type { DateMention, Detections, DurationMention, PersonMention, QuoteMention } from '../model';
import { TextIndex } from '../text/offsets';
import { countryOfDemonym, demonymPatterns, findPlaces, foldPlaceName, placeInfo, type PlaceSpan } from '../lexicon/places';
import { isSpaceUnit, splitSentences, sentenceAt, type SentenceRange } from './sentences';
import { FirstLetters, forEachLetterRun } from './analyzeWords';
import { attributionIn, casualtyNoun, PRONOUN_SUBJECT } from './claimWords';
import { WordPatterns, wordPrefixes } from './analyzeScan';
import { anyInRange, antecedentsOf, firstAtLeast, firstIndex, OverlapIndex } from './analyzeLookup';
import {
  ANOTHER_EVENT,
  CLAUSE_CUT,
  ELLIPTIC_ORDINAL,
  ORDINAL_BEFORE,
  ORDINALS,
  familyOf,
  triggerPatterns,
  triggersFrom,
  type EventFamily,
  type EventKind,
  type TriggerMatch,
} from './triggers';

/** A date attached to an event mention, as a constraint on the day the event happened. */
export interface DateConstraint {
  start: number;
  end: number;
  text: string;
  /** YYYY-MM-DD when the day is known. */
  day?: string;
  /** Possible days when the text leaves it open ("jeudi" in an article dated only 2025-02). */
  candidates?: string[];
  /** 0 (Sunday) to 6 when the text names a weekday. */
  weekday?: number;
  /** MM-DD when the text gives day and month but no year can be inferred. */
  monthDay?: string;
  /** YYYY, YYYY-MM or YYYY-Www when only that much is known. */
  approx?: string;
}

export interface PlaceRef {
  id: string;
  /** The spelling in this article. */
  text: string;
  start: number;
  end: number;
  kind: PlaceSpan['kind'];
  country?: string;
  confidence: number;
}

export interface CountClaim {
  start: number;
  end: number;
  text: string;
  value: number;
  qualifier: DurationMention['qualifier'];
  /** The counted noun, folded and singular ("diplomate"). */
  noun: string;
}

export interface OrdinalClaim {
  start: number;
  end: number;
  text: string;
  n: number;
}

/** One event mention in one article. Offsets in code points. */
export interface MentionAnalysis {
  file: string;
  /** Position in the document's mention list. */
  index: number;
  start: number;
  end: number;
  text: string;
  kind: EventKind;
  family: EventFamily;
  sentence: number;
  /** The sentence, trimmed to one line, for display. */
  snippet: string;
  date?: DateConstraint;
  place?: PlaceRef;
  /** Person ids. */
  persons: string[];
  /** Country ids of the parties ("russia", "united-states"). */
  parties: string[];
  ordinal?: OrdinalClaim;
  durations: DurationMention[];
  counts: CountClaim[];
  /** The text marks it as another occurrence ("à nouveau", "next", "futur"). */
  another: boolean;
  /** Preceded by an indefinite article: a new event, not a reference back. */
  indefinite: boolean;
  /** Index (in this document) of the nearest earlier mention this one may refer back to. */
  antecedent?: number;
  /** All earlier mentions it may refer back to, nearest first. */
  antecedents?: number[];
  /** A verb ("se sont réunis") rather than a noun. */
  verb: boolean;
  /** Sentences (code points) of its durations and counts that name who gives the figure, and that source. */
  sources?: Array<{ start: number; end: number; source: string }>;
}

export interface QuoteAnalysis extends QuoteMention {
  file: string;
  /** Index of the nearest event mention in this document (same or previous two sentences), if any. */
  mention?: number;
}

export interface DocumentAnalysis {
  file: string;
  text: string;
  published?: string;
  outlet?: string;
  language: 'fr' | 'en';
  detections: Detections;
  mentions: MentionAnalysis[];
  quotes: QuoteAnalysis[];
  people: PersonMention[];
  /** The names of the article's byline (see detect/bylines.ts): its authors, not people of the story. */
  authors?: Array<{ name: string; start: number; end: number }>;
}

const WEEKDAYS: Record<string, number> = {
  dimanche: 0, lundi: 1, mardi: 2, mercredi: 3, jeudi: 4, vendredi: 5, samedi: 6,
  sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6,
};

/**
 * The first letters a demonym can have: most words need no look-up at all. Null: look every word up.
 * Built on first use, not when the extension loads.
 */
let demonymStarts: FirstLetters | null | undefined;
function firstLettersOfDemonyms(): FirstLetters | null {
  const keys = new Set<number>();
  for (const re of demonymPatterns()) {
    const k = wordPrefixes(re);
    if (!k) return null;
    for (const x of k) keys.add(x);
  }
  return new FirstLetters(keys, foldPlaceName);
}

/** `countryOfDemonym` is pure and asked about every word of every article: memoised (bounded). */
const demonymMemo = new Map<string, string | null>();
function demonymCountry(word: string): string | undefined {
  let v = demonymMemo.get(word);
  if (v === undefined) {
    if (demonymMemo.size > 100_000) demonymMemo.clear();
    v = countryOfDemonym(word) ?? null;
    demonymMemo.set(word, v);
  }
  return v ?? undefined;
}

// Regular expressions with \p{…} live at module level: esbuild turns such a literal into `new RegExp(…)`,
// which would be built again at every call.
const WEEKDAY = /(?<![\p{L}])(dimanche|lundi|mardi|mercredi|jeudi|vendredi|samedi|sunday|monday|tuesday|wednesday|thursday|friday|saturday)(?![\p{L}])/iu;
const WEEKDAY_HINTS = Object.keys(WEEKDAYS).every((d) => d.includes('di') || d.includes('day')) ? ['di', 'day'] : undefined;
const INDEFINITE_BEFORE = /(?:^|\s)(?:un|une|a|an|some|plusieurs|several|d'autres|other)\s+(?:[\p{L}-]+\s+)?$/iu;
const OF_AFTER = /^\s*(?:de |d'|d’|of )(?:[\p{L}-]+ )?/iu;
const BETWEEN_BEFORE = /(?:entre|between|avec|with)\s+(?:[\p{L}'’ -]{0,40})$/iu;

/** The weekday named in a text ("ce jeudi matin" -> 4), if any. */
export function weekdayIn(text: string): number | undefined {
  // Most dates name no weekday: every name holds "di" or "day", which lower-casing keeps (the pattern ignores case).
  if (WEEKDAY_HINTS) {
    const lower = text.toLowerCase();
    if (!WEEKDAY_HINTS.some((h) => lower.includes(h))) return undefined;
  }
  const m = WEEKDAY.exec(text);
  return m ? WEEKDAYS[m[1].toLowerCase()] : undefined;
}

/** Weekday (0 = Sunday) of an ISO day. */
export function weekdayOf(day: string): number {
  return new Date(`${day.slice(0, 10)}T12:00:00Z`).getUTCDay();
}

/** Turns a detected date into a constraint on the event day; undefined for times of day. */
export function dateConstraint(d: DateMention): DateConstraint | undefined {
  if (d.precision === 'time') return undefined;
  const c: DateConstraint = { start: d.start, end: d.end, text: d.text };
  const wd = weekdayIn(d.text);
  if (wd !== undefined) c.weekday = wd;
  const value = d.value ?? '';
  if (d.candidates && d.candidates.length > 1) {
    c.candidates = d.candidates.map((x) => x.slice(0, 10));
    return c;
  }
  if (/^\d{4}-\d\d-\d\d/.test(value) && (d.precision === 'day' || d.precision === 'datetime')) c.day = value.slice(0, 10);
  else if (/^(?:--|XXXX-)(\d\d-\d\d)$/.test(value)) c.monthDay = value.slice(-5);
  else if (/^\d{4}(?:-\d\d|-W\d\d)?$/.test(value)) {
    // A weekday resolved only to the month or week of a partial publication date stays open.
    c.approx = value;
  } else if (wd === undefined) return undefined;
  return c;
}

const NUMBER_WORDS: Record<string, number> = {
  deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10, onze: 11, douze: 12, treize: 13,
  quatorze: 14, quinze: 15, seize: 16, vingt: 20, trente: 30, quarante: 40, cinquante: 50, soixante: 60, cent: 100,
  mille: 1000, two: 2, three: 3, four: 4, five: 5, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  fifteen: 15, twenty: 20, thirty: 30, forty: 40, fifty: 50, hundred: 100, thousand: 1000,
  dizaine: 10, douzaine: 12, vingtaine: 20, trentaine: 30, centaine: 100, millier: 1000, dozen: 12,
};
const APPROX_NOUNS = new Set(['dizaine', 'douzaine', 'vingtaine', 'trentaine', 'centaine', 'millier', 'dozen']);
const NOT_COUNTED = /^(?:janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[ûu]t|septembre|octobre|novembre|d[ée]cembre|january|february|march|april|may|june|july|august|september|october|november|december|heures?|minutes?|jours?|semaines?|mois|ans|années?|hours?|days?|weeks?|months?|years?|fois|times|h|min|%|pour|per|par|et|and|ou|or|de|des|du|d|à|a|of|the|les|la|le)$/i;
const COUNT_RE = new RegExp(
  String.raw`(?<![\p{L}\d])(?:(plus de|moins de|au moins|environ|près de|pres de|presque|quelque|quelques|more than|less than|fewer than|at least|about|around|nearly|almost|over|under|some|approximately|roughly)\s+)?` +
    String.raw`(\d{1,3}(?:[  .]\d{3})+|\d+|${Object.keys(NUMBER_WORDS).join('|')})(?:s)?\s+(?:(?:de|d'|d’|of)\s*)?([\p{L}-]{3,})`,
  'giu',
);

function countQualifier(q: string | undefined, approxNoun: boolean): DurationMention['qualifier'] {
  const s = (q ?? '').toLowerCase();
  if (/plus|more|over|au moins|at least/.test(s)) return 'more-than';
  if (/moins|less|fewer|under/.test(s)) return 'less-than';
  if (/presque|nearly|almost/.test(s)) return 'almost';
  if (s || approxNoun) return 'about';
  return 'exact';
}

function foldNoun(w: string): string {
  return w
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/(?:s|x)$/, '');
}

/** Counts ("six diplomates", "plus de 100 morts") in a UTF-16 range of the text; `matches` are COUNT_RE's there. */
function findCounts(text: string, from: number, to: number, idx: TextIndex, matches: readonly RegExpExecArray[]): CountClaim[] {
  const out: CountClaim[] = [];
  const part = text.slice(from, to);
  for (const m of matches) {
    const noun = m[3];
    if (NOT_COUNTED.test(noun)) continue;
    const before = part.slice(Math.max(0, m.index - 12), m.index);
    // "les deux pays" names the parties; it is not a claim about how many.
    if (/(?:^|\s)(?:les|des|ces|leurs|nos|vos|the|these|those|their|our|aux)\s+$/i.test(before) && !m[1]) continue;
    const raw = m[2].toLowerCase();
    const value = /^\d/.test(raw) ? Number(raw.replace(/[  .]/g, '')) : NUMBER_WORDS[raw.replace(/s$/, '')] ?? NUMBER_WORDS[raw];
    if (!Number.isFinite(value) || value < 2 || (value >= 1900 && value <= 2100)) continue;
    const s = from + m.index;
    const e = s + m[0].length;
    out.push({
      start: idx.toCodePoint(s),
      end: idx.toCodePoint(e),
      text: m[0],
      value,
      qualifier: countQualifier(m[1], APPROX_NOUNS.has(raw.replace(/s$/, ''))),
      noun: casualtyNoun(foldNoun(noun), part.slice(m.index + m[0].length, m.index + m[0].length + 30), part.slice(Math.max(0, m.index - 30), m.index)),
    });
  }
  return out;
}

const AGENCIES = 'AFP|Reuters|AP|Associated Press|ATS|Keystone-ATS|DPA|ANSA|EFE|Belga|Anadolu|Interfax|TASS|Tass|RIA Novosti|Xinhua|Bloomberg';
const AGENCY_CREDIT = new RegExp(`\\((?:[\\p{L}]{2,5}\\s*(?:/|avec|with|and|et)\\s*)?(${AGENCIES})\\)`, 'iu');
const AGENCY_BYLINE = new RegExp(`(?:information fournie par|source\\s*:|par|by|\\()\\s*(${AGENCIES})(?![\\p{L}])`, 'u');

/** The outlet a text credits ("(jah/afp)", "information fournie par Reuters", "(Reuters) -"). */
export function guessOutlet(text: string): string | undefined {
  const credit = AGENCY_CREDIT.exec(text.slice(-400));
  if (credit) return normaliseAgency(credit[1]);
  const byline = AGENCY_BYLINE.exec(text.slice(0, 400));
  if (byline) return normaliseAgency(byline[1]);
  return undefined;
}

function normaliseAgency(s: string): string {
  const u = s.toUpperCase();
  if (u === 'ASSOCIATED PRESS') return 'AP';
  if (u === 'KEYSTONE-ATS') return 'ATS';
  if (u === 'TASS') return 'TASS';
  return s.length <= 4 ? u : s[0].toUpperCase() + s.slice(1).toLowerCase();
}

interface Item {
  s: number; // UTF-16
  e: number;
}

const VENUE_BEFORE = /(?:^|[\s'’(])(à|a|au|aux|en|in|at|dans|near|près de|pres de|outside|d'|d’|de|du|of)\s*$/iu;
const TOPIC_BEFORE = /(?:guerre|conflit|crise|offensive|invasion|paix|situation|sécurité|securite|war|conflict|crisis|peace|security|ambassadeur|ambassade|ambassador|embassy|consulat|consul|consulate|missions?)\s+(?:\p{L}+\s+)?(?:en|au|aux|à|in|de|d'|d’|du|of|to)\s*$/iu;

const SPEECH_BEFORE =
  /(?<![\p{L}])(?:d[ée]clar[ée]|dit|affirm[ée]|r[ée]affirm[ée]|annonc[ée]|indiqu[ée]|pr[ée]cis[ée]|soulign[ée]|expliqu[ée]|estim[ée]|confirm[ée]|assur[ée]|ajout[ée]|d[ée]clarait|said|told|announced|stated|added|confirmed|insisted|warned)(?:\s+(?:on|ce|dans la (?:soir[ée]e|journ[ée]e|matin[ée]e) de))?\s+$/iu;
const TOPIC_NEAR =
  /(?:ambassades?|embassy|embassies|consulats?|consulates?|ambassadeurs?|ambassadors?|diplomates|diplomats|repr[ée]sentants|representatives|homologues|counterparts|troupes|troops|forces|soldats|soldiers|citoyens|citizens|guerre|war|conflit|conflict)(?:\s+(?:des|de|du|d'|d’|of|the|deux|two|both|leurs?|their|nos|our|pays|countries|respectives?|respective|russes?|am[ée]ricaine?s?|russian|american))*\s+(?:à|a|au|aux|en|in|at|dans)\s*$/iu;

/** Every pattern the analysis runs over whole texts, matched in one walk over the words (see analyzeScan). */
const TRIGGER_PATTERNS = triggerPatterns();
const CUT = TRIGGER_PATTERNS.length;
const ELLIPTIC = CUT + 1;
const COUNT = CUT + 2;
/** Built on first use: reading the patterns and compiling them costs some milliseconds, not for the extension's start. */
let wordPatterns: WordPatterns | undefined;

export interface AnalyseOptions {
  published?: string;
  outlet?: string;
}

/** Analyses one article. `detections` offsets are code points; so are the results. */
export function analyseDocument(file: string, text: string, detections: Detections, options: AnalyseOptions = {}): DocumentAnalysis {
  const idx = new TextIndex(text);
  const u = (cp: number) => idx.toUtf16(cp);
  const cp = (x: number) => idx.toCodePoint(x);
  const sentences = splitSentences(text);
  // Triggers, clause cuts, elliptic ordinals and count candidates: one walk over the words of the text.
  const words = (wordPatterns ??= new WordPatterns([...TRIGGER_PATTERNS, CLAUSE_CUT, ELLIPTIC_ORDINAL, COUNT_RE]));
  const starts = words.candidates(text);
  const triggers = triggersFrom(text, TRIGGER_PATTERNS.map((_, k) => words.matchesIn(k, text, starts[k])));
  addEllipticOrdinals(words.matchesIn(ELLIPTIC, text, starts[ELLIPTIC]), sentences, triggers);
  triggers.sort((a, b) => a.start - b.start);

  const cuts = words.matchesIn(CUT, text, starts[CUT]).map((m) => m.index);
  const commas: number[] = [];
  for (let i = text.indexOf(','); i >= 0; i = text.indexOf(',', i + 1)) commas.push(i);

  // Each list is sorted and its spans are disjoint (triggersFrom, addEllipticOrdinals): ends ascend with starts.
  const bySentence = new Map<number, TriggerMatch[]>();
  for (const t of triggers) {
    const si = sentenceAt(sentences, t.start);
    (bySentence.get(si) ?? bySentence.set(si, []).get(si)!).push(t);
  }

  // One snippet per sentence, however many mentions it holds.
  const snippets: string[] = [];
  const snippetOf = (si: number) => (snippets[si] ??= snippet(text, sentences[si]));

  const mentions: MentionAnalysis[] = [];
  const mentionOf = new Map<TriggerMatch, MentionAnalysis>();
  for (const t of triggers) {
    const si = sentenceAt(sentences, t.start);
    const sent = sentences[si];
    const before = text.slice(Math.max(sent.start, t.start - 40), t.start);
    const ordMatch = ORDINAL_BEFORE.exec(before);
    const m: MentionAnalysis = {
      file,
      index: mentions.length,
      start: cp(t.start),
      end: cp(t.end),
      text: t.text,
      kind: t.kind,
      family: familyOf(t.kind),
      sentence: si,
      snippet: snippetOf(si),
      persons: [],
      parties: [],
      durations: [],
      counts: [],
      verb: t.verb,
      another: ANOTHER_EVENT.test(text.slice(Math.max(sent.start, t.start - 30), Math.min(sent.end, t.end + 30))),
      indefinite: INDEFINITE_BEFORE.test(before) && !ordMatch,
    };
    if (ordMatch) {
      const s = t.start - before.length + ordMatch.index;
      const word = ordMatch[1].toLowerCase();
      m.ordinal = { start: cp(s), end: cp(s + ordMatch[1].length), text: ordMatch[1], n: ORDINALS[word] ?? ORDINALS[word.replace(/s$/, '')] };
    } else if (/^(?:une|la|le|l'|l’|un|the|a) /i.test(t.text)) {
      const word = t.text.split(/\s+/).pop()!.toLowerCase();
      if (ORDINALS[word]) m.ordinal = { start: m.start, end: m.end, text: t.text, n: ORDINALS[word] };
    }
    mentions.push(m);
    mentionOf.set(t, m);
  }

  /** The trigger an item (date, place, person…) at [s, e) belongs to, by clause. Binary searches only. */
  const owner = (it: Item, maxBefore = 45): MentionAnalysis | undefined => {
    const si = sentenceAt(sentences, it.s);
    const list = bySentence.get(si);
    if (!list) return undefined;
    const sent = sentences[si];
    // The clause: from the last cut inside the sentence at or before the item to the first cut at or after it.
    let segStart = sent.start;
    const cutBefore = firstAtLeast(cuts, Math.min(it.s, sent.end - 1) + 1) - 1;
    if (cutBefore >= 0 && cuts[cutBefore] > sent.start) segStart = cuts[cutBefore];
    let segEnd = sent.end;
    const cutAfter = firstAtLeast(cuts, it.e);
    if (cutAfter < cuts.length && cuts[cutAfter] < sent.end) segEnd = cuts[cutAfter];
    // "quatre heures de discussion", "une heure et demie de discussions au téléphone"
    const of = OF_AFTER.exec(text.slice(it.e, it.e + 30));
    const firstFrom = firstIndex(0, list.length, (k) => list[k].start >= it.e);
    if (of && firstFrom < list.length && list[firstFrom].start <= it.e + of[0].length) return mentionOf.get(list[firstFrom]);
    // The clause's triggers are list[lo, hi); the last one ending before the item wins, else the first after it.
    const lo = firstIndex(0, list.length, (k) => list[k].start >= segStart);
    const hi = firstIndex(lo, list.length, (k) => list[k].end > segEnd);
    const prev = Math.min(hi, firstIndex(0, list.length, (k) => list[k].end > it.s)) - 1;
    if (prev >= lo) return mentionOf.get(list[prev]);
    const nextIndex = Math.max(lo, firstFrom);
    if (nextIndex >= hi) return undefined;
    const next = list[nextIndex];
    if (next.start - it.e <= maxBefore) return mentionOf.get(next);
    // An item before its trigger: only close by, or a sentence-opening adverbial ("À Riyad, les pourparlers…").
    const opening = !anyInRange(commas, sent.start, it.s) && anyInRange(commas, it.e, next.start);
    return opening ? mentionOf.get(next) : undefined;
  };

  // Dates and times.
  for (const d of detections.dates) {
    const c = dateConstraint(d);
    if (!c) continue;
    // The publication header ("date 2025-02") dates the article, not an event.
    if (detections.published?.source === 'header' && d.value === detections.published.value && sentenceAt(sentences, u(d.start)) === 0 && /^\s*(?:date\s*:?\s*)?$/i.test(text.slice(0, u(d.start)))) continue;
    if (detections.published?.source === 'header' && d.start < 30 && d.value === detections.published.value) continue;
    // "a déclaré mercredi", "said on Tuesday": the date of the statement, not of the event.
    if (SPEECH_BEFORE.test(text.slice(Math.max(0, u(d.start) - 40), u(d.start)))) continue;
    const m = owner({ s: u(d.start), e: u(d.end) });
    if (!m) continue;
    if (!m.date || better(c, m.date)) m.date = c;
  }

  // Venues.
  const places = findPlaces(text, idx);
  for (const p of places) {
    const s = u(p.start);
    const e = u(p.end);
    const before = text.slice(Math.max(0, s - 40), s);
    const prep = VENUE_BEFORE.exec(before);
    if (!prep || TOPIC_BEFORE.test(before) || TOPIC_NEAR.test(before)) continue;
    const m = owner({ s, e });
    if (!m) continue;
    if (s > u(m.end) && s - u(m.end) > 160) continue;
    const weakPrep = /^(?:d'|d’|de|du|of)$/i.test(prep[1]);
    if (weakPrep && (p.kind !== 'city' || s - u(m.end) > 25 || s < u(m.end))) continue;
    if (m.place && !(m.place.kind !== 'city' && p.kind === 'city' && placeInfo(p.id)?.country === m.place.id)) continue;
    const info = placeInfo(p.id);
    m.place = { id: p.id, text: p.text, start: p.start, end: p.end, kind: p.kind, confidence: p.confidence, ...(info?.country ? { country: info.country } : {}) };
  }

  // Participants: people, demonyms and countries after "entre"/"between"/"avec"/"with".
  const saysThat = thatBetween(text);
  for (const pm of detections.people) {
    const m = owner({ s: u(pm.start), e: u(pm.end) }, 200);
    // "Peskov a dit que Trump et Poutine se rencontreraient": the speaker is not a participant.
    if (m && u(pm.end) <= u(m.start) && saysThat(u(pm.end), u(m.start))) continue;
    if (m && !m.persons.includes(pm.id)) m.persons.push(pm.id);
  }
  // Demonyms, by word; a hyphenated word ("russo-américain") names each of its parts.
  const demonymFilter = demonymStarts === undefined ? (demonymStarts = firstLettersOfDemonyms()) : demonymStarts;
  let wordStart = 0;
  let wordEnd = 0;
  let ids: string[] = [];
  const addParties = () => {
    const m = ids.length ? owner({ s: wordStart, e: wordEnd }, 200) : undefined;
    if (m) for (const id of ids) if (!m.parties.includes(id)) m.parties.push(id);
    ids = [];
  };
  forEachLetterRun(text, (s, e, joined) => {
    if (!joined) {
      if (ids.length) addParties();
      wordStart = s;
    }
    wordEnd = e;
    const id = !demonymFilter || demonymFilter.mayStart(text, s, e) ? demonymCountry(text.slice(s, e)) : undefined;
    if (id) ids.push(id);
  });
  if (ids.length) addParties();
  for (const p of places) {
    if (p.kind !== 'country') continue;
    const s = u(p.start);
    const before = text.slice(Math.max(0, s - 60), s);
    if (!BETWEEN_BEFORE.test(before)) continue;
    const m = owner({ s, e: u(p.end) }, 200);
    if (m && !m.parties.includes(p.id)) m.parties.push(p.id);
  }

  // A sentence with no trigger whose subject is a pronoun ("Elles ont duré six heures", "They left 30 dead")
  // goes on about the event named last in the sentence or the one before it.
  const pronounSentences: number[] = [];
  const carriedBy = new Map<number, MentionAnalysis>();
  for (let si = 1; si < sentences.length && mentions.length; si++) {
    if (bySentence.has(si) || !PRONOUN_SUBJECT.test(text.slice(sentences[si].start, sentences[si].start + 40))) continue;
    const prev = bySentence.get(si - 1);
    if (!prev) continue;
    pronounSentences.push(si);
    carriedBy.set(si, mentionOf.get(prev[prev.length - 1])!);
  }
  const carried = (at: number) => (carriedBy.size ? carriedBy.get(sentenceAt(sentences, at)) : undefined);
  /** The attribution of the sentence at `at` ("selon l'agence TASS", "according to police"), kept on the mention. */
  const noteSource = (m: MentionAnalysis, at: number) => {
    const sent = sentences[sentenceAt(sentences, at)];
    const src = attributionIn(text.slice(sent.start, sent.end));
    if (!src) return;
    const span = { start: cp(sent.start), end: cp(sent.end), source: src };
    if (!m.sources?.some((x) => x.start === span.start)) (m.sources ??= []).push(span);
  };

  // Durations: only lengths an event can have (up to a week), in the mention's clause.
  for (const d of detections.durations) {
    if (d.minutes > 7 * 1440 || d.minutes <= 0) continue;
    const s = u(d.start);
    const e = u(d.end);
    const m = owner({ s, e }) ?? carried(s);
    if (m) {
      m.durations.push(d);
      noteSource(m, s);
    }
  }

  // Counts in each mention's sentence clause.
  let dateSpans: OverlapIndex | undefined;
  let durationSpans: OverlapIndex | undefined;
  for (const si of [...bySentence.keys(), ...pronounSentences]) {
    const sent = sentences[si];
    for (const c of findCounts(text, sent.start, sent.end, idx, words.matchesIn(COUNT, text, starts[COUNT], sent.start, sent.end))) {
      dateSpans ??= new OverlapIndex(detections.dates);
      durationSpans ??= new OverlapIndex(detections.durations);
      if (dateSpans.overlaps(c.start, c.end) || durationSpans.overlaps(c.start, c.end)) continue;
      // owner() answers with a mention of this sentence's own triggers, the only ones a count here may go to.
      // "Il a fait 30 morts.": the count's own noun is the sentence's only trigger, and the count is its.
      const own = bySentence.get(si)?.find((t) => t.start >= u(c.start) && t.end <= u(c.end));
      const near = owner({ s: u(c.start), e: u(c.end) }) ?? (own && mentionOf.get(own)) ?? carried(u(c.start));
      // "30 people were killed": the toll of the quake, crash or attack the article reports, not an event of its own.
      const m = near && (c.noun === 'dead' || c.noun === 'injured') && near.kind === 'death' ? causeOf(mentions, near) : near;
      if (m) {
        m.counts.push(c);
        noteSource(m, u(c.start));
      }
    }
  }

  // Anaphora: a noun mention without date or place ("la réunion", "ces pourparlers", "the talks") may refer
  // back to an anchored mention of the same kind in the same or the previous three sentences. All such
  // candidates are kept (nearest first); grouping picks the one whose event this article is mostly about.
  const anchoredByGroup = new Map<string, number[]>();
  for (const m of mentions) {
    if (!(m.date || m.place)) continue;
    const g = anaphoraGroup(m.kind);
    (anchoredByGroup.get(g) ?? anchoredByGroup.set(g, []).get(g)!).push(m.index);
  }
  let realBefore: Int32Array | undefined;
  for (const m of mentions) {
    if (m.date || m.place || m.another || m.indefinite || t0(m).verb) continue;
    const anchored = anchoredByGroup.get(anaphoraGroup(m.kind));
    if (!anchored) continue;
    realBefore ??= countRealSentences(text, sentences);
    const cands = antecedentsOf(m, anchored, mentions, realBefore);
    if (cands.length) {
      m.antecedents = cands;
      m.antecedent = cands[0];
    }
  }

  // Quotes: the nearest event mention (inside the quote's sentence or the two before).
  const quoteTargets = mentions.filter((m) => m.date || m.place || m.antecedent !== undefined);
  const quotes: QuoteAnalysis[] = detections.quotes.map((q) => {
    const si = sentenceAt(sentences, u(q.start));
    const k = firstIndex(0, quoteTargets.length, (i) => quoteTargets[i].sentence > si) - 1;
    const best = k >= 0 && si - quoteTargets[k].sentence <= 2 ? quoteTargets[k] : undefined;
    return { ...q, file, ...(best ? { mention: best.index } : {}) };
  });

  const published = options.published ?? detections.published?.value;
  const outlet = options.outlet ?? guessOutlet(text);
  return {
    file,
    text,
    ...(published ? { published } : {}),
    ...(outlet ? { outlet } : {}),
    language: detections.language,
    detections,
    mentions,
    quotes,
    people: detections.people,
    ...(detections.authors ? { authors: detections.authors } : {}),
  };
}

/** Kinds whose toll an article gives: the dead and injured of a sentence belong to them. */
const CAUSES = new Set<string>(['earthquake', 'flood', 'storm', 'accident', 'fire', 'explosion', 'attack', 'conflict']);

/** The event whose toll a death mention gives: the nearest cause named before it, else the first after, else itself. */
function causeOf(mentions: readonly MentionAnalysis[], m: MentionAnalysis): MentionAnalysis {
  for (let i = m.index - 1; i >= 0; i--) if (CAUSES.has(mentions[i].kind)) return mentions[i];
  return mentions.find((x) => CAUSES.has(x.kind)) ?? m;
}

/**
 * The sentence on one line, cut at 240 characters: `text.slice(start, end).replace(/\s+/g, ' ').slice(0, 240)`,
 * reading no more of a long sentence than those 240 characters need. Collapsing the spaces of a prefix gives
 * a prefix of the collapsed sentence (a run of spaces cut short still collapses to one space); a prefix with
 * single spaces only is its own collapse.
 */
function snippet(text: string, s: SentenceRange): string {
  const head = Math.min(s.end, s.start + 240);
  let single = true;
  for (let i = s.start, space = false; i < head && single; i++) {
    const c = text.charCodeAt(i);
    const ws = isSpaceUnit(c);
    if (ws && (c !== 32 || space)) single = false;
    space = ws;
  }
  if (single) return text.slice(s.start, head);
  for (let length = 256; ; length *= 2) {
    const end = Math.min(s.end, s.start + length);
    const line = text.slice(s.start, end).replace(/\s+/g, ' ');
    if (line.length >= 240 || end === s.end) return line.slice(0, 240);
  }
}

/**
 * realBefore[i]: how many of sentences 0..i are real sentences, of four words or more. Captions and credits
 * ("Keystone", "Image: Anadolu") do not count. Reads at most three spaces of each sentence.
 */
function countRealSentences(text: string, sentences: readonly SentenceRange[]): Int32Array {
  const out = new Int32Array(sentences.length);
  let n = 0;
  for (let i = 0; i < sentences.length; i++) {
    // Sentences are trimmed: k runs of white space inside make k + 1 words.
    let runs = 0;
    for (let j = sentences[i].start, space = false, end = sentences[i].end; j < end && runs < 3; j++) {
      const ws = isSpaceUnit(text.charCodeAt(j));
      if (ws && !space) runs++;
      space = ws;
    }
    if (runs >= 3) n++;
    out[i] = n;
  }
  return out;
}

const THAT = /(?<![\p{L}])(?:que|qu'|qu’|that)(?![\p{L}])/iu;
const THAT_ALL = new RegExp(THAT.source, 'giu');
const THAT_AT_START = /^(?:que|qu'|qu’|that)(?![\p{L}])/iu;
const THAT_AT_END = /(?<![\p{L}])(?:que|qu'|qu’|that)$/iu;

/**
 * `(a, b) => THAT.test(text.slice(a, b))` (a and b not inside a surrogate pair), without reading a long gap
 * once per call: a long gap is answered from the text's matches, found once, and the gap's two ends, where a
 * match in the slice may be no match in the text (a letter just outside the slice).
 */
function thatBetween(text: string): (a: number, b: number) => boolean {
  let starts: number[] | undefined;
  let ends: number[] = [];
  return (a, b) => {
    if (b - a <= 512) return THAT.test(text.slice(a, b));
    if (!starts) {
      starts = [];
      ends = [];
      for (const m of text.matchAll(THAT_ALL)) {
        starts.push(m.index);
        ends.push(m.index + m[0].length);
      }
    }
    // Matches never overlap, so the first one after `a` is the one that may end before `b`.
    const i = firstAtLeast(starts, a + 1);
    if (i < starts.length && ends[i] < b) return true;
    return THAT_AT_START.test(text.slice(a, Math.min(b, a + 6))) || THAT_AT_END.test(text.slice(Math.max(a, b - 6), b));
  };
}

function t0(m: MentionAnalysis): { verb: boolean } {
  return m;
}

/** Anaphora stays within a kind: a summit is not "the talks", a visit is not "the meeting". */
function anaphoraGroup(k: EventKind): string {
  return k === 'meeting' ? 'talks' : k;
}

/** A day beats candidates, candidates beat a month, a month beats a weekday alone. */
function better(a: DateConstraint, b: DateConstraint): boolean {
  const rank = (c: DateConstraint) => (c.day ? 4 : c.candidates ? 3 : c.monthDay ? 2 : c.approx ? 1 : 0);
  return rank(a) > rank(b);
}

/**
 * "après une première le 18 février": an ordinal standing for the event named just before it. `triggers` is
 * sorted and disjoint (findTriggers); the ordinals are appended after it, in text order, none overlapping.
 */
function addEllipticOrdinals(ordinals: readonly RegExpExecArray[], sentences: SentenceRange[], triggers: TriggerMatch[]): void {
  const found = triggers.length;
  for (const m of ordinals) {
    const si = sentenceAt(sentences, m.index);
    const sent = sentences[si];
    const end = m.index + m[0].length;
    // The trigger named last before it in the sentence: an ordinal just added, or a found trigger.
    const firstAfter = firstIndex(0, found, (i) => triggers[i].end > m.index);
    const added = triggers.length > found ? triggers[triggers.length - 1] : undefined;
    const prev = added && added.start >= sent.start ? added : firstAfter > 0 && triggers[firstAfter - 1].start >= sent.start ? triggers[firstAfter - 1] : undefined;
    if (!prev) continue;
    if (firstAfter < found && triggers[firstAfter].start < end) continue;
    triggers.push({ start: m.index, end, text: m[0], kind: prev.kind, verb: false });
  }
}
