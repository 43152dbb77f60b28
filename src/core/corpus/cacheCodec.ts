/**
 * How the analysis cache writes what it stores (see cache.ts for the blob's layout): an analysis or a list
 * of grouped results as compact values (`Shapes`: objects as arrays of values under a shared table of key
 * lists; `Sources`: file names as indexes and span texts and snippets left out where the article's text gives
 * them back), in ASCII JSON, deflated, in base64; and `EntryEncoder`, which makes entries in a worker thread
 * against a copy of the cache's shape table. Pure functions of their inputs: no store, no I/O.
 */
import { Buffer } from 'node:buffer';
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import type { DocumentAnalysis } from './analyze';
import { TextIndex } from '../text/offsets';

/** An analysis as the cache gives it back: everything but the detector's raw output (`detections`). */
export type CachedAnalysis = Omit<DocumentAnalysis, 'detections'>;

/** `\uXXXX` of each UTF-16 unit met so far. */
const escapes = new Map<number, string>();
const escape = (c: string): string => {
  const n = c.charCodeAt(0);
  let e = escapes.get(n);
  if (e === undefined) escapes.set(n, (e = `\\u${n.toString(16).padStart(4, '0')}`));
  return e;
};

/**
 * JSON in ASCII (every other character escaped): the blob reads back through the decoders' ASCII fast path
 * (several times faster than mixed UTF-8) into a one-byte string.
 */
export function compactJson(value: unknown): string {
  let escaped = false;
  const out = JSON.stringify(value).replace(/[\u0080-\uffff]/g, (c) => ((escaped = true), escape(c)));
  // What `replace` makes of a two-byte string stays two bytes per character, ASCII or not: copy it to one.
  return escaped ? Buffer.from(out, 'latin1').toString('latin1') : out;
}

/**
 * An ASCII string, deflated, in base64 (ASCII again: the blob stays on the decoders' fast path). `small`
 * for an entry (a few kilobytes): a 4 KB window and a small state compress it as well, and allocate an
 * eighth of the default's 256 KB per call. Level 1: on the entries of 1,000 generated articles it deflates
 * in 0.6 of the default level's time for a blob 10% larger (1.24 MB instead of 1.12), and a cold pass
 * deflates every entry while a warm one inflates only what it reads.
 */
export function pack(ascii: string, small = false): string {
  return deflateRawSync(Buffer.from(ascii, 'latin1'), small ? SMALL_DEFLATE : LIST_DEFLATE).toString('base64');
}

const SMALL_DEFLATE = { level: 1, windowBits: 12, memLevel: 5 };
const LIST_DEFLATE = { level: 1 };

/** What `pack` packed; throws on anything else. */
export function unpack(packed: string): string {
  return inflateRawSync(Buffer.from(packed, 'base64')).toString('latin1');
}

/** Whether a text has characters outside the BMP (then code points and UTF-16 offsets differ). */
function hasAstral(text: string): boolean {
  return /[\ud800-\udbff][\udc00-\udfff]/.test(text);
}

/**
 * The key lists of stored objects. A stored value is JSON in which an object is `[shape, ...values]` (its
 * keys are `list[shape]`, in order), an array is `[-1, ...items]`, and `[-2, offset, length]` is a snippet
 * (see `encodeValue`): no key is written twice, and objects come back with their key order.
 */
export class Shapes {
  /** Shape ids by first key, for a lookup that compares key lists instead of joining them. */
  private readonly byFirst = new Map<string, number[]>();

  constructor(readonly list: string[][] = []) {
    list.forEach((keys, i) => this.index(keys, i));
  }

  private index(keys: string[], id: number): void {
    const k = keys[0] ?? '';
    const ids = this.byFirst.get(k);
    if (ids) ids.push(id);
    else this.byFirst.set(k, [id]);
  }

  id(keys: string[]): number {
    const ids = this.byFirst.get(keys[0] ?? '');
    if (ids)
      for (const id of ids) {
        const known = this.list[id];
        if (known.length !== keys.length) continue;
        let same = true;
        for (let i = 1; i < keys.length && same; i++) same = known[i] === keys[i];
        if (same) return id;
      }
    const id = this.list.length;
    this.list.push(keys);
    this.index(keys, id);
    return id;
  }
}

/** An article a stored value refers to: its text, and whether it has astral characters (when known). */
export interface SourceText {
  text: string;
  astral?: boolean;
}

