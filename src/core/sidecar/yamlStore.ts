/**
 * Reading and writing Newsmark's YAML files (sidecars and newsmark.yaml).
 *
 * Reading never throws: YAML syntax errors, hostile input and schema errors all come back as
 * messages with a 1-based line and column in the YAML text. Writing goes through the `yaml`
 * Document API and updates the previous Document in place, so a user's comments, key order and
 * unknown fields survive a save.
 */
import { Document, LineCounter, Pair, Scalar, YAMLMap, YAMLSeq, isAlias, isMap, isPair, isScalar, isSeq, parseDocument } from 'yaml';
import type { Node as YamlNode } from 'yaml';
import type { z } from 'zod';
import { CORPUS_FILE_NAME, SIDECAR_SUFFIX, corpusSchema, sidecarSchema } from './schema';
import type { Corpus, Sidecar, SidecarAnnotation } from './schema';
import { problemAt, schemaProblem, yamlSyntaxProblem, type ProblemCode, type ProblemParam, type SchemaIssue, type YamlProblem } from './problems';

export type { YamlProblem } from './problems';

/** Files above this size are refused before parsing (a sidecar of 1,000 annotations is ~300 KB). */
export const MAX_YAML_CHARS = 20 * 1024 * 1024;
/** Aliases allowed when expanding (YAML bombs expand a few aliases into millions of nodes). */
export const MAX_ALIAS_COUNT = 100;
/** Nesting deeper than this is refused: Newsmark's files nest 4 levels. */
export const MAX_DEPTH = 64;
/** Keys that would touch JavaScript prototypes if a consumer copied them naively. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export type ParseResult<T> =
  | {
      ok: true;
      value: T;
      /** The parsed Document: pass it back to `serialize…` to keep comments and layout. */
      doc: Document;
      warnings: YamlProblem[];
      /** Line and column of the node at a path (`['annotations', 3]`), for messages about the content. */
      locate: (path: readonly PropertyKey[]) => { line: number; column: number };
    }
  | { ok: false; errors: YamlProblem[] };

type AnySchema = z.ZodType<unknown>;

/** Line and column of the node a path (zod issue path) leads to, or of its deepest existing ancestor. */
export function locatePath(doc: Document, lineCounter: LineCounter, path: readonly PropertyKey[]): { line: number; column: number } {
  let node: unknown = doc.contents;
  let offset = (node as YamlNode | null)?.range?.[0] ?? 0;
  for (const seg of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => keyText(p.key) === String(seg));
      if (!pair) break;
      const value = pair.value as YamlNode | null;
      const keyStart = (pair.key as YamlNode | null)?.range?.[0];
      if (value && value.range) {
        node = value;
        offset = value.range[0];
      } else {
        // `note:` with no value: point at the key.
        if (keyStart !== undefined) offset = keyStart;
        break;
      }
    } else if (isSeq(node) && typeof seg === 'number' && seg < node.items.length) {
      node = node.items[seg];
      const r = (node as YamlNode | null)?.range;
      if (r) offset = r[0];
    } else break;
  }
  const pos = lineCounter.linePos(offset);
  return { line: pos.line, column: pos.col };
}

function keyText(key: unknown): string | undefined {
  if (isScalar(key)) return String(key.value);
  if (typeof key === 'string' || typeof key === 'number') return String(key);
  return undefined;
}

/**
 * Walks the YAML tree without recursion (a hostile file must not overflow the stack) and reports
 * forbidden keys and excessive nesting.
 */
function checkTree(doc: Document, lineCounter: LineCounter): YamlProblem[] {
  const problems: YamlProblem[] = [];
  const at = (offset: number, code: ProblemCode, ...params: ProblemParam[]) => {
    const p = lineCounter.linePos(offset);
    problems.push(problemAt(code, p.line, p.col, ...params));
  };
  const stack: { node: unknown; depth: number }[] = [{ node: doc.contents, depth: 1 }];
  while (stack.length > 0 && problems.length < 20) {
    const { node, depth } = stack.pop()!;
    if (!isMap(node) && !isSeq(node)) continue;
    if (depth > MAX_DEPTH) {
      at(node.range?.[0] ?? 0, 'too-deep', MAX_DEPTH);
      break;
    }
    for (const item of node.items as unknown[]) {
      if (isPair(item)) {
        const key = keyText(item.key);
        if (key !== undefined && FORBIDDEN_KEYS.has(key)) {
          at((item.key as YamlNode).range?.[0] ?? 0, 'forbidden-key', key);
        }
        if (!isScalar(item.key) && item.key !== null) {
          at((item.key as YamlNode).range?.[0] ?? 0, 'key-not-text');
        }
        stack.push({ node: item.value, depth: depth + 1 });
      } else stack.push({ node: item, depth: depth + 1 });
    }
  }
  return problems;
}

