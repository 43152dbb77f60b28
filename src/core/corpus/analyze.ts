/**
 * Per-article analysis: event mentions with their date, place, participants, ordinal and the claims
 * made about them, and the quotes. Pure function of (file, text, detections): cached per document by
 * the corpus index, so an edit re-runs this for that article only.
 *
 * Internally works on UTF-16 offsets (regular expressions); everything it returns is in code points.
 * The pieces: triggers.ts (the words), analyzeAttach.ts (what attaches by clause), analyzeDates.ts,
 * analyzeCounts.ts, analyzeOutlet.ts, analyzeText.ts; the types in analysisTypes.ts.
 */
import type { Detections } from '../model';
import { TextIndex } from '../text/offsets';
import { splitSentences, sentenceAt, type SentenceRange } from './sentences';
import { WordPatterns } from './analyzeScan';
import { antecedentsOf, firstIndex } from './analyzeLookup';
import { attachDates, attachFigures, attachParticipants, attachPlaces, clauseOwner, type ArticleScan } from './analyzeAttach';
import { attachMeasures } from './analyzeMeasures';
import { COUNT_RE } from './analyzeCounts';
import { joinConsequences, joinFleeing } from './analyzeConsequences';
import { joinReportingVerbs } from './analyzeReporting';
import { joinVictoriesToVotes } from './analyzeVotes';
import { placeLeadFromHeadline } from './analyzeHeadline';
import { joinDealsToAcquisitions } from './analyzeDeals';
import { joinChargesToVerdicts } from './analyzeCharges';
import { joinTolls } from './analyzeTolls';
import { guessOutlet } from './analyzeOutlet';
import { countRealSentences, snippet } from './analyzeText';
import { addSupportMentions } from './analyzeSupport';
import { LetterRuns } from './analyzeWords';
import type { DocumentAnalysis, MentionAnalysis, QuoteAnalysis } from './analysisTypes';
import {
  ANOTHER_EVENT,
  CLAUSE_CUT,
  ELLIPTIC_ORDINAL,
  ORDINAL_BEFORE,
  ORDINALS,
  familyOf,
  triggerPatterns,
  triggersFrom,
  type EventKind,
  type TriggerMatch,
} from './triggers';

export type { CountClaim, DateConstraint, DocumentAnalysis, MentionAnalysis, OrdinalClaim, PlaceRef, QuoteAnalysis } from './analysisTypes';
export { dateConstraint, weekdayIn, weekdayOf } from './analyzeDates';
export { guessOutlet } from './analyzeOutlet';

const INDEFINITE_BEFORE = /(?:^|\s)(?:un|une|a|an|some|plusieurs|several|d'autres|other)\s+(?:[\p{L}-]+\s+)?$/iu;

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
  return analyseDocuments([{ file, text, detections, options }])[0];
}

/** One article of a batch for `analyseDocuments`. */
export interface AnalyseInput {
  file: string;
  text: string;
  detections: Detections;
  options?: AnalyseOptions;
}

/** An article's scan, between the steps of `analyseDocuments`. */
interface Scanned {
  scan: ArticleScan;
  starts: number[][];
  snippetOf: (sentence: number) => string;
}

/**
 * `analyseDocument` on every article, computed step by step over the batch: each step (word walk, mentions,
 * dates, places, participants, figures, measures, tolls, anaphora, quotes, support words) runs over every
 * article before the next starts, so its code and tables stay hot, as in `detectBatch`. Exactly the analyses
 * `analyseDocument` gives one by one; plain loops (closures per article cost more: bench/abAnalyseBatch.mjs).
 */