/** The articles a stored value refers to: `file` values are indexes into `files`, span texts come from their texts. */
class Sources {
  readonly files: string[] = [];
  /** Files whose text has astral characters, among those whose offsets were converted (see `utf16`). */
  readonly astralSeen: number[] = [];
  private readonly index = new Map<string, number>();
  private readonly texts: Array<SourceText | null> = [];
  private readonly idx: Array<TextIndex | null> = [];

  constructor(
    private readonly sourceOf: (file: string) => SourceText | undefined,
    /** Files whose text has astral characters, as stored (otherwise each text is checked). */
    private readonly astral?: ReadonlySet<number>,
  ) {}

  add(file: string): number {
    let i = this.index.get(file);
    if (i === undefined) {
      i = this.files.length;
      this.files.push(file);
      this.index.set(file, i);
    }
    return i;
  }

  has(file: string): boolean {
    return this.index.has(file);
  }

  text(i: number): string | undefined {
    let t = this.texts[i];
    if (t === undefined) this.texts[i] = t = this.sourceOf(this.files[i]) ?? null;
    return t?.text;
  }

  /** UTF-16 offset of a code point in file `i`'s text. */
  utf16(i: number, cp: number): number {
    let ti = this.idx[i];
    if (ti === undefined) {
      ti = null;
      const text = this.text(i);
      const src = this.texts[i];
      if (text !== undefined && (this.astral ? this.astral.has(i) : (src!.astral ??= hasAstral(text)))) {
        ti = new TextIndex(text);
        if (ti.length === text.length) ti = null;
        else this.astralSeen.push(i);
      }
      this.idx[i] = ti;
    }
    return ti ? ti.toUtf16(cp) : cp;
  }
}

/**
 * `value` in the stored form (see `Shapes`). Inside it, a `file` known to `sources` becomes its index; in an
 * object with numeric `start` and `end`, a `text` equal to its file's text there becomes 0, and a `snippet`
 * found verbatim in that text before `start` becomes `[-2, utf16 offset, length]`. The file of an object is
 * its own `file`, else `defaultFile`. Keys whose value is undefined are left out, as JSON does.
 */
function encodeValue(value: unknown, shapes: Shapes, sources: Sources, defaultFile: number | undefined, addFiles: boolean): unknown {
  const enc = (v: unknown): unknown => {
    if (v === null || typeof v !== 'object') return typeof v === 'number' ? (Number.isFinite(v) ? v || 0 : null) : v;
    if (Array.isArray(v)) {
      const out: unknown[] = [-1];
      // Indexed: an iterator per list cost a quarter of encoding (CPU profile of the cache's put).
      for (let i = 0; i < v.length; i++) {
        const x: unknown = v[i];
        out.push(x === undefined ? null : enc(x));
      }
      return out;
    }
    const o = v as Record<string, unknown>;
    // Each value read once (a read by a computed key is the costly part of encoding an object).
    let keys = Object.keys(o);
    const values: unknown[] = [];
    for (let i = 0; i < keys.length; i++) {
      const x = o[keys[i]];
      if (x !== undefined) values.push(x);
    }
    if (values.length < keys.length) keys = keys.filter((x) => o[x] !== undefined);
    const out: unknown[] = [shapes.id(keys)];
    let file = defaultFile;
    if (typeof o.file === 'string') file = addFiles || sources.has(o.file) ? sources.add(o.file) : undefined;
    const text = file === undefined ? undefined : sources.text(file);
    const spanned = text !== undefined && typeof o.start === 'number' && typeof o.end === 'number';
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i];
      const x = values[i];
      if (k === 'file' && typeof x === 'string' && file !== undefined) out.push(file);
      else if (spanned && k === 'text' && typeof x === 'string') {
        const s = sources.utf16(file!, o.start as number);
        out.push(x.length === sources.utf16(file!, o.end as number) - s && text.startsWith(x, s) ? 0 : x);
      } else if (spanned && k === 'snippet' && typeof x === 'string') {
        const at = text.lastIndexOf(x, sources.utf16(file!, o.start as number));
        out.push(at >= 0 ? [-2, at, x.length] : x);
      } else out.push(enc(x));
    }
    return out;
  };
  return enc(value);
}

/**
 * One string object per short value (ids, kinds, names): decoded analyses repeat them by the thousand.
 * Bounded: forgotten past 200,000 values.
 */
const interned = new Map<string, string>();
function intern(s: string): string {
  if (s.length > 48) return s;
  const known = interned.get(s);
  if (known !== undefined) return known;
  if (interned.size >= 200_000) interned.clear();
  interned.set(s, s);
  return s;
}

