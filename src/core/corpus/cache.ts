/**
 * A disk cache of per-article analyses for the corpus index, so a restart re-analyses only the articles
 * that changed. Keyed by a hash of everything the analysis depends on: the article's path and text, its
 * publication date, outlet, the people registry, and a version string (bump it, e.g. with the extension's
 * version, whenever detection or analysis changes).
 *
 * Plain TypeScript over an injectable store (one blob, read once and written once): the extension stores it
 * under `context.storageUri`, the benchmark and tests in a file or in memory.
 *
 * The blob is one line per entry (`key \t json`), parsed lazily: an entry is only decoded when asked for,
 * and entries nobody asked for since `load()` are dropped on the next `flush()` (deleted or renamed articles).
 */
import type { DocumentAnalysis } from './analyze';
import { stableHash } from './hash';

/** Where the cache blob lives. `read` resolves to undefined when there is none yet. */
export interface AnalysisCacheStore {
  read(): Promise<string | undefined>;
  write(data: string): Promise<void>;
}

export interface AnalysisCacheOptions {
  /** Invalidates every entry when it changes: pass the extension's version (detection may have changed). */
  version?: string;
}

/** What an analysis depends on besides the text. */
export interface AnalysisInputs {
  published?: string;
  outlet?: string;
  /** Signature of the registry the detector and the people mapping used (see `registrySignature`). */
  registry?: string;
}

/** Format of the blob itself; bumped when this file changes how entries are written. */
const FORMAT = 'newsmark-analysis-cache/2';

/** An entry: the analysis without the text; `people` left out when it is the detections' list. */
type Stored = Omit<DocumentAnalysis, 'text'> & { peopleFromDetections?: 1 };

/** An in-memory store (tests, benchmark). */
export class MemoryCacheStore implements AnalysisCacheStore {
  data: string | undefined;
  async read(): Promise<string | undefined> {
    return this.data;
  }
  async write(data: string): Promise<void> {
    this.data = data;
  }
}

const signatures = new WeakMap<object, string>();

/** A short, stable signature of a people registry (memoised per array). */
export function registrySignature(registry: readonly unknown[] | undefined): string {
  if (!registry?.length) return '';
  let s = signatures.get(registry);
  if (s === undefined) signatures.set(registry, (s = stableHash(JSON.stringify(registry))));
  return s;
}

/** The per-article analysis cache. Call `load()` before indexing and `flush()` after. */
export class AnalysisCache {
  private readonly version: string;
  /** Raw JSON of entries read from the store, decoded on demand. */
  private raw = new Map<string, string>();
  /** Entries used or added since load: what `flush()` keeps. */
  private live = new Map<string, string>();
  private dirty = false;
  hits = 0;
  misses = 0;

  constructor(
    private readonly store: AnalysisCacheStore,
    options: AnalysisCacheOptions = {},
  ) {
    this.version = options.version ?? '';
  }

  /** Reads the blob; a missing, foreign or corrupt blob is an empty cache. */
  async load(): Promise<void> {
    this.raw = new Map();
    this.live = new Map();
    let data: string | undefined;
    try {
      data = await this.store.read();
    } catch {
      data = undefined;
    }
    if (!data) return;
    const header = `${FORMAT}\t${this.version}\n`;
    if (!data.startsWith(header)) {
      this.dirty = true;
      return;
    }
    let at = header.length;
    while (at < data.length) {
      let nl = data.indexOf('\n', at);
      if (nl < 0) nl = data.length;
      const tab = data.indexOf('\t', at);
      if (tab > at && tab < nl) this.raw.set(data.slice(at, tab), data.slice(tab + 1, nl));
      at = nl + 1;
    }
  }

  /** The key of an article's analysis. */
  key(file: string, text: string, inputs: AnalysisInputs = {}): string {
    return `${stableHash(text)}${text.length.toString(36)}-${stableHash(`${file}\u0000${inputs.published ?? ''}\u0000${inputs.outlet ?? ''}\u0000${inputs.registry ?? ''}`)}`;
  }

  /** The cached analysis of this exact text and inputs, if any. */
  get(file: string, text: string, inputs: AnalysisInputs = {}): DocumentAnalysis | undefined {
    const key = this.key(file, text, inputs);
    const json = this.live.get(key) ?? this.raw.get(key);
    if (json === undefined) {
      this.misses++;
      return undefined;
    }
    let stored: Stored;
    try {
      stored = JSON.parse(json) as Stored;
    } catch {
      this.raw.delete(key);
      this.misses++;
      return undefined;
    }
    if (stored.file !== file) {
      this.misses++;
      return undefined;
    }
    this.live.set(key, json);
    this.hits++;
    // Same shape and key order as analyseDocument returns, `people` shared with the detections as there.
    const { peopleFromDetections, file: _file, ...rest } = stored;
    const out = { file, text, ...rest } as DocumentAnalysis;
    if (peopleFromDetections) out.people = out.detections.people;
    return out;
  }

  /** Remembers an analysis (the text is not stored: the article on disk has it). */
  set(file: string, text: string, inputs: AnalysisInputs, analysis: DocumentAnalysis): void {
    const { text: _omit, ...rest } = analysis;
    const stored: Stored = analysis.people === analysis.detections.people ? { ...rest, people: [], peopleFromDetections: 1 } : rest;
    this.live.set(this.key(file, text, inputs), JSON.stringify(stored));
    this.dirty = true;
  }

  /** Number of entries that will be written. */
  get size(): number {
    return this.live.size;
  }

  /** Writes the entries used or added since `load()`, if anything changed. */
  async flush(): Promise<void> {
    if (!this.dirty && this.live.size === this.raw.size) return;
    const parts: string[] = [`${FORMAT}\t${this.version}\n`];
    for (const [k, v] of this.live) parts.push(k, '\t', v, '\n');
    await this.store.write(parts.join(''));
    this.dirty = false;
    this.raw = new Map(this.live);
  }
}
