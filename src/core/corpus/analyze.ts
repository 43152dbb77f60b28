/**
 * Per-article analysis: event mentions with their date, place, participants, ordinal and the claims
 * made about them, and the quotes. Pure function of (file, text, detections): cached per document by
 * the corpus index, so an edit re-runs this for that article only.
 *
 * Internally works on UTF-16 offsets (regular expressions); everything it returns is in code points.
 */
import type { DateMention, Detections, DurationMention, PersonMention, QuoteMention } from '../model';
import { TextIndex } from '../text/offsets';
import { countryOfDemonym, findPlaces, placeInfo, type PlaceSpan } from '../lexicon/places';
import { splitSentences, sentenceAt, type SentenceRange } from './sentences';
import {
  ANOTHER_EVENT,
  CLAUSE_CUT,
  ELLIPTIC_ORDINAL,
  ORDINAL_BEFORE,
  ORDINALS,
  familyOf,
  findTriggers,
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
}

const WEEKDAYS: Record<string, number> = {
  dimanche: 0, lundi: 1, mardi: 2, mercredi: 3, jeudi: 4, vendredi: 5, samedi: 6,
  sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6,
};

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

/** The weekday named in a text ("ce jeudi matin" -> 4), if any. */
export function weekdayIn(text: string): number | undefined {
  const m = /(?<![\p{L}])(dimanche|lundi|mardi|mercredi|jeudi|vendredi|samedi|sunday|monday|tuesday|wednesday|thursday|friday|saturday)(?![\p{L}])/iu.exec(text);
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

/** Counts ("six diplomates", "plus de 100 morts") in a UTF-16 range of the text. */
function findCounts(text: string, from: number, to: number, idx: TextIndex): CountClaim[] {
  const out: CountClaim[] = [];
  const part = text.slice(from, to);
  for (const m of part.matchAll(COUNT_RE)) {
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
      noun: foldNoun(noun),
    });
  }
  return out;
}