function firstAliasOffset(doc: Document): number {
  const stack: unknown[] = [doc.contents];
  let first = Infinity;
  while (stack.length) {
    const node = stack.pop();
    if (isAlias(node)) first = Math.min(first, node.range?.[0] ?? 0);
    if (isMap(node) || isSeq(node)) for (const item of node.items as unknown[]) stack.push(item);
    else if (isPair(node)) stack.push(node.value, node.key);
  }
  return first === Infinity ? 0 : first;
}

function parseWith<T>(
  text: string,
  schema: AnySchema,
  extraChecks?: (value: T, locate: (path: readonly PropertyKey[]) => { line: number; column: number }) => YamlProblem[],
): ParseResult<T> {
  try {
    if (typeof text !== 'string') return { ok: false, errors: [problemAt('not-text', 1, 1)] };
    if (text.length > MAX_YAML_CHARS) {
      const mb = (text.length / (1024 * 1024)).toFixed(1);
      return { ok: false, errors: [problemAt('too-large', 1, 1, mb, MAX_YAML_CHARS / (1024 * 1024))] };
    }
    const lineCounter = new LineCounter();
    const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false, strict: true });
    const toProblem = (e: { code?: string; message: string; pos: [number, number] }): YamlProblem => {
      const p = lineCounter.linePos(e.pos[0]);
      // The parser reports its own stack overflow on absurd nesting as an error: say what it means.
      return /Maximum call stack/.test(e.message) ? problemAt('too-deep', p.line, p.col, MAX_DEPTH) : yamlSyntaxProblem(e, p.line, p.col);
    };
    if (doc.errors.length > 0) return { ok: false, errors: doc.errors.map(toProblem) };
    const warnings = doc.warnings.map(toProblem);
    const treeProblems = checkTree(doc, lineCounter);
    if (treeProblems.length > 0) return { ok: false, errors: treeProblems };
    let data: unknown;
    try {
      data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    } catch (e) {
      const p = lineCounter.linePos(firstAliasOffset(doc));
      const problem =
        e instanceof ReferenceError
          ? problemAt('too-many-aliases', p.line, p.col, MAX_ALIAS_COUNT)
          : problemAt('yaml.syntax', p.line, p.col, String((e as Error)?.message ?? e));
      return { ok: false, errors: [problem] };
    }
    if (data === null || data === undefined) {
      return { ok: false, errors: [problemAt('empty', 1, 1)] };
    }
    // reportInput: a problem quotes the value it refuses.
    const result = schema.safeParse(data, { reportInput: true });
    const locate = (path: readonly PropertyKey[]) => locatePath(doc, lineCounter, path);
    if (!result.success) {
      const errors = result.error.issues.slice(0, 100).map((issue) => {
        const where = locate(issue.path as PropertyKey[]);
        return schemaProblem(issue as SchemaIssue, where.line, where.column);
      });
      return { ok: false, errors };
    }
    const value = result.data as T;
    if (extraChecks) warnings.push(...extraChecks(value, locate));
    return { ok: true, value, doc, warnings, locate };
  } catch (e) {
    // Last line of defence (a stack overflow in the parser on hostile input, say).
    const problem = e instanceof RangeError ? problemAt('too-deep-to-read', 1, 1) : problemAt('cannot-read', 1, 1, String((e as Error)?.message ?? e));
    return { ok: false, errors: [problem] };
  }
}

/** The base name of a path or URI (after the last "/" or "\"). */
export function baseName(path: string): string {
  const i = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  return i >= 0 ? path.slice(i + 1) : path;
}

/**
 * Parses and validates a sidecar (`<article>.annotations.yaml`). Never throws.
 * `fileName` (path or name of the sidecar) only adds a warning when `document.source` does not
 * match the sidecar's own name.
 */