/**
 * Every empty list in decoded values: one frozen array instead of one array each (most mentions have no
 * duration, no count, often no person). Decoded values are read, never edited.
 */
const EMPTY: readonly unknown[] = Object.freeze([]);

/** The value `encodeValue` stored. Throws on a value it did not write. `share` interns short strings. */
function decodeValue(stored: unknown, shapes: readonly string[][], sources: Sources, defaultFile: number | undefined, share: boolean): unknown {
  const str = share ? intern : (x: string) => x;
  const dec = (v: unknown): unknown => {
    if (v === null || typeof v !== 'object') return v;
    const a = v as unknown[];
    const tag = a[0];
    if (tag === -1) {
      if (a.length === 1) return EMPTY;
      const out = new Array<unknown>(a.length - 1);
      for (let i = 1; i < a.length; i++) {
        const x = a[i];
        out[i - 1] = typeof x === 'string' ? str(x) : dec(x);
      }
      return out;
    }
    const keys = shapes[tag as number];
    if (!keys || keys.length !== a.length - 1) throw new Error('not a stored object');
    const o: Record<string, unknown> = {};
    let fix = false;
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i];
      const x = a[i + 1];
      if (x !== null && typeof x === 'object') {
        if ((x as unknown[])[0] === -2) {
          o[k] = x;
          fix = true;
        } else o[k] = dec(x);
      } else if (typeof x === 'string') o[k] = str(x);
      else {
        if (typeof x === 'number' && (k === 'file' || (k === 'text' && x === 0))) fix = true;
        o[k] = x;
      }
    }
    if (!fix) return o;
    let file = defaultFile;
    if (typeof o.file === 'number') {
      file = o.file;
      if (sources.files[file] === undefined) throw new Error('no such file');
      o.file = sources.files[file];
    } else if (typeof o.file === 'string') file = undefined;
    const text = file === undefined ? undefined : sources.text(file);
    if (o.text === 0 && text !== undefined && typeof o.start === 'number' && typeof o.end === 'number')
      o.text = text.slice(sources.utf16(file!, o.start), sources.utf16(file!, o.end));
    const sn = o.snippet as unknown[] | undefined;
    if (Array.isArray(sn) && sn[0] === -2) {
      if (text === undefined) throw new Error('no text for a snippet');
      o.snippet = text.slice(sn[1] as number, (sn[1] as number) + (sn[2] as number));
    }
    return o;
  };
  return dec(stored);
}

/**
 * The stored form of an analysis: `[astral, value]` with `value` the analysis in the stored form of
 * `encodeValue` against the article alone, its `text` 0, its `detections` left out, its own `file` written
 * out (so an entry for another file is told apart). `astral` is 1 when code points and UTF-16 offsets
 * differ in this text. What JSON would change (an undefined in a list, NaN, -0) is changed already, so that
 * this form and its JSON decode to the same analysis.
 */
export function encodeAnalysis(analysis: CachedAnalysis | DocumentAnalysis, text: string, shapes: Shapes): unknown[] {
  const source = { text };
  const sources = new Sources(() => source);
  sources.add(analysis.file);
  const top: Record<string, unknown> = {};
  for (const k of Object.keys(analysis)) {
    if (k === 'detections') continue;
    top[k] = k === 'text' ? 0 : (analysis as unknown as Record<string, unknown>)[k];
  }
  const keys = Object.keys(top).filter((k) => top[k] !== undefined);
  const value: unknown[] = [shapes.id(keys)];
  for (const k of keys) value.push(k === 'file' || k === 'text' ? top[k] : encodeValue(top[k], shapes, sources, 0, false));
  return [sources.astralSeen.length ? 1 : 0, value];
}

/** The analysis `encodeAnalysis` stored (or its JSON, parsed), for this file and text; undefined when the entry is not one. */
export function decodeAnalysis(stored: unknown, file: string, text: string, shapes: readonly string[][]): CachedAnalysis | undefined {
  try {
    if (!Array.isArray(stored) || stored.length !== 2 || !Array.isArray(stored[1])) return undefined;
    const value = stored[1] as unknown[];
    const keys = shapes[value[0] as number];
    if (!keys || keys.length !== value.length - 1) return undefined;
    const source = { text };
    const sources = new Sources(() => source, stored[0] === 1 ? new Set([0]) : new Set());
    sources.add(file);
    const out: Record<string, unknown> = {};
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i];
      const x = value[i + 1];
      out[k] = k === 'text' ? text : k === 'file' ? x : decodeValue(x, shapes, sources, 0, true);
    }
    if (out.file !== file || !Array.isArray(out.mentions) || !Array.isArray(out.quotes) || !Array.isArray(out.people)) return undefined;
    return out as unknown as CachedAnalysis;
  } catch {
    return undefined;
  }
}

