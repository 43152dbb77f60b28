/**
 * One article being annotated: its text, its sidecar, its detections, and every operation a user
 * can apply (tag, accept, reject, remove, link, undo). Pure logic over plain data: the extension and
 * the tests drive it the same way; the adapters only do I/O and drawing.
 */
import { createHash } from 'node:crypto';
import type { Document } from 'yaml';
import { makeSelector, prepareText, reanchorAll } from '../anchor/reanchor';
import type { AnchorResult } from '../anchor/reanchor';
import { detect, type DetectOptions } from '../detect/index';
import type { Detections, Person } from '../model';
import { newAnnotationId, uniqueId } from '../sidecar/ids';
import type { Authorship } from '../team/authorship';
import type { IdGenerator } from '../sidecar/ids';
import { mergeSidecars } from '../sidecar/merge';
import type { MergeConflict } from '../sidecar/merge';
import { SIDECAR_VERSION, annotationStatus } from '../sidecar/schema';
import type { AnnotationType, RejectedDetection, Sidecar, SidecarAnnotation } from '../sidecar/schema';
import { serializeSidecar, sortAnnotations } from '../sidecar/yamlStore';
import { codePointLength } from '../text/offsets';
import { DETECTOR_KINDS, SUGGESTION_KINDS, type SuggestionKind } from './detectorKinds';

export { SUGGESTION_KINDS, type SuggestionKind } from './detectorKinds';

/** A detection offered to the user, ready to become an annotation with one keystroke. */
export interface Suggestion {
  /** Stable for the same detection in the same text: `kind:start:end`. */
  key: string;
  kind: SuggestionKind;
  start: number;
  end: number;
  text: string;
  /** The annotation accepting it creates (without id and selector). */
  fields: AnnotationFields & { type: AnnotationType };
}

/** What re-anchoring did to the annotations after the text changed. */
export interface ReanchorSummary {
  moved: number;
  fuzzy: string[];
  orphaned: string[];
}

/** Fields a user may set when tagging or editing. */
export interface AnnotationFields {
  type?: AnnotationType;
  entity?: string;
  value?: string;
  /** A date's candidate days when its value is only a month (see the sidecar schema). */
  candidates?: string[];
  /** TIMEX3 type and value of a detected date or duration (see the sidecar schema). */
  timexType?: SidecarAnnotation['timexType'];
  timexValue?: string;
  speaker?: string;
  event?: string;
  attribute?: string;
  qualifier?: string;
  note?: string;
  status?: SidecarAnnotation['status'];
  origin?: SidecarAnnotation['origin'];
}

interface Snapshot {
  label: string;
  annotations: SidecarAnnotation[];
  rejected: RejectedDetection[];
  document: Sidecar['document'];
}

const MAX_UNDO = 100;

/**
 * Above this many UTF-16 units (about 1 MB of text) an article gets no automatic suggestions: detection
 * would keep the extension host busy for seconds on every edit. Tagging by hand still works.
 */
export const MAX_DETECTION_CHARS = 1_000_000;

/** Hex SHA-256 of a text as UTF-8. */
export function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** An empty sidecar for an article. */
export function emptySidecar(source: string): Sidecar {
  return { version: SIDECAR_VERSION, document: { source }, annotations: [], rejected: [] };
}

function clone<T>(value: T): T {
  return structuredClone(value);
}

export interface ArticleSessionOptions {
  ids?: IdGenerator;
  registry?: Person[];
  /** Full names the workspace's other articles give (see `setKnownNames`). */
  knownNames?: readonly string[];
  /** Replaces the detector (the tests use the real one; the benchmark may count calls). */
  detect?: typeof detect;
  /** Who is annotating, asked whenever an annotation is made (the setting may change meanwhile). */
  stamp?: () => Authorship;
}

export class ArticleSession {
  private _text: string;
  private _sidecar: Sidecar;
  private _doc: Document | undefined;
  /** The sidecar as last read from or written to disk: the base of a three-way merge. */
  private _diskBase: Sidecar;
  private readonly undoStack: Snapshot[] = [];
  private _version = 0;
  private savedVersion = 0;
  private detectionCache: { text: string; published: string | undefined; registry: Person[]; knownNames: readonly string[]; result: Detections } | undefined;
  private readonly ids: IdGenerator;
  private registry: Person[];
  private knownNames: readonly string[] = [];
  private readonly detector: typeof detect;
  private readonly stamp: (() => Authorship) | undefined;
  private anchors = new Map<string, AnchorResult>();