export function parseSidecar(text: string, fileName?: string): ParseResult<Sidecar> {
  return parseWith<Sidecar>(text, sidecarSchema as AnySchema, (value, locate) => {
    const name = fileName ? baseName(fileName) : undefined;
    if (name && name.endsWith(SIDECAR_SUFFIX)) {
      const expected = name.slice(0, -SIDECAR_SUFFIX.length);
      if (expected !== value.document.source) {
        const at = locate(['document', 'source']);
        return [problemAt('source-mismatch', at.line, at.column, value.document.source, expected)];
      }
    }
    return [];
  });
}

/** Parses and validates a corpus file (`newsmark.yaml`). Never throws. */
export function parseCorpus(text: string, _fileName: string = CORPUS_FILE_NAME): ParseResult<Corpus> {
  return parseWith<Corpus>(text, corpusSchema as AnySchema);
}

// ---------------------------------------------------------------------------------------------
// Writing

const KEY_ORDER: Record<string, readonly string[]> = {
  sidecar: ['version', 'document', 'annotations', 'rejected', 'conflicts'],
  'sidecar.conflicts.*': ['id', 'kind', 'ours', 'theirs'],
  'corpus.conflicts.*': ['id', 'kind', 'ours', 'theirs'],
  'sidecar.document': ['source', 'sha256', 'published', 'outlet', 'language'],
  'sidecar.annotations.*': [
    'id',
    'type',
    'quote',
    'start',
    'end',
    'prefix',
    'suffix',
    'entity',
    'value',
    'candidates',
    'speaker',
    'event',
    'attribute',
    'qualifier',
    'note',
    'status',
    'origin',
    'author',
    'created',
  ],
  'sidecar.rejected.*': ['type', 'quote', 'prefix', 'suffix', 'start', 'end'],
  corpus: ['version', 'people', 'events', 'verdicts', 'links', 'conflicts'],
  'corpus.people.*': ['id', 'name', 'aliases'],
  'corpus.events.*': ['id', 'title', 'date', 'place', 'participants'],
  'corpus.verdicts.*': ['id', 'status', 'note', 'author', 'created'],
  'corpus.links.*': ['id', 'a', 'b', 'note', 'author', 'created'],
  'corpus.links.*.a': ['file', 'annotation'],
  'corpus.links.*.b': ['file', 'annotation'],
};

/** Lists whose items are matched by identity rather than position when updating a Document. */
const LIST_KEYS: Record<string, (item: unknown) => string | undefined> = {
  'sidecar.annotations': (i) => idOf(i),
  'sidecar.rejected': (i) => {
    const r = i as Record<string, unknown>;
    return r && typeof r === 'object' ? JSON.stringify([r.type, r.quote, r.prefix ?? '', r.suffix ?? '']) : undefined;
  },
  'sidecar.conflicts': conflictKey,
  'corpus.conflicts': conflictKey,
  'corpus.people': (i) => idOf(i),
  'corpus.events': (i) => idOf(i),
  'corpus.verdicts': (i) => idOf(i),
  'corpus.links': (i) => idOf(i),
};

/** Lists written even when empty (others are omitted until they have an item). */
const ALWAYS_WRITTEN = new Set(['sidecar.annotations']);

/** A recorded conflict is identified by its whole content: one id may have conflicted twice. */
function conflictKey(item: unknown): string | undefined {
  if (!item || typeof item !== 'object') return undefined;
  const c = item as Record<string, unknown>;
  return JSON.stringify([c.id, c.kind, c.ours, c.theirs]);
}

