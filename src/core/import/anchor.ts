/**
 * Placing imported annotations in an article with Newsmark's own anchoring (`reanchorAll`): the
 * position is tried first, then the quote with its context, then an approximate match (for review);
 * an annotation whose text is not in the article is kept as an orphan, as everywhere in Newsmark.
 */
import { makeSelector, prepareText, reanchorAll, type AnchorTarget } from '../anchor/reanchor';
import { stableHash } from '../corpus/hash';
import { annotationSchema, type SidecarAnnotation } from '../sidecar/schema';
import { CARRIED_FIELDS } from '../export/fields';
import { codePointLength } from '../text/offsets';
import type { ProblemWords } from '../sidecar/problems';
import type { ImportedAnnotation } from './types';

export interface Anchored {
  annotations: SidecarAnnotation[];
  /** How many landed where the file said, moved, for review, or orphaned. */
  counts: { exact: number; moved: number; fuzzy: number; orphan: number };
  warnings: ProblemWords[];
}

/** A stable id for an annotation the file gave no id: the same span imported twice merges. */
function madeId(a: ImportedAnnotation, taken: Set<string>): string {
  const base = `i-${stableHash(`${a.type}\u0000${a.exact ?? ''}\u0000${a.prefix ?? ''}\u0000${a.suffix ?? ''}\u0000${a.start ?? ''}`)}`;
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}

/**
 * Anchors `items` (all for this article) in `text` and returns them as sidecar annotations, in the
 * input's order. An item with only a position takes the text there; an item whose position lies
 * outside the text and whose quote is not found is an orphan with the offsets and quote it came with.
 * Items that the sidecar schema refuses (a bad id, an unknown status) are left out with a warning.
 */
export function anchorImported(text: string, items: readonly ImportedAnnotation[]): Anchored {
  const prepared = prepareText(text);
  const length = prepared.length;
  const targets: AnchorTarget[] = items.map((a) => {
    const start = a.start ?? 0;
    const exact = a.exact ?? (a.start !== undefined && a.end !== undefined && a.end <= length ? prepared.index.slice(a.start, a.end) : '');
    return { quote: exact, start, end: a.end ?? start + codePointLength(exact), prefix: a.prefix ?? '', suffix: a.suffix ?? '', type: a.type };
  });
  const results = reanchorAll(prepared, targets);
  const out: Anchored = { annotations: [], counts: { exact: 0, moved: 0, fuzzy: 0, orphan: 0 }, warnings: [] };
  const taken = new Set(items.flatMap((a) => (a.id ? [a.id] : [])));
  items.forEach((item, i) => {
    const r = results[i];
    const t = targets[i];
    out.counts[r.status]++;
    const placed =
      r.status === 'orphan'
        ? { quote: t.quote, start: t.start, end: t.end, prefix: t.prefix ?? '', suffix: t.suffix ?? '' }
        : makeSelector(prepared, r.start, r.end);
    const candidate: Record<string, unknown> = {
      id: item.id ?? madeId(item, taken),
      type: item.type,
      quote: placed.quote,
      start: placed.start,
      end: placed.end,
      prefix: placed.prefix,
      suffix: placed.suffix,
    };
    taken.add(candidate.id as string);
    for (const f of CARRIED_FIELDS) if (item.fields[f] !== undefined && f !== 'status') candidate[f] = item.fields[f];
    if (item.fields.note !== undefined) candidate.note = item.fields.note;
    // Where the text is now decides the status; a file's own 'review' or 'orphan' is kept when it landed exactly.
    const status = r.status === 'orphan' ? 'orphan' : r.status === 'fuzzy' ? 'review' : item.fields.status;
    if (status && status !== 'confirmed') candidate.status = status;
    const parsed = annotationSchema.safeParse(candidate);
    if (parsed.success) out.annotations.push(parsed.data);
    else
      out.warnings.push({
        code: 'import.left-out',
        params: [item.source, String(candidate.id), parsed.error.issues.map((x) => `${x.path.join('.')}: ${x.message}`).join('; ')],
      });
  });
  return out;
}
