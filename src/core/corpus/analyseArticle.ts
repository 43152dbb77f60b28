/**
 * One article's detection and analysis, as the index keeps it, wherever it runs: in the index's thread
 * (`CorpusIndex.setDocument`) or in a worker of the analysis pool (pool.ts), which hands the index back the
 * cache entry ready-made. Both run this code, so both give the same analysis.
 */
import type { Detections, Person } from '../model';
import { detect as defaultDetect, detectBatch, type DetectOptions } from '../detect';
import { analyseDocument, analyseDocuments, type AnalyseInput, type AnalyseOptions, type DocumentAnalysis } from './analyze';
import type { CachedAnalysis, EncodedEntry, EntryEncoder } from './cache';
import { articleStoryTerms, rememberStoryTerms } from './storyGroup';
import type { TermList } from './story';

/** What analysing an article needs: plain data, so it can be posted to a worker thread. */
export interface AnalysisRequest {
  /** The cache key of the article with these inputs (see `entryKey`): the index takes the result only for this key. */
  key: string;
  file: string;
  text: string;
  published?: string;
  outlet?: string;
  /** People the detector recognises by name and alias. */
  registry?: Person[];
  /** The decisions' people, which detected people are mapped onto. */
  people?: Person[];
  /** Answer with the cache entry (`entry`) rather than with the analysis (`lean`). */
  encode?: boolean;
  /** Answer with the detector's output too (`export ndjson` writes it: the article is not detected twice). */
  detections?: boolean;
  /** Answer with the whole analysis (`analysis`), in this thread only (`BatchAnalyser`): the index caches it itself. */
  analysis?: boolean;
}

/** An analysed article: the cache entry (with a cache), else the analysis without the detector's output. */
export interface AnalysisResult {
  key: string;
  entry?: EncodedEntry;
  lean?: CachedAnalysis;
  /**
   * The article's raw story terms (`articleStoryTerms`), in order, as two lists: grouping reads them and runs
   * in one thread after the pass, so the workers compute them (bench, 10,000 articles: about a sixth of grouping).
   */
  story?: { terms: string[]; weights: number[] };
  /** The detector's output, when the request asked for it. */
  detections?: Detections;
  /** The whole analysis, when the request asked for it: never posted to another thread. */
  analysis?: DocumentAnalysis;
}

type Detect = (text: string, options: { published?: string; registry?: Person[] }) => Detections;

/** Detects and analyses an article with the detections mapped onto the decisions' people. */
export function analyseFull(
  file: string,
  text: string,
  options: { published?: string; outlet?: string },
  registry: Person[] | undefined,
  people: Person[] | undefined,
  detect: Detect = defaultDetect,
): DocumentAnalysis {
  return analyseDocument(file, text, detectMapped(text, options.published, registry, people, detect), options);
}

/** The detector's output on an article, with its people mapped onto the decisions' people. */
export function detectMapped(
  text: string,
  published: string | undefined,
  registry: Person[] | undefined,
  people: Person[] | undefined,
  detect: Detect = defaultDetect,
): Detections {
  return remapPeople(detect(text, detectOptions(published, registry)), people);
}

/** What the detector is given for an article. */
function detectOptions(published: string | undefined, registry: Person[] | undefined): DetectOptions {
  return { ...(published ? { published } : {}), ...(registry ? { registry } : {}) };
}

/**
 * `analyseRequest` over several requests, each stage over the whole batch before the next: their articles
 * detected as one batch (`detectBatch`), analysed as one (`analyseDocuments`), then the story terms and the
 * encoding, article by article; the same results, faster. The caller keeps the batch small (`detectBatches`).
 * One answer per request, in order: a request that fails is answered with its error, and if the batch's
 * detection or analysis fails each article is analysed alone.
 */