/** Items of a stored list per packed chunk: chunks keep the memory a write or a read needs at once small. */
export const CHUNK_CHARS = 1 << 20;

/**
 * A list in the stored form, as packed chunks separated by spaces: first `[files, astral files, length]`
 * (see `Sources`), then the items, JSON arrays of stored values of about `CHUNK_CHARS` each.
 */
export function encodeList(list: Iterable<unknown>, shapes: Shapes, sourceOf: (file: string) => SourceText | undefined): string {
  const sources = new Sources(sourceOf);
  const chunks: string[] = [];
  let items: string[] = [];
  let size = 0;
  const close = () => {
    chunks.push(pack(`[${items.join(',')}]`));
    items = [];
    size = 0;
  };
  let length = 0;
  for (const x of list) {
    const json = compactJson(encodeValue(x, shapes, sources, undefined, true));
    length++;
    items.push(json);
    size += json.length;
    if (size >= CHUNK_CHARS) close();
  }
  if (items.length) close();
  return [pack(compactJson([sources.files, sources.astralSeen, length])), ...chunks].join(' ');
}

/** The list `encodeList` stored. Throws on anything else. */
export function decodeList(stored: string, shapes: readonly string[][], sourceOf: (file: string) => SourceText | undefined): unknown[] {
  const [head, ...chunks] = stored.split(' ');
  const [files, astral, length] = JSON.parse(unpack(head)) as [string[], number[], number];
  const sources = new Sources(sourceOf, new Set(astral));
  for (const f of files) sources.add(f);
  const out: unknown[] = [];
  for (const chunk of chunks) for (const x of JSON.parse(unpack(chunk)) as unknown[]) out.push(decodeValue(x, shapes, sources, undefined, false));
  if (out.length !== length) throw new Error('a stored list lost items');
  return out;
}

/** Shapes of a cache's table from `from` on, for an `EntryEncoder` (from 0: the whole table of that epoch). */
export interface ShapeUpdate {
  epoch: number;
  from: number;
  list: string[][];
}

/** A packed entry an `EntryEncoder` made, and the shapes it used that its copy of the table lacked. */
export interface EncodedEntry {
  epoch: number;
  /** How many shapes of the cache's table the encoder knew: `added` would get the ids from there on. */
  base: number;
  added: string[][];
  packed: string;
  /**
   * What `packed` packs: the cache's thread decodes the entry as soon as it adopts it (see `CorpusIndex.setDocument`),
   * and parsing this spares it inflating what the encoder has just deflated.
   */
  json?: string;
}

/**
 * Makes cache entries in another thread (a worker of the analysis pool), so the thread that holds the cache
 * neither analyses nor encodes: against a copy of the cache's shape table, kept up to date with `sync`. A
 * shape the copy lacks is given the next id provisionally and reported with the entry; the cache decides (`adopt`).
 * Measured against structured-cloning the analysis to the cache's thread and `put`ting it there: that costs
 * the cache's thread 0.65-1.3 ms per generated article (clone, encode, deflate, decode), adopting an entry
 * 0.02-0.04 ms, plus 0.2-0.5 ms when the entry is first decoded (loaded 2-core machine, 400 articles).
 */
export class EntryEncoder {
  private epoch = -1;
  private known: string[][] = [];
  private shapes = new Shapes();

  sync(update: ShapeUpdate): void {
    if (update.epoch !== this.epoch || update.from !== this.known.length) {
      // Not a continuation of this copy: only a whole table replaces it.
      if (update.from !== 0) return;
      this.epoch = update.epoch;
      this.known = [];
    } else if (!update.list.length) return;
    for (const keys of update.list) this.known.push(keys);
    this.shapes = new Shapes([...this.known]);
  }

  encode(analysis: CachedAnalysis | DocumentAnalysis, text: string): EncodedEntry {
    const base = this.known.length;
    const stored = encodeAnalysis(analysis, text, this.shapes);
    const list = this.shapes.list;
    const added = list.length > base ? list.slice(base) : [];
    // Provisional ids are not kept: the next entry reports those shapes again until the cache's table has them.
    if (added.length) this.shapes = new Shapes([...this.known]);
    const json = compactJson(stored);
    return { epoch: this.epoch, base, added, packed: pack(json, true), json };
  }
}
