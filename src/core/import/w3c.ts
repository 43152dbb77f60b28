/**
 * Reading W3C Web Annotations: Newsmark's own export, a Hypothesis JSON-LD export
 * (`https://hypothes.is/a/<id>.jsonld`: an Annotation, an array of them, an AnnotationPage or
 * AnnotationCollection) and the Hypothesis API's search result (`{ rows: [...] }`, with `uri`,
 * `tags`, `text`). Only the selectors' words and positions are taken: anchoring is ours
 * (`anchorImported`), so a quote found elsewhere in the article still lands on its text.
 */
import { ANNOTATION_TYPES, type AnnotationType } from '../sidecar/schema';
import { isCarriedField } from '../export/fields';
import { NEWSMARK_URN } from '../export/w3c';
import type { ImportedAnnotation, ImportRead } from './types';

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const list = (v: unknown): unknown[] => (v === undefined || v === null ? [] : Array.isArray(v) ? v : [v]);
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

/** The annotations in any of the accepted shapes, in document order. */
function annotationsOf(doc: unknown): unknown[] {
  if (Array.isArray(doc)) return doc.flatMap(annotationsOf);
  if (!isObject(doc)) return [];
  if (Array.isArray(doc.rows)) return doc.rows; // Hypothesis API search result
  const type = list(doc.type).concat(list(doc['@type']));
  if (type.includes('AnnotationCollection')) return annotationsOf(doc.first);
  if (type.includes('AnnotationPage')) return [...list(doc.items), ...annotationsOf(isObject(doc.next) ? doc.next : undefined)];
  return [doc];
}

/** A Newsmark id out of an annotation id: ours as exported, a foreign one made safe (`h-` + its last segment). */
function idFrom(raw: string | undefined): string | undefined {
  if (!raw) return undefined;
  const ours = new RegExp(`^${NEWSMARK_URN}annotation:[^:]*:(.+)$`).exec(raw);
  if (ours) return ours[1];
  const last =
    raw
      .replace(/[/#]+$/, '')
      .split(/[/#:]/)
      .pop() ?? '';
  const safe = last.replace(/[^A-Za-z0-9_.:-]/g, '').slice(0, 62);
  return safe ? `h-${safe}` : undefined;
}

/** The article a target points at (its `source`, or the Hypothesis `uri`). */
function sourceOf(target: Json | string, annotation: Json): string | undefined {
  if (typeof target === 'string') return target.split('#')[0];
  return str(target.source) ?? str(annotation.uri);
}

function readSelectors(target: Json | string, into: ImportedAnnotation): void {
  if (typeof target === 'string') return;
  for (const s of list(target.selector)) {
    if (!isObject(s)) continue;
    const type = str(s.type) ?? str(s['@type']);
    if (type === 'TextQuoteSelector' && typeof s.exact === 'string') {
      into.exact = s.exact;
      into.prefix = str(s.prefix) ?? '';
      into.suffix = str(s.suffix) ?? '';
    } else if (type === 'TextPositionSelector' && Number.isInteger(s.start) && Number.isInteger(s.end)) {
      into.start = s.start as number;
      into.end = s.end as number;
    }
  }
}

const TYPES = new Set<string>(ANNOTATION_TYPES);

/** Fills type and fields from the bodies (ours by their ids; anyone's tags and comments by purpose). */
function readBodies(annotation: Json, into: ImportedAnnotation): void {
  const comments: string[] = [];
  const tags: string[] = list(annotation.tags).filter((t): t is string => typeof t === 'string');
  if (typeof annotation.text === 'string' && annotation.text.trim()) comments.push(annotation.text);
  for (const b of list(annotation.body)) {
    if (typeof b === 'string') continue; // a body that is only an IRI says nothing we keep
    if (!isObject(b)) continue;
    const value = str(b.value);
    if (value === undefined) continue;
    const ours = str(b.id)?.startsWith(NEWSMARK_URN) ? /^urn:newsmark:([a-z]+):/.exec(str(b.id)!)?.[1] : undefined;
    if (ours === 'type' && TYPES.has(value)) into.type = value as AnnotationType;
    else if (ours && isCarriedField(ours)) into.fields[ours] = value;
    else if (b.purpose === 'tagging') tags.push(value);
    else if (b.purpose === 'commenting' || b.purpose === undefined) comments.push(value);
  }
  // A foreign tag naming one of our types gives the type; the others are kept in the note.
  const typeTag = tags.find((t) => TYPES.has(t.toLowerCase()));
  if (typeTag && into.type === 'note') into.type = typeTag.toLowerCase() as AnnotationType;
  const otherTags = tags.filter((t) => t !== typeTag);
  if (otherTags.length) comments.push(`tags: ${otherTags.join(', ')}`);
  if (comments.length) into.fields.note = [into.fields.note, ...comments].filter(Boolean).join('\n');
}

/**
 * Reads W3C / Hypothesis annotations out of a parsed JSON document. An annotation without a
 * target text (no TextQuoteSelector, no TextPositionSelector) cannot be placed: a warning says so.
 * A Hypothesis highlight with no tag naming a type becomes a `note`.
 */
export function readW3c(doc: unknown): ImportRead {
  const out: ImportRead = { annotations: [], warnings: [] };
  const found = annotationsOf(doc);
  if (!found.length) out.warnings.push({ code: 'import.w3c.none', params: [] });
  found.forEach((raw, i) => {
    if (!isObject(raw)) return;
    const targets = list(raw.target).filter((t): t is Json | string => isObject(t) || typeof t === 'string');
    const target = targets[0] ?? (typeof raw.uri === 'string' ? raw.uri : undefined);
    const source = target === undefined ? undefined : sourceOf(target, raw);
    const label = str(raw.id) ?? `annotation ${i + 1}`;
    if (!target || !source) {
      out.warnings.push({ code: 'import.w3c.no-target', params: [label] });
      return;
    }
    const a: ImportedAnnotation = { source, type: 'note', fields: {} };
    const id = idFrom(str(raw.id));
    if (id) a.id = id;
    readSelectors(target, a);
    readBodies(raw, a);
    if (a.exact === undefined && a.start === undefined) {
      out.warnings.push({ code: 'import.w3c.no-selector', params: [label] });
      return;
    }
    out.annotations.push(a);
  });
  return out;
}