export function analyseRequests(requests: readonly AnalysisRequest[], encoder: EntryEncoder): Array<{ result?: AnalysisResult; error?: string }> {
  const n = requests.length;
  let analysed: DocumentAnalysis[] | undefined;
  try {
    const texts: string[] = new Array(n);
    const options: DetectOptions[] = new Array(n);
    for (let i = 0; i < n; i++) {
      texts[i] = requests[i].text;
      options[i] = detectOptions(requests[i].published, requests[i].registry);
    }
    const detected = detectBatch(texts, options);
    const inputs: AnalyseInput[] = new Array(n);
    for (let i = 0; i < n; i++) {
      const { file, text, people } = requests[i];
      inputs[i] = { file, text, detections: remapPeople(detected[i], people), options: analyseOptions(requests[i]) };
    }
    analysed = analyseDocuments(inputs);
  } catch {
    analysed = undefined;
  }
  const answers: Array<{ result?: AnalysisResult; error?: string }> = new Array(n);
  const stories: AnalysisResult['story'][] = new Array(n);
  for (let i = 0; i < n; i++) {
    try {
      // The index reads a whole analysis's story terms itself (`setDocument`).
      if (analysed) stories[i] = requests[i].analysis ? undefined : storyTermsOf(analysed[i]);
      else answers[i] = { result: analyseRequest(requests[i], encoder) };
    } catch (e) {
      answers[i] = { error: (e as Error).stack ?? String(e) };
    }
  }
  if (!analysed) return answers;
  for (let i = 0; i < n; i++) {
    if (answers[i]) continue;
    try {
      answers[i] = { result: resultOf(requests[i], encoder, analysed[i], stories[i]) };
    } catch (e) {
      answers[i] = { error: (e as Error).stack ?? String(e) };
    }
  }
  return answers;
}

/**
 * What the index would compute for `request`, for a worker to hand back (the encoder holds the cache's shapes).
 * `detections`: the detector's output on the article, when it was detected already (in a batch).
 */
export function analyseRequest(request: AnalysisRequest, encoder: EntryEncoder, detections?: Detections): AnalysisResult {
  const { file, text, registry, people } = request;
  const options = analyseOptions(request);
  const full = detections ? analyseDocument(file, text, remapPeople(detections, people), options) : analyseFull(file, text, options, registry, people);
  return resultOf(request, encoder, full, storyTermsOf(full));
}

/** The analysis options a request gives. */
function analyseOptions({ published, outlet }: AnalysisRequest): AnalyseOptions {
  return { ...(published !== undefined ? { published } : {}), ...(outlet !== undefined ? { outlet } : {}) };
}

/** An analysis's raw story terms as two lists (`AnalysisResult.story`). */
function storyTermsOf(full: DocumentAnalysis): NonNullable<AnalysisResult['story']> {
  const story = { terms: [] as string[], weights: [] as number[] };
  // forEach: an iterator of entries made a pair per term.
  articleStoryTerms(full).forEach((w, t) => {
    story.terms.push(t);
    story.weights.push(w);
  });
  return story;
}

/** The answer to `request` from its analysis and story terms: the cache entry or the lean analysis. */
function resultOf(request: AnalysisRequest, encoder: EntryEncoder, full: DocumentAnalysis, story: AnalysisResult['story']): AnalysisResult {
  const { key, text } = request;
  const handed = request.detections ? { detections: full.detections } : {};
  if (request.analysis) return { key, analysis: full, ...handed };
  if (request.encode) return { key, entry: encoder.encode(full, text), story, ...handed };
  const { detections: _omit, ...lean } = full;
  return { key, lean, story, ...handed };
}

/** Gives an analysis the story terms its worker computed (see `AnalysisResult.story`); returns them, if any, as grouping keeps them. */
export function adoptStoryTerms(analysis: DocumentAnalysis, result: AnalysisResult): TermList | undefined {
  const story = result.story;
  if (!story || story.terms.length !== story.weights.length) return undefined;
  return rememberStoryTerms(analysis, { terms: story.terms, weights: Float64Array.from(story.weights) });
}

/** Maps detected people onto registry ids by name or alias, so the user's registry wins. */
function remapPeople(d: Detections, reg: readonly Person[] | undefined): Detections {
  if (!reg?.length) return d;
  const fold = (s: string) =>
    s
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .trim();
  const byName = new Map<string, string>();
  for (const p of reg) for (const n of [p.name, ...p.aliases, p.id]) byName.set(fold(n), p.id);
  const map = (id: string, ...names: (string | undefined)[]) => {
    for (const n of names) if (n && byName.has(fold(n))) return byName.get(fold(n))!;
    return byName.get(fold(id)) ?? id;
  };
  return {
    ...d,
    people: d.people.map((p) => ({ ...p, id: map(p.id, p.name, p.text) })),
    quotes: d.quotes.map((q) => (q.speaker ? { ...q, speaker: map(q.speaker, q.speakerName) } : q)),
  };
}
