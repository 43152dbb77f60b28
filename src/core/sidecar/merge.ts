/**
 * Three-way merge of a sidecar changed both in memory (`ours`) and on disk (`theirs`, after a git
 * checkout or a hand edit) since both were `base`. Annotations merge by id; nothing is dropped
 * silently: when both sides changed one annotation differently, ours is kept and theirs reported.
 */
import type { Corpus, RecordedConflict, Sidecar, SidecarAnnotation } from './schema';

export type ConflictKind =
  /** Both sides changed it (or both added the same id), differently. Ours is kept. */
  | 'both-changed'
  /** We changed it, they deleted it. Ours is kept. */
  | 'changed-deleted'
  /** We deleted it, they changed it. Theirs is kept (a deletion never wins over an edit). */
  | 'deleted-changed';

export interface MergeConflict<T = SidecarAnnotation> {
  /** Annotation id; `document.<field>` or `<field>` for top-level fields; `<list>/<id>` in newsmark.yaml. */
  id: string;
  kind: ConflictKind;
  ours: T | undefined;
  theirs: T | undefined;
}

export interface MergeResult<V, T = SidecarAnnotation> {
  merged: V;
  conflicts: MergeConflict<T>[];
}

/** Deep equality of plain JSON-like data, insensitive to key order. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const bb = b as unknown[];
    return a.length === bb.length && a.every((x, i) => sameValue(x, bb[i]));
  }
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  const ka = Object.keys(ra).filter((k) => ra[k] !== undefined);
  const kb = Object.keys(rb).filter((k) => rb[k] !== undefined);
  return ka.length === kb.length && ka.every((k) => sameValue(ra[k], rb[k]));
}

/**
 * Merges three versions of a list of items keyed by `keyOf`. Order: ours first (in its order),
 * then items only theirs has, in their order.
 */
export function mergeByKey<T>(
  base: readonly T[],
  ours: readonly T[],
  theirs: readonly T[],
  keyOf: (item: T) => string,
): { merged: T[]; conflicts: MergeConflict<T>[] } {
  const b = new Map(base.map((x) => [keyOf(x), x]));
  const o = new Map(ours.map((x) => [keyOf(x), x]));
  const t = new Map(theirs.map((x) => [keyOf(x), x]));
  const merged: T[] = [];
  const conflicts: MergeConflict<T>[] = [];
  const keys = [...o.keys(), ...[...t.keys()].filter((k) => !o.has(k))];
  for (const k of keys) {
    const inBase = b.get(k);
    const mine = o.get(k);
    const theirsItem = t.get(k);
    if (mine && theirsItem) {
      if (sameValue(mine, theirsItem)) merged.push(mine);
      else if (inBase && sameValue(inBase, mine)) merged.push(theirsItem);
      else if (inBase && sameValue(inBase, theirsItem)) merged.push(mine);
      else {
        merged.push(mine);
        conflicts.push({ id: k, kind: 'both-changed', ours: mine, theirs: theirsItem });
      }
    } else if (mine) {
      // They do not have it: they deleted it (it was in base), or we added it.
      if (!inBase) merged.push(mine);
      else if (!sameValue(inBase, mine)) {
        merged.push(mine);
        conflicts.push({ id: k, kind: 'changed-deleted', ours: mine, theirs: undefined });
      }
    } else if (theirsItem) {
      if (!inBase) merged.push(theirsItem);
      else if (!sameValue(inBase, theirsItem)) {
        merged.push(theirsItem);
        conflicts.push({ id: k, kind: 'deleted-changed', ours: undefined, theirs: theirsItem });
      }
    }
  }
  return { merged, conflicts };
}