export function analyseDocuments(inputs: readonly AnalyseInput[]): DocumentAnalysis[] {
  const n = inputs.length;
  const words = (wordPatterns ??= new WordPatterns([...TRIGGER_PATTERNS, CLAUSE_CUT, ELLIPTIC_ORDINAL, COUNT_RE]));
  const done: Scanned[] = new Array(n);
  for (let i = 0; i < n; i++) done[i] = scanArticle(words, inputs[i].file, inputs[i].text);
  for (let i = 0; i < n; i++) attachDates(done[i].scan, inputs[i].detections);
  const places: Array<ReturnType<typeof attachPlaces>> = new Array(n);
  for (let i = 0; i < n; i++) places[i] = attachPlaces(done[i].scan, inputs[i].detections.people);
  for (let i = 0; i < n; i++) attachParticipants(done[i].scan, inputs[i].detections, places[i]);
  for (let i = 0; i < n; i++) {
    const { scan, starts } = done[i];
    attachFigures(scan, inputs[i].detections, (from, to) => words.matchesIn(COUNT, scan.text, starts[COUNT], from, to));
  }
  for (let i = 0; i < n; i++) {
    const scan = done[i].scan;
    attachMeasures(scan.text, scan.idx, scan.sentences, scan.mentions, (s, e) => clauseOwner(scan, { s, e }), inputs[i].detections.people);
  }
  for (let i = 0; i < n; i++) joinToTheirEvents(done[i].scan);
  const quotes: QuoteAnalysis[][] = new Array(n);
  for (let i = 0; i < n; i++) quotes[i] = quotesOf(inputs[i].file, done[i].scan, inputs[i].detections);
  // After the quotes: a supporting word is never what a quote is about, the mention it joins is.
  for (let i = 0; i < n; i++) {
    const { scan, snippetOf } = done[i];
    const { file, text, detections } = inputs[i];
    addSupportMentions({ file, text, idx: scan.idx, sentences: scan.sentences, language: detections.language, snippetOf, runs: scan.runs }, scan.mentions);
  }
  const out: DocumentAnalysis[] = new Array(n);
  for (let i = 0; i < n; i++) out[i] = documentAnalysis(inputs[i], done[i].scan.mentions, quotes[i]);
  return out;
}

/** Triggers, clause cuts, elliptic ordinals and count candidates (one walk over the words of the text), and the mentions. */
function scanArticle(words: WordPatterns, file: string, text: string): Scanned {
  const idx = new TextIndex(text);
  const sentences = splitSentences(text);
  const starts = words.candidates(text);
  const triggers = triggersFrom(
    text,
    TRIGGER_PATTERNS.map((_, k) => words.matchesIn(k, text, starts[k])),
  );
  addEllipticOrdinals(words.matchesIn(ELLIPTIC, text, starts[ELLIPTIC]), sentences, triggers);
  triggers.sort((a, b) => a.start - b.start);

  const cuts = words.matchesIn(CUT, text, starts[CUT]).map((m) => m.index);
  const commas: number[] = [];
  for (let i = text.indexOf(','); i >= 0; i = text.indexOf(',', i + 1)) commas.push(i);
  const { snippetOf, ...found } = mentionsOf(file, text, idx, sentences, triggers);
  let letterRuns: LetterRuns | undefined;
  const runs = () => (letterRuns ??= new LetterRuns(text));
  const scan: ArticleScan = { text, idx, sentences, cuts, commas, runs, ...found };
  return { scan, starts, snippetOf };
}

/**
 * The passes that join a kind of word to the event its article tells (a quake's landslides, a takeover's "deal",
 * a verdict's crime, a victory at the polls, "…, a annoncé la police", tolls, the headline's place), then anaphora.
 * Each reads and changes only this article's mentions, in this order.
 */
function joinToTheirEvents(scan: ArticleScan): void {
  const { text, idx, sentences, mentions } = scan;
  joinConsequences(mentions);
  joinFleeing(mentions);
  joinDealsToAcquisitions(mentions);
  joinChargesToVerdicts(text, idx, mentions);
  joinVictoriesToVotes(text, sentences, mentions);
  joinReportingVerbs(text, idx, sentences, mentions);
  joinTolls(text, idx, sentences, mentions);
  placeLeadFromHeadline(text, (u) => idx.toCodePoint(u), mentions);
  resolveAnaphora(text, sentences, mentions);
}