/** The outlet a text credits ("(jah/afp)", "information fournie par Reuters", "(Reuters) -"). */
export function guessOutlet(text: string): string | undefined {
  const agencies = 'AFP|Reuters|AP|Associated Press|ATS|Keystone-ATS|DPA|ANSA|EFE|Belga|Anadolu|Interfax|TASS|Tass|RIA Novosti|Xinhua|Bloomberg';
  const credit = new RegExp(`\\((?:[\\p{L}]{2,5}\\s*(?:/|avec|with|and|et)\\s*)?(${agencies})\\)`, 'iu').exec(text.slice(-400));
  if (credit) return normaliseAgency(credit[1]);
  const byline = new RegExp(`(?:information fournie par|source\\s*:|par|by|\\()\\s*(${agencies})(?![\\p{L}])`, 'u').exec(text.slice(0, 400));
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
  const triggers = findTriggers(text);
  addEllipticOrdinals(text, sentences, triggers);
  triggers.sort((a, b) => a.start - b.start);

  const cuts: number[] = [];
  for (const m of text.matchAll(CLAUSE_CUT)) cuts.push(m.index);

  const bySentence = new Map<number, TriggerMatch[]>();
  for (const t of triggers) {
    const si = sentenceAt(sentences, t.start);
    (bySentence.get(si) ?? bySentence.set(si, []).get(si)!).push(t);
  }

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
      snippet: text.slice(sent.start, sent.end).replace(/\s+/g, ' ').slice(0, 240),
      persons: [],
      parties: [],
      durations: [],
      counts: [],
      verb: t.verb,
      another: ANOTHER_EVENT.test(text.slice(Math.max(sent.start, t.start - 30), Math.min(sent.end, t.end + 30))),
      indefinite: /(?:^|\s)(?:un|une|a|an|some|plusieurs|several|d'autres|other)\s+(?:[\p{L}-]+\s+)?$/iu.test(before) && !ordMatch,
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

  /** The trigger an item (date, place, person…) at [s, e) belongs to, by clause. */
  const owner = (it: Item, maxBefore = 45): MentionAnalysis | undefined => {
    const si = sentenceAt(sentences, it.s);
    const list = bySentence.get(si);
    if (!list) return undefined;
    const sent = sentences[si];
    let segStart = sent.start;
    let segEnd = sent.end;
    for (const c of cuts) {
      if (c <= it.s && c > segStart && c < sent.end) segStart = c;
      if (c >= it.e && c < segEnd) segEnd = c;
    }
    // "quatre heures de discussion", "une heure et demie de discussions au téléphone"
    const of = /^\s*(?:de |d'|d’|of )(?:[\p{L}-]+ )?/iu.exec(text.slice(it.e, it.e + 30));
    if (of) {
      const t = list.find((x) => x.start >= it.e && x.start <= it.e + of[0].length);
      if (t) return mentionOf.get(t);
    }
    const inSeg = list.filter((t) => t.start >= segStart && t.end <= segEnd);
    let prev: TriggerMatch | undefined;
    for (const t of inSeg) if (t.end <= it.s) prev = t;
    if (prev) return mentionOf.get(prev);
    const next = inSeg.find((t) => t.start >= it.e);
    if (!next) return undefined;
    // An item before its trigger: only close by, or a sentence-opening adverbial ("À Riyad, les pourparlers…").
    const gap = text.slice(it.e, next.start);
    const opening = !/[,]/.test(text.slice(sent.start, it.s)) && /,/.test(gap);
    if (next.start - it.e <= maxBefore || opening) return mentionOf.get(next);
    return undefined;
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
  const places = findPlaces(text);
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
  for (const pm of detections.people) {
    const m = owner({ s: u(pm.start), e: u(pm.end) }, 200);
    // "Peskov a dit que Trump et Poutine se rencontreraient": the speaker is not a participant.
    if (m && u(pm.end) <= u(m.start) && /(?<![\p{L}])(?:que|qu'|qu’|that)(?![\p{L}])/iu.test(text.slice(u(pm.end), u(m.start)))) continue;
    if (m && !m.persons.includes(pm.id)) m.persons.push(pm.id);
  }
  for (const w of text.matchAll(/[\p{L}]+(?:-[\p{L}]+)*/gu)) {
    const parts = w[0].split('-');
    const ids = parts.map(demonymCountry).filter((x): x is string => !!x);
    if (!ids.length) continue;
    const m = owner({ s: w.index, e: w.index + w[0].length }, 200);
    if (!m) continue;
    for (const id of ids) if (!m.parties.includes(id)) m.parties.push(id);
  }
  for (const p of places) {
    if (p.kind !== 'country') continue;
    const s = u(p.start);
    const before = text.slice(Math.max(0, s - 60), s);
    if (!/(?:entre|between|avec|with)\s+(?:[\p{L}'’ -]{0,40})$/iu.test(before)) continue;
    const m = owner({ s, e: u(p.end) }, 200);
    if (m && !m.parties.includes(p.id)) m.parties.push(p.id);
  }

  // Durations: only lengths an event can have (up to a week), in the mention's clause.
  for (const d of detections.durations) {
    if (d.minutes > 7 * 1440 || d.minutes <= 0) continue;
    const s = u(d.start);
    const e = u(d.end);
    const m = owner({ s, e });
    if (m) m.durations.push(d);
  }

  // Counts in each mention's sentence clause.
  for (const [si, list] of bySentence) {
    const sent = sentences[si];
    for (const c of findCounts(text, sent.start, sent.end, idx)) {
      if (detections.dates.some((d) => d.start < c.end && c.start < d.end) || detections.durations.some((d) => d.start < c.end && c.start < d.end)) continue;
      const m = owner({ s: u(c.start), e: u(c.end) });
      if (m && list.some((t) => mentionOf.get(t) === m)) m.counts.push(c);
    }
  }

  // Anaphora: a noun mention without date or place ("la réunion", "ces pourparlers", "the talks") may refer
  // back to an anchored mention of the same kind in the same or the previous three sentences. All such
  // candidates are kept (nearest first); grouping picks the one whose event this article is mostly about.
  for (const m of mentions) {
    if (m.date || m.place || m.another || m.indefinite || t0(m).verb) continue;
    const cands: number[] = [];
    for (let k = m.index - 1; k >= 0; k--) {
      const prev = mentions[k];
      if (realSentencesBetween(prev.sentence, m.sentence) > 3) break;
      if (anaphoraGroup(prev.kind) !== anaphoraGroup(m.kind)) continue;
      if (!(prev.date || prev.place)) continue;
      if (m.ordinal && prev.ordinal && m.ordinal.n !== prev.ordinal.n) continue;
      cands.push(prev.index);
    }
    if (cands.length) {
      m.antecedents = cands;
      m.antecedent = cands[0];
    }
  }

  function realSentencesBetween(a: number, b: number): number {
    // Captions and credits ("Keystone", "Image: Anadolu") do not count as sentences.
    let n = 0;
    for (let i = a + 1; i <= b; i++) if (text.slice(sentences[i].start, sentences[i].end).split(/\s+/).length >= 4) n++;
    return n;
  }

  // Quotes: the nearest event mention (inside the quote's sentence or the two before).
  const quotes: QuoteAnalysis[] = detections.quotes.map((q) => {
    const si = sentenceAt(sentences, u(q.start));
    let best: MentionAnalysis | undefined;
    for (const m of mentions) {
      if (m.sentence > si) break;
      if (si - m.sentence <= 2 && (m.date || m.place || m.antecedent !== undefined)) best = m;
    }
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

/** "après une première le 18 février": an ordinal standing for the event named just before it. */
function addEllipticOrdinals(text: string, sentences: SentenceRange[], triggers: TriggerMatch[]): void {
  ELLIPTIC_ORDINAL.lastIndex = 0;
  for (const m of text.matchAll(ELLIPTIC_ORDINAL)) {
    const si = sentenceAt(sentences, m.index);
    const sent = sentences[si];
    const prev = triggers.filter((t) => t.end <= m.index && t.start >= sent.start).pop();
    if (!prev) continue;
    if (triggers.some((t) => t.start < m.index + m[0].length && m.index < t.end)) continue;
    triggers.push({ start: m.index, end: m.index + m[0].length, text: m[0], kind: prev.kind, verb: false });
  }
}
