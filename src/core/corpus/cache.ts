/**
 * A disk cache for the corpus index, so a restart re-analyses only the articles that changed and, when no
 * article changed, does not group them again either.
 *
 * Per-article analyses are keyed by a hash of everything the analysis depends on: the article's path and
 * text, its publication date, outlet, the people registry, and a version string (bump it, e.g. with the
 * extension's version, whenever detection or analysis changes). The grouped results (events, claims,
 * people, and what patching them after an edit needs) are kept under a signature of the whole corpus that
 * the index computes (see `CorpusIndex`): one set, the latest.
 *
 * Plain TypeScript over an injectable store (one blob, read once and written whole): the extension stores
 * it under `context.storageUri`, the benchmark and tests in a file or in memory.
 *
 * The blob is a header line, one line per entry (`key \t packed`), at most one line of groups
 * (`=groups \t signature \t list \t list …`) and the key lists of the stored objects (`=shapes \t json`).
 * Entries are lean (their encoding is cacheCodec.ts's): no detector output (the index recomputes it only if
 * asked), objects as arrays of values (see `Shapes`), and every span text, snippet and file name that the article text gives back left out;
 * then deflated, in base64 (see `pack`): the blob is ASCII, which the decoders read fastest, and about a
 * seventh of the previous format. Entries are decoded only when asked for; entries nobody asked for since
 * `load()` are dropped on the next write (deleted or renamed articles). A blob of another format, version
 * or damaged is an empty cache; a damaged entry is a miss.
 */
import { createHash } from 'node:crypto';
import type { DocumentAnalysis } from './analyze';
import { stableHash } from './hash';
import {
  compactJson,
  decodeAnalysis,
  decodeList,
  encodeAnalysis,
  encodeList,
  pack,
  Shapes,
  unpack,
  type CachedAnalysis,
  type EncodedEntry,
  type ShapeUpdate,
  type SourceText,
} from './cacheCodec';

export { EntryEncoder, type CachedAnalysis, type EncodedEntry, type ShapeUpdate, type SourceText } from './cacheCodec';

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

/** Format of the blob itself; bumped when this file or cacheCodec.ts changes how entries are written. */
const FORMAT = 'newsmark-analysis-cache/3';
const GROUPS = '=groups';
const SHAPES = '=shapes';

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

/** A hash of a text for cache keys and signatures (SHA-1, 120 bits, base64url). */
export function contentHash(s: string): string {
  return createHash('sha1').update(s).digest('base64url').slice(0, 20);
}

/** Grouped results read back from the cache: sections decoded on demand against the articles' texts. */
export interface CachedGroups {
  readonly sections: number;
  /** Section `i` (a list) as it was given to `setGroups`; throws when it does not decode. */
  section(i: number, sourceOf: (file: string) => SourceText | undefined): unknown[];
}

/** The key of an article's analysis: a hash of everything the analysis depends on. */
export function entryKey(file: string, text: string, inputs: AnalysisInputs = {}): string {
  return `${contentHash(text)}${text.length.toString(36)}-${stableHash(`${file}\u0000${inputs.published ?? ''}\u0000${inputs.outlet ?? ''}\u0000${inputs.registry ?? ''}`)}`;
}

/** Keys `ArticleKeys` holds at most: more than a pass's articles between their request and their filing. */
const KEYS_HELD = 4096;

/**
 * An article's key computed once a pass (`entryKey` hashes the whole text): the key of a request (`keep`) is held
 * until the same article, with the same text and inputs, is filed, which takes it instead of hashing the text again.
 */
export class ArticleKeys {
  private readonly held = new Map<string, { text: string; inputs: AnalysisInputs; key: string }>();

  key(file: string, text: string, inputs: AnalysisInputs, keep: boolean): string {
    const h = this.held.get(file);
    if (h) this.held.delete(file);
    const same = h && h.text === text && h.inputs.published === inputs.published && h.inputs.outlet === inputs.outlet && h.inputs.registry === inputs.registry;
    const key = same ? h.key : entryKey(file, text, inputs);
    if (keep) {
      if (this.held.size >= KEYS_HELD) this.held.delete(this.held.keys().next().value!);
      this.held.set(file, { text, inputs, key });
    }
    return key;
  }
}

/** Shape tables of every cache in this thread are numbered, so an entry encoded against an older one is told apart. */
let epochs = 0;