/** Quotes: the nearest event mention (inside the quote's sentence or the two before). */
function quotesOf(file: string, scan: ArticleScan, detections: Detections): QuoteAnalysis[] {
  const { idx, sentences, mentions } = scan;
  const quoteTargets = mentions.filter((m) => m.date || m.place || m.antecedent !== undefined);
  return detections.quotes.map((q) => {
    const si = sentenceAt(sentences, idx.toUtf16(q.start));
    const k = firstIndex(0, quoteTargets.length, (i) => quoteTargets[i].sentence > si) - 1;
    const best = k >= 0 && si - quoteTargets[k].sentence <= 2 ? quoteTargets[k] : undefined;
    // `{ ...q, file, mention }` made as a copy then set: a spread after the first leaves V8's fast clone.
    const out: QuoteAnalysis = { ...q, file };
    if (best) out.mention = best.index;
    return out;
  });
}

/** The analysis of an article, its steps done. */
function documentAnalysis(input: AnalyseInput, mentions: MentionAnalysis[], quotes: QuoteAnalysis[]): DocumentAnalysis {
  const { file, text, detections, options = {} } = input;
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

/** One mention per trigger (sorted, disjoint), with its ordinal and its new-or-again markers. */
function mentionsOf(
  file: string,
  text: string,
  idx: TextIndex,
  sentences: SentenceRange[],
  triggers: readonly TriggerMatch[],
): Pick<ArticleScan, 'bySentence' | 'mentionOf' | 'mentions'> & { snippetOf: (sentence: number) => string } {
  const cp = (x: number) => idx.toCodePoint(x);
  const bySentence = new Map<number, TriggerMatch[]>();
  // One snippet per sentence, however many mentions it holds.
  const snippets: string[] = [];
  const snippetOf = (si: number) => (snippets[si] ??= snippet(text, sentences[si]));
  const mentions: MentionAnalysis[] = [];
  const mentionOf = new Map<TriggerMatch, MentionAnalysis>();
  for (const t of triggers) {
    const si = sentenceAt(sentences, t.start);
    (bySentence.get(si) ?? bySentence.set(si, []).get(si)!).push(t);
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
  return { bySentence, mentionOf, mentions, snippetOf };
}

/**
 * Anaphora: a noun mention without date or place ("la réunion", "ces pourparlers", "the talks") may refer
 * back to an anchored mention of the same kind in the same or the previous three sentences. All such
 * candidates are kept (nearest first); grouping picks the one whose event this article is mostly about.
 */
function resolveAnaphora(text: string, sentences: readonly SentenceRange[], mentions: MentionAnalysis[]): void {
  const anchoredByGroup = new Map<string, number[]>();
  for (const m of mentions) {
    if (!(m.date || m.place)) continue;
    const g = anaphoraGroup(m.kind);
    (anchoredByGroup.get(g) ?? anchoredByGroup.set(g, []).get(g)!).push(m.index);
  }
  let realBefore: Int32Array | undefined;
  for (const m of mentions) {
    if (m.date || m.place || m.another || m.indefinite || m.verb) continue;
    const anchored = anchoredByGroup.get(anaphoraGroup(m.kind));
    if (!anchored) continue;
    realBefore ??= countRealSentences(text, sentences);
    const cands = antecedentsOf(m, anchored, mentions, realBefore);
    if (cands.length) {
      m.antecedents = cands;
      m.antecedent = cands[0];
    }
  }
}

/** Anaphora stays within a kind: a summit is not "the talks", a visit is not "the meeting". */
function anaphoraGroup(k: EventKind): string {
  return k === 'meeting' ? 'talks' : k;
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
    const prev =
      added && added.start >= sent.start ? added : firstAfter > 0 && triggers[firstAfter - 1].start >= sent.start ? triggers[firstAfter - 1] : undefined;
    if (!prev) continue;
    if (firstAfter < found && triggers[firstAfter].start < end) continue;
    triggers.push({ start: m.index, end, text: m[0], kind: prev.kind, verb: false });
  }
}