  constructor(
    readonly fileName: string,
    text: string,
    loaded?: { sidecar: Sidecar; doc?: Document },
    options: ArticleSessionOptions = {},
  ) {
    this._text = text;
    this._sidecar = loaded ? clone(loaded.sidecar) : emptySidecar(fileName);
    this._doc = loaded?.doc;
    this._diskBase = clone(this._sidecar);
    this.ids = options.ids ?? newAnnotationId;
    this.registry = options.registry ?? [];
    this.knownNames = options.knownNames ?? [];
    this.detector = options.detect ?? detect;
    this.stamp = options.stamp;
    this.reanchor();
  }

  get text(): string {
    return this._text;
  }

  get sidecar(): Readonly<Sidecar> {
    return this._sidecar;
  }

  /** Increases with every change of the annotations; `isDirty` compares it with the last save. */
  get version(): number {
    return this._version;
  }

  get isDirty(): boolean {
    return this._version !== this.savedVersion;
  }

  /** True when the sidecar holds anything worth writing (an untouched article gets no file). */
  get hasContent(): boolean {
    const s = this._sidecar;
    return s.annotations.length > 0 || s.rejected.length > 0 || s.document.published !== undefined;
  }

  get canUndo(): boolean {
    return this.undoStack.length > 0;
  }

  get undoLabel(): string | undefined {
    return this.undoStack[this.undoStack.length - 1]?.label;
  }

  setRegistry(registry: Person[]): void {
    this.registry = registry;
  }

  /** Full names the workspace's other articles give: a surname alone here is that person (cue 'corpus'). */
  setKnownNames(names: readonly string[]): void {
    this.knownNames = names;
  }

  annotations(): readonly SidecarAnnotation[] {
    return this._sidecar.annotations;
  }

  annotation(id: string): SidecarAnnotation | undefined {
    return this._sidecar.annotations.find((a) => a.id === id);
  }

  /** How the last re-anchoring placed an annotation. */
  anchorOf(id: string): AnchorResult | undefined {
    return this.anchors.get(id);
  }

  orphans(): SidecarAnnotation[] {
    return this._sidecar.annotations.filter((a) => annotationStatus(a) === 'orphan');
  }

  /** The publication date the article is read against: the sidecar's, else what detection finds. */
  published(): string | undefined {
    return this._sidecar.document.published ?? this.detections().published?.value;
  }

  /** True when the article is too large for automatic detection (annotations still work). */
  get detectionSkipped(): boolean {
    return this._text.length > MAX_DETECTION_CHARS;
  }

  /**
   * What detection of this article is asked with: the sidecar's publication date, the registry and the
   * workspace's full names (the editor's worker detects with the same, so its result is this session's).
   */
  detectOptions(): DetectOptions {
    const options: DetectOptions = { published: this._sidecar.document.published, registry: this.registry };
    if (this.knownNames.length) options.knownNames = this.knownNames;
    return options;
  }

  /** Detections of the current text, computed once per text, publication date, registry and known names. */
  detections(): Detections {
    const published = this._sidecar.document.published;
    const c = this.detectionCache;
    if (c && c.text === this._text && c.published === published && c.registry === this.registry && c.knownNames === this.knownNames) return c.result;
    const result = this.detectionSkipped
      ? { published: null, language: 'fr' as const, people: [], dates: [], durations: [], quotes: [] }
      : this.detector(this._text, this.detectOptions());
    this.detectionCache = { text: this._text, published, registry: this.registry, knownNames: this.knownNames, result };
    return result;
  }

  /**
   * The article text changed: re-anchor every annotation. Exact and moved ones follow the text,
   * fuzzy ones follow it and are marked for review, orphans keep their last offsets and quote.
   */
  setText(text: string): ReanchorSummary {
    if (text === this._text) return { moved: 0, fuzzy: [], orphaned: [] };
    this._text = text;
    return this.reanchor();
  }