/** Field-by-field three-way merge of a plain object (ours wins a conflict, which is reported). */
function mergeFields(
  base: Record<string, unknown>,
  ours: Record<string, unknown>,
  theirs: Record<string, unknown>,
  skip: ReadonlySet<string>,
  prefix: string,
  quiet: ReadonlySet<string> = new Set(),
): { merged: Record<string, unknown>; conflicts: MergeConflict<unknown>[] } {
  const merged: Record<string, unknown> = {};
  const conflicts: MergeConflict<unknown>[] = [];
  const keys = new Set([...Object.keys(ours), ...Object.keys(theirs), ...Object.keys(base)]);
  for (const k of keys) {
    if (skip.has(k)) continue;
    const [b, o, t] = [base[k], ours[k], theirs[k]];
    let v: unknown;
    if (sameValue(o, t) || sameValue(b, t)) v = o;
    else if (sameValue(b, o)) v = t;
    else {
      v = o;
      if (!quiet.has(k))
        conflicts.push({
          id: prefix + k,
          kind: o === undefined ? 'deleted-changed' : t === undefined ? 'changed-deleted' : 'both-changed',
          ours: o,
          theirs: t,
        });
    }
    if (v !== undefined) merged[k] = v;
  }
  return { merged, conflicts };
}

function rejectedKey(r: Sidecar['rejected'][number]): string {
  return JSON.stringify([r.type, r.quote, r.prefix ?? '', r.suffix ?? '']);
}

/**
 * Recorded conflicts (left by a merge driver) merge as a set: one side resolving an entry (deleting
 * it) removes it, an entry either side added stays. Undefined when none is left, so the key goes.
 */
function mergeRecordedConflicts(
  base: readonly RecordedConflict[] | undefined,
  ours: readonly RecordedConflict[] | undefined,
  theirs: readonly RecordedConflict[] | undefined,
): RecordedConflict[] | undefined {
  const key = (c: RecordedConflict) => JSON.stringify([c.id, c.kind, c.ours, c.theirs]);
  const { merged } = mergeByKey(base ?? [], ours ?? [], theirs ?? [], key);
  return merged.length ? merged : undefined;
}

/** Top-level keys merged on their own rather than as plain fields. */
const SIDECAR_LISTS = new Set(['annotations', 'rejected', 'document', 'conflicts']);

/**
 * Three-way merge of a sidecar. Annotations: additions from both sides kept; a deletion is honoured
 * only when the other side left the annotation unchanged; both sides changing one annotation
 * differently keeps ours and reports a conflict. `document` and unknown top-level fields merge
 * field by field (a differing `sha256` is not a conflict: the writer recomputes it).
 */
export function mergeSidecars(base: Sidecar, ours: Sidecar, theirs: Sidecar): MergeResult<Sidecar> {
  const annotations = mergeByKey(base.annotations ?? [], ours.annotations ?? [], theirs.annotations ?? [], (a) => a.id);
  const rejected = mergeByKey(base.rejected ?? [], ours.rejected ?? [], theirs.rejected ?? [], rejectedKey);
  const doc = mergeFields(base.document, ours.document, theirs.document, new Set(), 'document.', new Set(['sha256']));
  const top = mergeFields(base, ours, theirs, SIDECAR_LISTS, '');
  const merged = {
    ...top.merged,
    document: doc.merged,
    annotations: annotations.merged,
    rejected: rejected.merged.length === 0 ? [] : rejected.merged,
    conflicts: mergeRecordedConflicts(base.conflicts, ours.conflicts, theirs.conflicts),
  } as Sidecar;
  if (!merged.conflicts) delete merged.conflicts;
  const conflicts = [...annotations.conflicts, ...(doc.conflicts as MergeConflict[]), ...(top.conflicts as MergeConflict[])];
  return { merged, conflicts };
}

/** Three-way merge of newsmark.yaml: every list by id, with the same rules as annotations. */
export function mergeCorpus(base: Corpus, ours: Corpus, theirs: Corpus): MergeResult<Corpus, unknown> {
  const conflicts: MergeConflict<unknown>[] = [];
  const lists = ['people', 'events', 'verdicts', 'links'] as const;
  const top = mergeFields(base, ours, theirs, new Set([...lists, 'conflicts']), '');
  const merged: Record<string, unknown> = { ...top.merged };
  const recorded = mergeRecordedConflicts(base.conflicts, ours.conflicts, theirs.conflicts);
  if (recorded) merged.conflicts = recorded;
  conflicts.push(...top.conflicts);
  for (const name of lists) {
    const r = mergeByKey<{ id: string }>(base[name] ?? [], ours[name] ?? [], theirs[name] ?? [], (x) => x.id);
    merged[name] = r.merged;
    conflicts.push(...r.conflicts.map((c) => ({ ...c, id: `${name}/${c.id}` })));
  }
  return { merged: merged as Corpus, conflicts };
}