function idOf(item: unknown): string | undefined {
  if (isMap(item)) {
    const v = item.get('id', true);
    return isScalar(v) ? String(v.value) : undefined;
  }
  if (item && typeof item === 'object' && 'id' in item) return String((item as { id: unknown }).id);
  return undefined;
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function orderedKeys(value: Record<string, unknown>, shape: string): string[] {
  const order = KEY_ORDER[shape] ?? [];
  const known = order.filter((k) => k in value);
  const rest = Object.keys(value).filter((k) => !order.includes(k));
  return [...known, ...rest].filter((k) => value[k] !== undefined && !FORBIDDEN_KEYS.has(k));
}

function childShape(shape: string, key: string | number): string {
  return typeof key === 'number' ? `${shape}.*` : `${shape}.${key}`;
}

/**
 * Lists the schema fills with `[]` when absent, so an empty one need not be written. Any other
 * empty list (an unknown field, say) is the user's data and is written back as `[]`.
 */
const DEFAULTED_LISTS = new Set([
  'sidecar.rejected',
  'corpus.people',
  'corpus.events',
  'corpus.verdicts',
  'corpus.links',
  'corpus.people.*.aliases',
  'corpus.events.*.participants',
]);

function isEmptyOptionalList(shape: string, v: unknown): boolean {
  return Array.isArray(v) && v.length === 0 && !ALWAYS_WRITTEN.has(shape) && DEFAULTED_LISTS.has(shape);
}

/** A new node for `value`, with Newsmark's key order; short lists of words inline (`[a, b]`). */
function createNode(doc: Document, value: unknown, shape: string): unknown {
  if (Array.isArray(value)) {
    const seq = new YAMLSeq();
    value.forEach((v, i) => seq.items.push(createNode(doc, v, childShape(shape, i))));
    // Multi-line strings stay in block style: the yaml library can emit a flow item ("-\na") that does not parse back.
    const inline = (v: unknown) => v === null || (typeof v !== 'object' && !(typeof v === 'string' && /[\n\r]/.test(v)));
    if (value.every(inline) && JSON.stringify(value).length < 60) seq.flow = true;
    return seq;
  }
  if (isPlainObject(value)) {
    const map = new YAMLMap();
    for (const key of orderedKeys(value, shape)) {
      const child = childShape(shape, key);
      if (isEmptyOptionalList(child, value[key])) continue;
      map.items.push(new Pair(new Scalar(key), createNode(doc, value[key], child)));
    }
    return map;
  }
  if (needsDoubleQuotes(value)) {
    const scalar = new Scalar(value);
    scalar.type = Scalar.QUOTE_DOUBLE;
    return scalar;
  }
  return doc.createNode(value);
}

/**
 * A block scalar cannot always say where a line's leading or trailing blanks belong (" \n" came back
 * as "\n"): multi-line strings with such blanks are written double-quoted, which is lossless.
 */
function needsDoubleQuotes(value: unknown): boolean {
  return typeof value === 'string' && value.includes('\n') && /(^|\n)[ \t]|[ \t](\r?\n|$)/.test(value);
}

/** Updates `node` to hold `value`, keeping every node (and its comments) whose value is unchanged. */
function syncNode(doc: Document, node: unknown, value: unknown, shape: string): unknown {
  if (Array.isArray(value)) {
    if (!isSeq(node)) return createNode(doc, value, shape);
    const keyOf = LIST_KEYS[shape];
    const itemShape = childShape(shape, 0);
    if (keyOf) {
      const existing = new Map<string, unknown>();
      for (const item of node.items) {
        const k = keyOf(isMap(item) ? item.toJSON() : item);
        if (k !== undefined && !existing.has(k)) existing.set(k, item);
      }
      // A comment between `annotations:` and the first item belongs to that item: keep it there
      // when sorting puts another item first.
      const first = node.items[0];
      const newItems = value.map((v) => {
        const k = keyOf(v);
        const old = k !== undefined ? existing.get(k) : undefined;
        if (k !== undefined) existing.delete(k);
        return old ? syncNode(doc, old, v, itemShape) : createNode(doc, v, itemShape);
      });
      if (node.commentBefore && isMap(first) && newItems[0] !== first) {
        first.commentBefore = first.commentBefore ? `${node.commentBefore}\n${first.commentBefore}` : node.commentBefore;
        node.commentBefore = undefined;
      }
      node.items = newItems;
    } else {
      node.items = value.map((v, i) => (i < node.items.length ? syncNode(doc, node.items[i], v, itemShape) : createNode(doc, v, itemShape)));
    }
    return node;
  }
  if (isPlainObject(value)) {
    if (!isMap(node)) return createNode(doc, value, shape);
    const keys = orderedKeys(value, shape);
    const wanted = new Set(keys);
    node.items = node.items.filter((p) => {
      const k = keyText(p.key);
      return k !== undefined && wanted.has(k);
    });
    const order = KEY_ORDER[shape] ?? [];
    for (const key of keys) {
      const child = childShape(shape, key);
      const pair = node.items.find((p) => keyText(p.key) === key);
      if (pair) {
        pair.value = syncNode(doc, pair.value, value[key], child);
        continue;
      }
      if (isEmptyOptionalList(child, value[key])) continue;
      const newPair = new Pair(new Scalar(key), createNode(doc, value[key], child));
      // Before the first existing key that Newsmark's order puts after it, else after the last
      // known key (unknown keys stay last): a new field lands where a diff reader expects it.
      const rank = order.indexOf(key);
      const ranks = node.items.map((p) => order.indexOf(keyText(p.key) ?? ''));
      let at = rank >= 0 ? ranks.findIndex((r) => r > rank) : -1;
      if (at < 0) {
        const lastKnown = ranks.reduce((last, r, i) => (r >= 0 ? i : last), -1);
        at = rank >= 0 ? lastKnown + 1 : node.items.length;
      }
      node.items.splice(at, 0, newPair);
    }
    return node;
  }
  if (isScalar(node) && !isAlias(node)) {
    if (node.value !== value) {
      node.value = value;
      if (needsDoubleQuotes(value)) node.type = Scalar.QUOTE_DOUBLE;
    }
    return node;
  }
  return createNode(doc, value, shape);
}

const TO_STRING = { lineWidth: 100, minContentWidth: 40 } as const;

function sidecarHeader(source: string): string {
  return [
    ` Newsmark annotations for ${source}.`,
    ' Written by Newsmark; safe to edit by hand and to merge in git (keep each `id`).',
    ' start/end count Unicode code points in the article, end exclusive; quote, prefix and suffix',
    ' re-attach an annotation when the article changes. Format: docs/sidecar-format.md',
  ].join('\n');
}

const CORPUS_HEADER = [
  ' Newsmark corpus: what crosses articles (people, events, verdicts on contradictions, links).',
  ' Safe to edit by hand and to merge in git (keep each `id`). Format: docs/sidecar-format.md',
].join('\n');

function serializeWith(value: Record<string, unknown>, shape: string, header: string, previousDoc?: Document): string {
  const doc = previousDoc ? previousDoc.clone() : new Document();
  doc.contents = syncNode(doc, doc.contents, value, shape) as typeof doc.contents;
  // A file whose own first comment sits right on its first key parses with Newsmark's header in
  // that key's comment rather than the document's: look there too, or every save adds a header.
  const contents = isMap(doc.contents) ? doc.contents : undefined;
  const firstKey = contents?.items[0]?.key as { commentBefore?: string | null } | undefined;
  const hasHeader = [doc.commentBefore, contents?.commentBefore, firstKey?.commentBefore].some((c) => c?.includes(header.split('\n')[0]));
  if (!previousDoc || (!doc.commentBefore && !hasHeader)) doc.commentBefore = header;
  return doc.toString(TO_STRING);
}

/** Annotations in reading order: by start, then end, then type and id (a total order, so stable). */
export function sortAnnotations<T extends Pick<SidecarAnnotation, 'start' | 'end' | 'type' | 'id'>>(list: readonly T[]): T[] {
  return [...list].sort((a, b) => a.start - b.start || a.end - b.end || cmp(a.type, b.type) || cmp(a.id, b.id));
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Writes a sidecar as YAML. With `previousDoc` (from `parseSidecar`), that Document is cloned and
 * updated in place (per annotation id), so comments, key order and unknown fields survive.
 */
export function serializeSidecar(value: Sidecar, previousDoc?: Document): string {
  const sorted = { ...value, annotations: sortAnnotations(value.annotations ?? []) };
  return serializeWith(sorted, 'sidecar', sidecarHeader(value.document.source), previousDoc);
}

/** Writes `newsmark.yaml`, updating `previousDoc` in place like `serializeSidecar`. */
export function serializeCorpus(value: Corpus, previousDoc?: Document): string {
  return serializeWith(value, 'corpus', CORPUS_HEADER, previousDoc);
}

/** An empty corpus file's value. */
export function emptyCorpus(): Corpus {
  return { version: 1, people: [], events: [], verdicts: [], links: [] };
}

/** Parses a sidecar or a corpus file, chosen by its name. */
export function parseNewsmarkFile(text: string, path: string): ParseResult<Sidecar | Corpus> {
  return baseName(path) === CORPUS_FILE_NAME ? parseCorpus(text, path) : parseSidecar(text, path);
}