  private reanchor(): ReanchorSummary {
    const summary: ReanchorSummary = { moved: 0, fuzzy: [], orphaned: [] };
    const list = this._sidecar.annotations;
    if (list.length === 0) {
      this.anchors = new Map();
      return summary;
    }
    const prepared = prepareText(this._text);
    const results = reanchorAll(prepared, list);
    const anchors = new Map<string, AnchorResult>();
    let changed = false;
    list.forEach((a, i) => {
      const r = results[i];
      anchors.set(a.id, r);
      const status = annotationStatus(a);
      if (r.status === 'orphan') {
        if (status !== 'orphan') {
          a.status = 'orphan';
          changed = true;
        }
        summary.orphaned.push(a.id);
        return;
      }
      if (r.start !== a.start || r.end !== a.end) {
        const sel = makeSelector(prepared, r.start, r.end);
        a.start = sel.start;
        a.end = sel.end;
        a.prefix = sel.prefix;
        a.suffix = sel.suffix;
        if (r.status === 'fuzzy') a.quote = sel.quote;
        changed = true;
        if (r.status === 'moved') summary.moved++;
      }
      if (r.status === 'fuzzy') {
        summary.fuzzy.push(a.id);
        if (status !== 'review') {
          a.status = 'review';
          changed = true;
        }
      } else if (status === 'orphan') {
        // The text came back (an undo in the editor, a revert): the annotation is whole again.
        delete a.status;
        changed = true;
      }
    });
    this.anchors = anchors;
    if (changed) this._version++;
    return summary;
  }

  private snapshot(label: string): void {
    this.undoStack.push({
      label,
      annotations: clone(this._sidecar.annotations),
      rejected: clone(this._sidecar.rejected),
      document: clone(this._sidecar.document),
    });
    if (this.undoStack.length > MAX_UNDO) this.undoStack.shift();
  }

  private changed(): void {
    this._sidecar.annotations = sortAnnotations(this._sidecar.annotations);
    this._version++;
  }

  private takenIds(): Set<string> {
    return new Set(this._sidecar.annotations.map((a) => a.id));
  }

