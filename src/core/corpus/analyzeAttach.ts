/**
 * What attaches to an event mention by clause: the date, the venue, the participants (people, demonyms,
 * countries after "entre"/"between"), durations and counts with their source. Works on UTF-16 offsets over
 * an `ArticleScan`; what it stores on the mentions is in code points.
 */
import type { Detections, PersonMention } from '../model';
import { cuePlaceHolds, personWords } from './placeEvidence';
import { NUMBER_WORDS } from '../detect/numbers';

const NUMBER_WORD_SET: ReadonlySet<string> = new Set(NUMBER_WORDS);
import type { TextIndex } from '../text/offsets';
import { countryOfDemonym, demonymPatterns, findPlaces, foldPlaceName, placeInfo, type PlaceSpan } from '../lexicon/places';
import { sentenceAt, type SentenceRange } from './sentences';
import { FirstLetters, type LetterRuns } from './analyzeWords';
import { attributionIn, PRONOUN_SUBJECT } from './claimWords';
import { wordPrefixes } from './analyzeScan';
import { anyInRange, firstAtLeast, firstIndex, OverlapIndex } from './analyzeLookup';
import { better, dateConstraint } from './analyzeDates';
import { ABOARD_NOUN, causeOf, findCounts, RESPONDER_NOUNS, TOLL_CAUSES, TOLL_NOUNS, nearestOfKind } from './analyzeCounts';
import { thatBetween } from './analyzeText';
import type { MentionAnalysis } from './analysisTypes';
import type { TriggerMatch } from './triggers';

/** One article as the attach steps read it. UTF-16 offsets. */
export interface ArticleScan {
  text: string;
  idx: TextIndex;
  sentences: SentenceRange[];
  /** Each sentence's triggers, sorted and disjoint (so ends ascend with starts). */
  bySentence: Map<number, TriggerMatch[]>;
  mentionOf: Map<TriggerMatch, MentionAnalysis>;
  mentions: MentionAnalysis[];
  /** Offsets of the clause cuts (CLAUSE_CUT matches), ascending. */
  cuts: number[];
  /** Offsets of the commas, ascending. */
  commas: number[];
  /** The text's letter runs (walked once for the article, see analyzeWords.ts). */
  runs: () => LetterRuns;
}

interface Item {
  s: number; // UTF-16
  e: number;
}

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