/** The per-article analysis cache. Call `load()` before indexing and `flush()` after. */
export class AnalysisCache {
  private readonly version: string;
  /** Raw JSON of entries read from the store, decoded on demand. */
  private raw = new Map<string, string>();
  /** Entries used or added since load: what a write keeps. */
  private live = new Map<string, string>();
  /** The JSON of entries adopted and not decoded yet (see `EncodedEntry.json`): read once, then dropped. */
  private unpacked = new Map<string, string>();
  private shapes = new Shapes();
  /** Which shape table `shapes` is: a new one on each `load` (see `shapeUpdate`). */
  private epoch = ++epochs;
  private dirty = false;
  /** The groups line read from the store, and whether the index used it. */
  private storedGroups: { signature: string; sections: string[]; used: boolean } | undefined;
  /** Groups the index computed since: encoded when written (`payload` gives undefined once they went stale). */
  private newGroups:
    { signature: string; payload: () => Array<() => Iterable<unknown>> | undefined; sourceOf: (file: string) => SourceText | undefined } | undefined;
  private writeScheduled = false;
  private writing: Promise<void> = Promise.resolve();
  hits = 0;
  misses = 0;
  /** Entries made in other threads taken as they were, and those that had to be encoded again here (see `adopt`). */
  adopted = 0;
  reencoded = 0;

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
    this.unpacked = new Map();
    this.shapes = new Shapes();
    this.epoch = ++epochs;
    this.storedGroups = undefined;
    this.newGroups = undefined;
    let data: string | undefined;
    try {
      data = await this.store.read();
    } catch {
      data = undefined;
    }
    if (typeof data !== 'string' || !data) return;
    const header = `${FORMAT}\t${this.version}\n`;
    if (!data.startsWith(header)) {
      this.dirty = true;
      return;
    }
    let at = header.length;
    let shapes: unknown;
    while (at < data.length) {
      let nl = data.indexOf('\n', at);
      if (nl < 0) nl = data.length;
      const tab = data.indexOf('\t', at);
      if (tab > at && tab < nl) {
        const key = data.slice(at, tab);
        if (key === SHAPES) {
          try {
            shapes = JSON.parse(data.slice(tab + 1, nl));
          } catch {
            shapes = undefined;
          }
        } else if (key === GROUPS) {
          const [signature, ...sections] = data.slice(tab + 1, nl).split('\t');
          if (sections.length) this.storedGroups = { signature, sections, used: false };
        } else this.raw.set(key, data.slice(tab + 1, nl));
      }
      at = nl + 1;
    }
    // Entries mean nothing without the key lists of their objects.
    if (!Array.isArray(shapes) || !shapes.every((k) => Array.isArray(k) && k.every((x) => typeof x === 'string' && x !== '__proto__'))) {
      this.raw = new Map();
      this.storedGroups = undefined;
      this.dirty = true;
      return;
    }
    this.shapes = new Shapes(shapes as string[][]);
    this.epoch = ++epochs;
  }

  /** The key of an article's analysis (see `entryKey`). */
  key(file: string, text: string, inputs: AnalysisInputs = {}): string {
    return entryKey(file, text, inputs);
  }

  /** Whether an entry exists under `key`, without counting a hit or a miss (see `claim`). */
  has(key: string): boolean {
    return this.live.has(key) || this.raw.has(key);
  }

  /** The shapes an encoder in another thread must know, from `from` on, to make entries this cache can adopt (see `EntryEncoder`). */
  shapeUpdate(epoch: number, from: number): ShapeUpdate {
    const list = this.shapes.list;
    // Another epoch (the cache was loaded again since): the encoder starts over from the whole table.
    return epoch === this.epoch && from <= list.length ? { epoch, from, list: list.slice(from) } : { epoch: this.epoch, from: 0, list: list.slice() };
  }

  /**
   * Takes an entry an `EntryEncoder` made for `key` as `put` would have made it, and returns true; false when
   * it cannot (encoded against a table this cache no longer has: analyse the article here). The entry is
   * decoded when something first needs it, as a cache hit is. When the shapes it added got other ids here
   * (another encoder added shapes meanwhile), it is decoded with the encoder's ids and encoded again.
   */
  adopt(key: string, file: string, text: string, entry: EncodedEntry): boolean {
    const list = this.shapes.list;
    if (entry.epoch !== this.epoch || entry.base > list.length) return false;
    let same = true;
    for (let i = 0; i < entry.added.length; i++) if (this.shapes.id(entry.added[i]) !== entry.base + i) same = false;
    if (same) {
      this.live.set(key, entry.packed);
      if (entry.json !== undefined) this.unpacked.set(key, entry.json);
      this.dirty = true;
      this.adopted++;
      return true;
    }
    let analysis: CachedAnalysis | undefined;
    try {
      analysis = decodeAnalysis(JSON.parse(unpack(entry.packed)), file, text, [...list.slice(0, entry.base), ...entry.added]);
    } catch {
      analysis = undefined;
    }
    if (!analysis) return false;
    this.put(key, analysis, text);
    this.reencoded++;
    return true;
  }

  /**
   * Whether an entry exists under `key`; if so it is kept on the next write and counted as a hit (decode it
   * with `decode`). Counted as a miss otherwise.
   */
  claim(key: string): boolean {
    const json = this.live.get(key) ?? this.raw.get(key);
    if (json === undefined) {
      this.misses++;
      return false;
    }
    this.live.set(key, json);
    this.hits++;
    return true;
  }

  /**
   * The analysis under `key` for this file and text, decoded. A corrupt or foreign entry is forgotten, counts
   * as a miss instead of a hit, and gives undefined: analyse the article again and `put` it.
   */
  decode(key: string, file: string, text: string): CachedAnalysis | undefined {
    const packed = this.live.get(key) ?? this.raw.get(key);
    const json = this.unpacked.get(key);
    if (json !== undefined) this.unpacked.delete(key);
    let out: CachedAnalysis | undefined;
    if (packed !== undefined) {
      try {
        out = decodeAnalysis(JSON.parse(json ?? unpack(packed)), file, text, this.shapes.list);
      } catch {
        out = undefined;
      }
    }
    if (!out && packed !== undefined) {
      this.raw.delete(key);
      if (this.live.delete(key)) {
        this.hits--;
        this.misses++;
      }
      this.dirty = true;
    }
    return out;
  }

  /** The cached analysis of this exact text and inputs, if any (`claim` then `decode`). */
  get(file: string, text: string, inputs: AnalysisInputs = {}): CachedAnalysis | undefined {
    const key = this.key(file, text, inputs);
    if (!this.claim(key)) return undefined;
    return this.decode(key, file, text);
  }

  /** Remembers an analysis (the text is not stored: the article on disk has it). */
  set(file: string, text: string, inputs: AnalysisInputs, analysis: CachedAnalysis | DocumentAnalysis): void {
    this.put(this.key(file, text, inputs), analysis, text);
  }

  /** Remembers an analysis under a key from `key()`; returns it as `decode` will give it back. */
  put(key: string, analysis: CachedAnalysis | DocumentAnalysis, text: string): CachedAnalysis {
    const stored = encodeAnalysis(analysis, text, this.shapes);
    this.live.set(key, pack(compactJson(stored), true));
    this.dirty = true;
    const out = decodeAnalysis(stored, analysis.file, text, this.shapes.list);
    if (!out) throw new Error(`cannot read back the analysis of ${analysis.file}`);
    return out;
  }

  /** The grouped results stored under `signature` by a previous session, if the blob holds them. */
  groups(signature: string): CachedGroups | undefined {
    const g = this.storedGroups;
    if (!g || g.signature !== signature) return undefined;
    g.used = true;
    const shapes = this.shapes.list;
    return {
      sections: g.sections.length,
      section: (i, sourceOf) => decodeList(g.sections[i], shapes, sourceOf),
    };
  }

  /**
   * The grouped results for `signature`, as lists (`groups(signature).section(i)` gives list `i` back), each
   * made by its function and encoded against the articles' texts (`sourceOf`) when the cache is written;
   * `payload` gives undefined once they no longer hold. Unless the blob already holds them, the cache is written soon after (on a
   * zero-delay timer), so the next session finds them.
   */
  setGroups(signature: string, payload: () => Array<() => Iterable<unknown>> | undefined, sourceOf: (file: string) => SourceText | undefined): void {
    if (this.storedGroups?.signature === signature) {
      this.storedGroups.used = true;
      this.newGroups = undefined;
      return;
    }
    this.newGroups = { signature, payload, sourceOf };
    if (this.writeScheduled) return;
    this.writeScheduled = true;
    setTimeout(() => {
      this.writeScheduled = false;
      void this.flush().catch(() => undefined);
    }, 0);
  }

  /** Number of entries that will be written. */
  get size(): number {
    return this.live.size;
  }

  /** Writes the entries used or added since `load()`, and the latest groups, if anything changed. */
  async flush(): Promise<void> {
    const run = this.writing.then(() => this.write());
    this.writing = run.catch(() => undefined);
    return run;
  }

  private async write(): Promise<void> {
    if (!this.dirty && this.live.size === this.raw.size && !this.newGroups) return;
    const parts: string[] = [`${FORMAT}\t${this.version}\n`];
    for (const [k, v] of this.live) parts.push(k, '\t', v, '\n');
    const fresh = this.newGroups;
    this.newGroups = undefined;
    const values = fresh?.payload();
    // The groups: those just computed, else those read back if the index used them (they still hold).
    let groups = this.storedGroups?.used && this.storedGroups.sections.length ? this.storedGroups : undefined;
    if (fresh && values) {
      // One section at a time: each list is made, encoded and let go before the next.
      const sections = values.map((list) => encodeList(list(), this.shapes, fresh.sourceOf));
      parts.push(GROUPS, '\t', fresh.signature, '\t', sections.join('\t'), '\n');
      // Remembered without their sections, which are large: a later write has newer groups, or none that hold.
      groups = { signature: fresh.signature, sections: [], used: true };
    } else if (groups) parts.push(GROUPS, '\t', groups.signature, '\t', groups.sections.join('\t'), '\n');
    // Last: the key lists of everything above.
    parts.push(SHAPES, '\t', compactJson(this.shapes.list), '\n');
    // What is written now is the state from here on; a failed write leaves it to be written again.
    this.dirty = false;
    this.raw = new Map(this.live);
    this.storedGroups = groups;
    try {
      await this.store.write(parts.join(''));
    } catch (e) {
      this.dirty = true;
      throw e;
    }
  }
}