  private build(type: AnnotationType, start: number, end: number, fields: AnnotationFields, ids: Set<string>): SidecarAnnotation {
    if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start) {
      throw new RangeError(`invalid span ${start}..${end}`);
    }
    const sel = makeSelector(this._text, start, end);
    const id = uniqueId(ids, this.ids);
    ids.add(id);
    const a: SidecarAnnotation = { id, type, quote: sel.quote, start: sel.start, end: sel.end, prefix: sel.prefix, suffix: sel.suffix };
    for (const [k, v] of Object.entries(fields)) {
      if (v !== undefined) (a as Record<string, unknown>)[k] = v;
    }
    // Whoever makes the annotation (tags it, or accepts the detector's suggestion) is its author.
    if (this.stamp) Object.assign(a, this.stamp());
    return a;
  }

  /** Tags a span (code points) and returns the new annotation. Undoable. */
  tag(type: AnnotationType, start: number, end: number, fields: AnnotationFields = {}): SidecarAnnotation {
    if (start === end) throw new RangeError('select some text to tag');
    const a = this.build(type, start, end, fields, this.takenIds());
    this.snapshot(`tag ${type} "${a.quote}"`);
    this._sidecar.annotations.push(a);
    this.changed();
    return a;
  }

  /**
   * Tags every other occurrence of an annotation's exact text (whole words only) with the same type
   * and entity. Returns the new annotations. One undo step.
   */
  tagAllMentions(id: string): SidecarAnnotation[] {
    const source = this.annotation(id);
    if (!source) return [];
    const fields: AnnotationFields = { entity: source.entity, origin: source.origin };
    const created: SidecarAnnotation[] = [];
    const ids = this.takenIds();
    const prepared = prepareText(this._text);
    for (const [start, end] of this.untaggedMentions(id)) {
      const sel = makeSelector(prepared, start, end);
      const a = this.build(source.type, sel.start, sel.end, fields, ids);
      created.push(a);
    }
    if (created.length === 0) return created;
    this.snapshot(`tag ${created.length} more mentions of "${source.quote}"`);
    this._sidecar.annotations.push(...created);
    this.changed();
    return created;
  }

  /**
   * The other whole-word occurrences of an annotation's exact text not yet annotated with its type: what
   * `tagAllMentions` would tag (code points). Lets a prompt say how many, or stay silent when there are none.
   */
  untaggedMentions(id: string): Array<[number, number]> {
    const source = this.annotation(id);
    if (!source) return [];
    const occupied = new Set(this._sidecar.annotations.filter((a) => a.type === source.type).map((a) => `${a.start}:${a.end}`));
    return wholeWordOccurrences(this._text, source.quote).filter(([start, end]) => !occupied.has(`${start}:${end}`));
  }

  /** Sets fields of an annotation (undefined deletes a field). Undoable. */
  update(id: string, patch: AnnotationFields): SidecarAnnotation {
    const a = this.annotation(id);
    if (!a) throw new Error(`no annotation ${id}`);
    this.snapshot(`edit ${a.type} "${a.quote}"`);
    for (const [k, v] of Object.entries(patch)) {
      if (v === undefined) delete (a as Record<string, unknown>)[k];
      else (a as Record<string, unknown>)[k] = v;
    }
    this.changed();
    return a;
  }

  /** Removes an annotation. Undoable. */
  remove(id: string): SidecarAnnotation | undefined {
    const a = this.annotation(id);
    if (!a) return undefined;
    this.snapshot(`remove ${a.type} "${a.quote}"`);
    this._sidecar.annotations = this._sidecar.annotations.filter((x) => x.id !== id);
    this.changed();
    return a;
  }

  /** Moves an annotation (typically an orphan) onto a new span; it becomes confirmed again. */
  reattach(id: string, start: number, end: number): SidecarAnnotation {
    const a = this.annotation(id);
    if (!a) throw new Error(`no annotation ${id}`);
    if (start === end) throw new RangeError('select the text to attach the annotation to');
    this.snapshot(`re-attach ${a.type} "${a.quote}"`);
    const sel = makeSelector(this._text, start, end);
    Object.assign(a, sel);
    delete a.status;
    this.anchors.set(id, { status: 'exact', start: sel.start, end: sel.end, score: 1 });
    this.changed();
    return a;
  }

  /** Confirms an annotation marked for review after a fuzzy re-anchoring. */
  confirmReview(id: string): void {
    const a = this.annotation(id);
    if (!a || annotationStatus(a) !== 'review') return;
    this.snapshot(`confirm ${a.type} "${a.quote}"`);
    delete a.status;
    this.changed();
  }

  setPublished(value: string | undefined): void {
    this.snapshot('set publication date');
    if (value === undefined) delete this._sidecar.document.published;
    else this._sidecar.document.published = value;
    this._version++;
  }

  /** Annotations covering a code-point offset, innermost (shortest) first. */
  annotationsAt(offset: number): SidecarAnnotation[] {
    return this._sidecar.annotations
      .filter((a) => annotationStatus(a) !== 'orphan' && a.start <= offset && offset <= a.end)
      .sort((x, y) => x.end - x.start - (y.end - y.start));
  }

  /** Suggestions of the enabled kinds not yet annotated and not rejected, by position. */
  suggestions(kinds: readonly SuggestionKind[] = SUGGESTION_KINDS): Suggestion[] {
    const d = this.detections();
    const out: Suggestion[] = [];
    const enabled = new Set(kinds);
    for (const k of DETECTOR_KINDS) {
      if (!enabled.has(k.kind)) continue;
      for (const o of k.offers(d)) out.push({ key: `${k.kind}:${o.start}:${o.end}`, kind: k.kind, ...o });
    }
    const annotated = new Set(this._sidecar.annotations.map((a) => `${a.type}:${a.start}:${a.end}`));
    return out.filter((s) => !annotated.has(`${s.fields.type}:${s.start}:${s.end}`) && !this.isRejected(s)).sort((a, b) => a.start - b.start || a.end - b.end);
  }

  suggestionAt(offset: number, kinds?: readonly SuggestionKind[]): Suggestion | undefined {
    return this.suggestions(kinds)
      .filter((s) => s.start <= offset && offset <= s.end)
      .sort((x, y) => x.end - x.start - (y.end - y.start))[0];
  }

  private isRejected(s: Suggestion): boolean {
    const type = s.fields.type;
    if (this._sidecar.rejected.length === 0) return false;
    const sel = makeSelector(this._text, s.start, s.end);
    return this._sidecar.rejected.some((r) => r.type === type && r.quote === sel.quote && (sameTail(r.prefix, sel.prefix) || sameHead(r.suffix, sel.suffix)));
  }

  /** Turns a suggestion into an annotation. Undoable. */
  accept(s: Suggestion): SidecarAnnotation {
    const a = this.build(s.fields.type, s.start, s.end, s.fields, this.takenIds());
    this.snapshot(`accept ${s.kind} "${s.text}"`);
    this._sidecar.annotations.push(a);
    this.changed();
    return a;
  }

  /** Accepts every current suggestion of a kind in one undo step; returns how many. */
  acceptAll(kind: SuggestionKind): number {
    const list = this.suggestions([kind]);
    if (list.length === 0) return 0;
    this.snapshot(`accept all ${kind} suggestions`);
    const ids = this.takenIds();
    for (const s of list) this._sidecar.annotations.push(this.build(s.fields.type, s.start, s.end, s.fields, ids));
    this.changed();
    return list.length;
  }

  /** Remembers that a suggestion is wrong so it is not offered again. Undoable. */
  reject(s: Suggestion): void {
    const sel = makeSelector(this._text, s.start, s.end);
    this.snapshot(`reject ${s.kind} "${s.text}"`);
    this._sidecar.rejected.push({ type: s.fields.type, quote: sel.quote, prefix: sel.prefix, suffix: sel.suffix, start: sel.start, end: sel.end });
    this._version++;
  }

  /** Reverts the last change of the annotations. Returns its label, or undefined when there is none. */
  undo(): string | undefined {
    const snap = this.undoStack.pop();
    if (!snap) return undefined;
    this._sidecar.annotations = snap.annotations;
    this._sidecar.rejected = snap.rejected;
    this._sidecar.document = snap.document;
    this._version++;
    this.reanchor();
    return snap.label;
  }

  /**
   * The sidecar changed on disk (git checkout, a hand edit, another window): merge it with the
   * changes made here since the last read or write, by annotation id. Conflicts keep our side and
   * are returned so the user sees them; nothing is dropped.
   */
  mergeFromDisk(theirs: Sidecar, doc?: Document): MergeConflict[] {
    const { merged, conflicts } = mergeSidecars(this._diskBase, this._sidecar, theirs);
    const oursUnchanged = !this.isDirty;
    this._sidecar = clone(merged);
    this._diskBase = clone(theirs);
    if (doc) this._doc = doc;
    this.reanchor();
    this._version++;
    // If nothing was pending here, what we hold now is what is on disk (plus re-anchoring).
    if (oursUnchanged && conflicts.length === 0) this.savedVersion = this._version;
    return conflicts;
  }

  /**
   * Annotations recovered from the leftover of an interrupted save (see sidecar/leftovers.ts), merged in
   * by id as additions to what is here: nothing held here is replaced or deleted (an annotation both sides
   * changed keeps this side and is returned as a conflict). Unlike `mergeFromDisk`, the disk is unchanged:
   * the session is dirty until the recovered annotations are written.
   */
  absorbRecovered(recovered: Sidecar): MergeConflict[] {
    // Base = the recovered sidecar without its lists: its top-level fields give way to ours, and every
    // annotation it holds is an addition, so no deletion or replacement is ever inferred.
    const base: Sidecar = { ...recovered, annotations: [], rejected: [] };
    const { merged, conflicts } = mergeSidecars(base, this._sidecar, recovered);
    this._sidecar = clone(merged);
    this.reanchor();
    this._version++;
    return conflicts;
  }

  /** The sidecar text to write now: the document's sha256 is the current text's. */
  serialize(): string {
    this._sidecar.document.source = this._sidecar.document.source || this.fileName;
    this._sidecar.document.sha256 = sha256(this._text);
    return serializeSidecar(this._sidecar, this._doc);
  }

  /** Records that the sidecar as of `version` is on disk (with the Document it was written from). */
  markSaved(version: number, doc?: Document): void {
    this.savedVersion = version;
    this._diskBase = clone(this._sidecar);
    if (doc) this._doc = doc;
  }
}

function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && /[\p{L}\p{N}_]/u.test(ch);
}

/** Code-point spans of every whole-word occurrence of `needle` in `text`. */
export function wholeWordOccurrences(text: string, needle: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  if (!needle) return out;
  let from = 0;
  let cpBase = 0;
  let utfBase = 0;
  for (;;) {
    const i = text.indexOf(needle, from);
    if (i < 0) break;
    const before = text[i - 1];
    const after = text[i + needle.length];
    if (!isWordChar(before) && !isWordChar(after)) {
      // Code points up to i, counted incrementally from the last hit.
      cpBase += codePointLength(text.slice(utfBase, i));
      utfBase = i;
      out.push([cpBase, cpBase + codePointLength(needle)]);
    }
    from = i + needle.length;
  }
  return out;
}

function sameTail(a: string, b: string): boolean {
  const n = Math.min(12, a.length, b.length);
  return n === 0 ? a.length === b.length : a.slice(-n) === b.slice(-n);
}

function sameHead(a: string, b: string): boolean {
  const n = Math.min(12, a.length, b.length);
  return n === 0 ? a.length === b.length : a.slice(0, n) === b.slice(0, n);
}