const VENUE_BEFORE = /(?:^|[\s'’(])(à|a|au|aux|en|in|at|dans|near|près de|pres de|outside|d'|d’|de|du|of)\s*$/iu;
/**
 * A part of a country or region as the venue: "dans l'est de la Turquie", "dans le nord du Chili", "in the north
 * of Chile", "in northern Chile", "dans le sud-ouest du pays de X" aside. The place is the event's, as after "en".
 */
const REGION_OF_BEFORE =
  /(?:^|[\s'’(,])(?:dans|in)\s+(?:le|l['’]|la|the)?\s*(?:extrême[\s-])?(?:nord|sud|est|ouest|centre|north|south|east|west|centre|center)(?:[\s-](?:est|ouest|east|west))?\s+(?:de\s+la|de\s+l['’]|du|des|de|d['’]|of(?:\s+the)?)\s*$|(?:^|[\s'’(,])in\s+(?:north|south|east|west|central)(?:ern|-?eastern|-?western)?\s+$/iu;
const TOPIC_BEFORE =
  /(?:guerre|conflit|crise|offensive|invasion|paix|situation|sécurité|securite|war|conflict|crisis|peace|security|ambassadeur|ambassade|ambassador|embassy|consulat|consul|consulate|missions?)\s+(?:\p{L}+\s+)?(?:en|au|aux|à|in|de|d'|d’|du|of|to)\s*$/iu;

/** "Un incendie s'est déclaré lundi": a fire or an epidemic that broke out, no statement (see SPEECH_BEFORE). */
const BROKE_OUT_BEFORE = /(?<![\p{L}])(?:s['’]est|se sont|s['’]était|s['’]étaient)\s+d[ée]clar[ée]e?s?\s+$/iu;
const SPEECH_BEFORE =
  /(?<![\p{L}])(?:d[ée]clar[ée]|dit|affirm[ée]|r[ée]affirm[ée]|annonc[ée]|indiqu[ée]|pr[ée]cis[ée]|soulign[ée]|expliqu[ée]|estim[ée]|confirm[ée]|assur[ée]|ajout[ée]|d[ée]clarait|said|told|announced|stated|added|confirmed|insisted|warned)(?:\s+(?:on|ce|dans la (?:soir[ée]e|journ[ée]e|matin[ée]e) de))?\s+$/iu;
const TOPIC_NEAR =
  /(?:ambassades?|embassy|embassies|consulats?|consulates?|ambassadeurs?|ambassadors?|diplomates|diplomats|repr[ée]sentants|representatives|homologues|counterparts|troupes|troops|forces|soldats|soldiers|citoyens|citizens|guerre|war|conflit|conflict)(?:\s+(?:des|de|du|d'|d’|of|the|deux|two|both|leurs?|their|nos|our|pays|countries|respectives?|respective|russes?|am[ée]ricaine?s?|russian|american))*\s+(?:à|a|au|aux|en|in|at|dans)\s*$/iu;
const PLACE_NOUN_BEFORE =
  /(?:^|[\s'’])(?:ville|village|localit[ée]|commune|province|r[ée]gion|d[ée]partement|district|pr[ée]fecture|[îi]le|port|city|town|province|region|district|county|state|island|port|tribunal(?:\s+(?:correctionnel|judiciaire|administratif|de grande instance))?|cour d['’](?:appel|assises)|palais de justice|a[ée]roport)\s+(?:de|d'|d’|du|of)\s*$/iu;
const OF_AFTER = /^\s*(?:de |d'|d’|of )(?:[\p{L}-]+ )?/iu;
const BETWEEN_BEFORE = /(?:entre|between|avec|with)\s+(?:[\p{L}'’ -]{0,40})$/iu;

/** The mention an item (date, place, person…) at [s, e) belongs to, by clause. Binary searches only. */
export function clauseOwner(scan: ArticleScan, it: Item, maxBefore = 45): MentionAnalysis | undefined {
  const { text, sentences, cuts, commas, mentionOf } = scan;
  const si = sentenceAt(sentences, it.s);
  const list = scan.bySentence.get(si);
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
  const prev =
    Math.min(
      hi,
      firstIndex(0, list.length, (k) => list[k].end > it.s),
    ) - 1;
  if (prev >= lo) return mentionOf.get(list[prev]);
  const nextIndex = Math.max(lo, firstFrom);
  if (nextIndex >= hi) return undefined;
  const next = list[nextIndex];
  if (next.start - it.e <= maxBefore) return mentionOf.get(next);
  // An item before its trigger: only close by, or a sentence-opening adverbial ("À Riyad, les pourparlers…").
  const opening = !anyInRange(commas, sent.start, it.s) && anyInRange(commas, it.e, next.start);
  return opening ? mentionOf.get(next) : undefined;
}

/** Each mention's date: the best-known date of its clause, but not the day a statement about it was made. */
export function attachDates(scan: ArticleScan, detections: Detections): void {
  const { text, sentences } = scan;
  const u = (cp: number) => scan.idx.toUtf16(cp);
  for (const d of detections.dates) {
    const c = dateConstraint(d);
    if (!c) continue;
    // The publication header ("date 2025-02") dates the article, not an event.
    if (
      detections.published?.source === 'header' &&
      d.value === detections.published.value &&
      sentenceAt(sentences, u(d.start)) === 0 &&
      /^\s*(?:date\s*:?\s*)?$/i.test(text.slice(0, u(d.start)))
    )
      continue;
    if (detections.published?.source === 'header' && d.start < 30 && d.value === detections.published.value) continue;
    // "a déclaré mercredi", "said on Tuesday": the date of the statement, not of the event.
    const before = text.slice(Math.max(0, u(d.start) - 40), u(d.start));
    if (SPEECH_BEFORE.test(before) && !BROKE_OUT_BEFORE.test(before)) continue;
    // "Monday's collision", "Tuesday's quake": the event's own date, whatever else its clause says ("rose to 52 on Tuesday").
    const possessed = possessedBy(scan, d.end);
    const m = possessed ?? clauseOwner(scan, { s: u(d.start), e: u(d.end) });
    if (!m) continue;
    // "les rescapés du séisme de mardi", "the quake of Tuesday": the event's own date, whatever day opens the clause.
    const own = !!possessed || (d.start >= m.end && OWN_DATE_BETWEEN.test(text.slice(u(m.end), u(d.start))) && !better(m.date ?? c, c));
    if (!m.date || better(c, m.date) || own) m.date = c;
  }
}
/** Between a date and the event it owns: "'s", and up to two words ("Monday's train collision"). */
const POSSESSIVE_BETWEEN = /^['’]s\s+(?:[\p{L}-]+\s+){0,2}$/u;

/** The event word a date ending at `end` (code points) is the possessive of ("Monday's collision"), if any. */
function possessedBy(scan: ArticleScan, end: number): MentionAnalysis | undefined {
  const { text, idx } = scan;
  const e = idx.toUtf16(end);
  if (text.charCodeAt(e) !== 39 && text.charCodeAt(e) !== 0x2019) return undefined;
  let next: MentionAnalysis | undefined;
  for (const m of scan.mentions) if (!m.support && m.start >= end && (!next || m.start < next.start)) next = m;
  return next && POSSESSIVE_BETWEEN.test(text.slice(e, idx.toUtf16(next.start))) ? next : undefined;
}

/** Between an event word and its own date: "de", "du", "d'", "of" ("le séisme de mardi"). */
const OWN_DATE_BETWEEN = /^\s+(?:de|du|d['’]|of)\s+(?:ce\s+|this\s+|last\s+)?$|^\s+(?:de|du|d['’]|of)\s*$/iu;

/**
 * Each mention's venue ("à Riyad", "in Istanbul"); returns every place of the text, for the parties. A place
 * the gazetteer does not know counts only with the evidence `cuePlaceHolds` asks for.
 */
export function attachPlaces(scan: ArticleScan, people: readonly PersonMention[] = []): PlaceSpan[] {
  const { text, idx } = scan;
  let names: Set<string> | undefined;
  const places = findPlaces(text, idx).filter((p) => p.confidence >= 1 || cuePlaceHolds(text, p, idx.toUtf16(p.start), (names ??= personWords(people))));
  /** Places only a cue found, and the known place the article gives them in ("près de X, dans le nord de la Grèce"). */
  let known: Map<string, PlaceSpan> | undefined;
  for (const p of places) {
    const s = idx.toUtf16(p.start);
    const e = idx.toUtf16(p.end);
    const before = text.slice(Math.max(0, s - 40), s);
    const region = REGION_OF_BEFORE.test(before);
    const prep = region ? null : VENUE_BEFORE.exec(before);
    if ((!prep && !region) || TOPIC_BEFORE.test(before) || TOPIC_NEAR.test(before)) continue;
    const m = clauseOwner(scan, { s, e });
    if (!m) continue;
    const mEnd = idx.toUtf16(m.end);
    if (s > mEnd && s - mEnd > 160) continue;
    // "de" and "of" place a city right after its event ("le séisme de Malatya"), or anything a place noun
    // announces ("la ville de", "le port de", "the province of", a court's or an airport's seat: "le tribunal
    // correctionnel de Rennes", "l'aéroport de Nice"; not a station, often named after another city: "la gare de Lyon").
    const weakPrep = prep !== null && /^(?:d'|d’|de|du|of)$/i.test(prep[1]) && !PLACE_NOUN_BEFORE.test(before);
    if (weakPrep && (p.kind !== 'city' || s - mEnd > 25 || s < mEnd)) continue;
    // A city refines its country; a place the gazetteer knows replaces one only a cue found ("près de
    // Thessalonique, dans le nord de la Grèce": the country is known, the town is not).
    const refines = m.place && m.place.kind !== 'city' && p.kind === 'city' && placeInfo(p.id)?.country === m.place.id;
    if (m.place && !refines && !(m.place.confidence < 1 && p.confidence >= 1)) continue;
    if (m.place && !refines) (known ??= new Map()).set(m.place.id, p);
    m.place = venueOf(p);
  }
  // The same town named elsewhere in the article (its headline) is in that known place too.
  if (known) for (const m of scan.mentions) if (m.place && m.place.confidence < 1 && known.has(m.place.id)) m.place = venueOf(known.get(m.place.id)!);
  return places;
}

/** A mention's place from a place found in the text. */
function venueOf(p: PlaceSpan): NonNullable<MentionAnalysis['place']> {
  const info = placeInfo(p.id);
  return { id: p.id, text: p.text, start: p.start, end: p.end, kind: p.kind, confidence: p.confidence, ...(info?.country ? { country: info.country } : {}) };
}

/** Participants: people, demonyms, and countries after "entre"/"between"/"avec"/"with". */
export function attachParticipants(scan: ArticleScan, detections: Detections, places: readonly PlaceSpan[]): void {
  const { text } = scan;
  const u = (cp: number) => scan.idx.toUtf16(cp);
  const saysThat = thatBetween(text);
  for (const pm of detections.people) {
    // "Deux trains sont entrés en collision", "Two trains collided": a number word the verb's cue made a name.
    if (NUMBER_WORD_SET.has(pm.text.toLowerCase())) continue;
    const m = clauseOwner(scan, { s: u(pm.start), e: u(pm.end) }, 200);
    // "Peskov a dit que Trump et Poutine se rencontreraient": the speaker is not a participant.
    if (m && u(pm.end) <= u(m.start) && saysThat(u(pm.end), u(m.start))) continue;
    if (m && !m.persons.includes(pm.id)) m.persons.push(pm.id);
  }
  attachDemonyms(scan);
  for (const p of places) {
    if (p.kind !== 'country') continue;
    const s = u(p.start);
    const before = text.slice(Math.max(0, s - 60), s);
    if (!BETWEEN_BEFORE.test(before)) continue;
    const m = clauseOwner(scan, { s, e: u(p.end) }, 200);
    if (m && takesParties(m) && !m.parties.includes(p.id)) m.parties.push(p.id);
  }
}

/**
 * Kinds no country takes part in: in "l'agence turque", "la police italienne" the people says whose agency or
 * police reports the quake or the crash, which has victims and a place, no parties.
 */
const PARTYLESS: ReadonlySet<string> = new Set([
  'earthquake',
  'flood',
  'storm',
  'accident',
  'fire',
  'explosion',
  'death',
  'injury',
  'outage',
  'robbery',
  'escape',
  'arrest',
  'trial',
  'verdict',
  'investigation',
]);

function takesParties(m: MentionAnalysis): boolean {
  return !PARTYLESS.has(m.kind);
}

/** Demonyms, by word; a hyphenated word ("russo-américain") names each of its parts. */
function attachDemonyms(scan: ArticleScan): void {
  const { text } = scan;
  const demonymFilter = demonymStarts === undefined ? (demonymStarts = firstLettersOfDemonyms()) : demonymStarts;
  let wordStart = 0;
  let wordEnd = 0;
  let ids: string[] = [];
  const addParties = () => {
    const m = ids.length ? clauseOwner(scan, { s: wordStart, e: wordEnd }, 200) : undefined;
    if (m && takesParties(m)) for (const id of ids) if (!m.parties.includes(id)) m.parties.push(id);
    ids = [];
  };
  scan.runs().forEach((s, e, joined) => {
    if (!joined) {
      if (ids.length) addParties();
      wordStart = s;
    }
    wordEnd = e;
    const id = !demonymFilter || demonymFilter.mayStart(text, s, e) ? demonymCountry(text.slice(s, e)) : undefined;
    if (id) ids.push(id);
  });
  if (ids.length) addParties();
}

/**
 * Durations and counts, in the mention's clause or in a following sentence whose subject is a pronoun
 * ("Elles ont duré six heures", "They left 30 dead"), with the attribution of their sentence.
 * `countMatches(from, to)`: the count candidates (COUNT_RE matches) in a UTF-16 range.
 */
export function attachFigures(scan: ArticleScan, detections: Detections, countMatches: (from: number, to: number) => readonly RegExpExecArray[]): void {
  const { text, sentences, idx } = scan;
  const u = (cp: number) => idx.toUtf16(cp);
  const { pronounSentences, carried } = pronounCarriers(scan);
  /** The attribution of the sentence at `at` ("selon l'agence TASS", "according to police"), kept on the mention. */
  // Per sentence, read once however many figures it holds (null: none).
  const attributions: Array<string | null> = [];
  const noteSource = (m: MentionAnalysis, at: number) => {
    const si = sentenceAt(sentences, at);
    const sent = sentences[si];
    let src = attributions[si];
    if (src === undefined) attributions[si] = src = attributionIn(text.slice(sent.start, sent.end)) ?? null;
    if (!src) return;
    const span = { start: idx.toCodePoint(sent.start), end: idx.toCodePoint(sent.end), source: src };
    if (!m.sources?.some((x) => x.start === span.start)) (m.sources ??= []).push(span);
  };

  // Durations: only lengths an event can have (up to a week), in the mention's clause.
  for (const d of detections.durations) {
    if (d.minutes > 7 * 1440 || d.minutes <= 0) continue;
    const s = u(d.start);
    const m = clauseOwner(scan, { s, e: u(d.end) }) ?? carried(s);
    if (m) {
      m.durations.push(d);
      noteSource(m, s);
    }
  }

  // Counts in each mention's sentence clause.
  let dateSpans: OverlapIndex | undefined;
  let durationSpans: OverlapIndex | undefined;
  // In an article about a quake, a crash or a fire, a toll with no event word in its sentence ("Cinq personnes
  // sont portées disparues") is that event's toll too (nearestOfKind): every sentence is read.
  const tollArticle = scan.mentions.some((m) => TOLL_CAUSES.has(m.kind));
  for (const si of tollArticle ? sentences.keys() : [...scan.bySentence.keys(), ...pronounSentences]) {
    const sent = sentences[si];
    const loose = tollArticle && !scan.bySentence.has(si) && !pronounSentences.includes(si);
    for (const c of findCounts(text, sent.start, sent.end, idx, countMatches(sent.start, sent.end))) {
      if (loose && !TOLL_NOUNS.has(c.noun) && !RESPONDER_NOUNS.has(c.noun) && c.noun !== ABOARD_NOUN) continue;
      dateSpans ??= new OverlapIndex(detections.dates);
      durationSpans ??= new OverlapIndex(detections.durations);
      if (dateSpans.overlaps(c.start, c.end) || durationSpans.overlaps(c.start, c.end)) continue;
      // clauseOwner() answers with a mention of this sentence's own triggers, the only ones a count here may go to;
      // a toll or the firefighters sent, far from them in the clause, go to the article's disaster as in a sentence of their own.
      // "Il a fait 30 morts.": the count's own noun is the sentence's only trigger, and the count is its.
      const own = scan.bySentence.get(si)?.find((t) => t.start >= u(c.start) && t.end <= u(c.end));
      const near = loose
        ? nearestOfKind(scan.mentions, TOLL_CAUSES, c.start)
        : (clauseOwner(scan, { s: u(c.start), e: u(c.end) }) ??
          (own && scan.mentionOf.get(own)) ??
          carried(u(c.start)) ??
          (tollArticle && (TOLL_NOUNS.has(c.noun) || RESPONDER_NOUNS.has(c.noun)) ? nearestOfKind(scan.mentions, TOLL_CAUSES, c.start) : undefined));
      // "30 people were killed": the toll of the quake, crash or attack the article reports, not an event of its own.
      const m = near && (c.noun === 'dead' || c.noun === 'injured') && near.kind === 'death' ? causeOf(scan.mentions, near) : near;
      if (m) {
        m.counts.push(c);
        noteSource(m, u(c.start));
      }
    }
  }
}

/**
 * A sentence with no trigger whose subject is a pronoun ("Elles ont duré six heures", "They left 30 dead")
 * goes on about the event named last in the sentence before it.
 */
function pronounCarriers(scan: ArticleScan): { pronounSentences: number[]; carried: (at: number) => MentionAnalysis | undefined } {
  const { text, sentences, bySentence, mentionOf } = scan;
  const pronounSentences: number[] = [];
  const carriedBy = new Map<number, MentionAnalysis>();
  for (let si = 1; si < sentences.length && scan.mentions.length; si++) {
    if (bySentence.has(si) || !PRONOUN_SUBJECT.test(text.slice(sentences[si].start, sentences[si].start + 40))) continue;
    const prev = bySentence.get(si - 1);
    if (!prev) continue;
    pronounSentences.push(si);
    carriedBy.set(si, mentionOf.get(prev[prev.length - 1])!);
  }
  return { pronounSentences, carried: (at: number) => (carriedBy.size ? carriedBy.get(sentenceAt(sentences, at)) : undefined) };
}
