/**
 * The content of `newsmark merge-driver`: a three-way merge of the texts of one sidecar or one
 * `newsmark.yaml`, by id, whose result is always a valid file. What the merge cannot decide (an
 * annotation deleted on one side and edited on the other, or edited differently on both) is kept in
 * the lists (the edited version) and recorded under `conflicts:` with both sides, where
 * `newsmark check` lists it until a person removes the entry. Pure: texts in, text out.
 */
import { mergeCorpus, mergeSidecars, type MergeConflict } from '../sidecar/merge';
import { CORPUS_FILE_NAME, SIDECAR_SUFFIX, SIDECAR_VERSION, CORPUS_VERSION } from '../sidecar/schema';
import type { Corpus, RecordedConflict, Sidecar } from '../sidecar/schema';
import { baseName, parseCorpus, parseSidecar, serializeCorpus, serializeSidecar, sortAnnotations } from '../sidecar/yamlStore';
import type { ParseResult } from '../sidecar/yamlStore';
import { problemText, type ProblemCode } from '../sidecar/problems';

export type FileMergeResult =
  | {
      ok: true;
      /** The merged file, to write over "ours". */
      text: string;
      /** Conflicts this merge recorded (those already in the files are kept too, not repeated here). */
      conflicts: RecordedConflict[];
    }
  | {
      ok: false;
      /** Why no merge by id was possible (a side is not a valid Newsmark file): fall back to a text merge. */
      message: string;
    };

export type NewsmarkFileKind = 'sidecar' | 'corpus';

/** Which Newsmark file a path names, by its file name; undefined for any other file. */
export function newsmarkFileKind(path: string): NewsmarkFileKind | undefined {
  const name = baseName(path);
  if (name === CORPUS_FILE_NAME) return 'corpus';
  if (name.endsWith(SIDECAR_SUFFIX) && name.length > SIDECAR_SUFFIX.length) return 'sidecar';
  return undefined;
}

function withoutBom(text: string): string {
  return text.startsWith('\uFEFF') ? text.slice(1) : text;
}

function toRecorded(c: MergeConflict<unknown>): RecordedConflict {
  const r: RecordedConflict = { id: c.id, kind: c.kind };
  if (c.ours !== undefined) r.ours = c.ours;
  if (c.theirs !== undefined) r.theirs = c.theirs;
  return r;
}

function describeFailure(side: string, r: ParseResult<unknown>): string {
  if (r.ok) return '';
  const e = r.errors[0];
  return `${side} is not a valid Newsmark file (${e ? `${e.line}:${e.column}: ${e.message}` : 'unreadable'})`;
}

/** Appends the new conflicts to those the merged file already records, without repeating one. */
function appendConflicts(existing: RecordedConflict[] | undefined, fresh: RecordedConflict[]): RecordedConflict[] | undefined {
  const all = [...(existing ?? [])];
  const seen = new Set(all.map((c) => JSON.stringify(c)));
  for (const c of fresh) if (!seen.has(JSON.stringify(c))) all.push(c);
  return all.length ? all : undefined;
}

/**
 * Merges three versions of one Newsmark file (`base` = common ancestor, empty when the file was
 * added on both sides; `ours` = the version being merged into; `theirs` = the other branch's) by id.
 * `path` decides whether it is a sidecar or `newsmark.yaml`. Ours' comments and layout are kept.
 * The result is validated against the schema before it is returned; a side that does not parse
 * gives `ok: false` so the caller can fall back to a line merge rather than lose anything.
 */
export function mergeNewsmarkTexts(base: string, ours: string, theirs: string, path: string): FileMergeResult {
  const kind = newsmarkFileKind(path);
  if (!kind) return { ok: false, message: `${path} is neither a sidecar (*${SIDECAR_SUFFIX}) nor ${CORPUS_FILE_NAME}` };
  const parse = kind === 'sidecar' ? (t: string) => parseSidecar(t, path) : (t: string) => parseCorpus(t, path);
  const [o, t] = [parse(withoutBom(ours)), parse(withoutBom(theirs))];
  if (!o.ok) return { ok: false, message: describeFailure('our version', o) };
  if (!t.ok) return { ok: false, message: describeFailure('their version', t) };
  const noBase = withoutBom(base).trim() === '';
  const b = noBase ? undefined : parse(withoutBom(base));
  if (b && !b.ok) return { ok: false, message: describeFailure('the common ancestor', b) };

  let text: string;
  let fresh: RecordedConflict[];
  if (kind === 'sidecar') {
    // Added on both sides: nothing is common, so every field that differs is a conflict.
    const baseValue = (b?.value as Sidecar | undefined) ?? ({ version: SIDECAR_VERSION, document: {}, annotations: [], rejected: [] } as unknown as Sidecar);
    const r = mergeSidecars(baseValue, o.value as Sidecar, t.value as Sidecar);
    fresh = r.conflicts.map(toRecorded);
    const merged: Sidecar = { ...r.merged, annotations: sortAnnotations(r.merged.annotations) };
    merged.conflicts = appendConflicts(r.merged.conflicts, fresh);
    if (!merged.conflicts) delete merged.conflicts;
    text = serializeSidecar(merged, o.doc);
  } else {
    const baseValue = (b?.value as Corpus | undefined) ?? ({ version: CORPUS_VERSION, people: [], events: [], verdicts: [], links: [] } as Corpus);
    const r = mergeCorpus(baseValue, o.value as Corpus, t.value as Corpus);
    fresh = r.conflicts.map(toRecorded);
    const merged: Corpus = { ...r.merged };
    merged.conflicts = appendConflicts(r.merged.conflicts, fresh);
    if (!merged.conflicts) delete merged.conflicts;
    text = serializeCorpus(merged, o.doc);
  }
  const check = parse(text);
  if (!check.ok) return { ok: false, message: `the merged result does not validate (${describeFailure('it', check)}); this is a Newsmark bug` };
  return { ok: true, text, conflicts: fresh };
}

/** A recorded conflict as a problem code (core/sidecar/problems.ts), said in the interface's language by the caller. */
export function conflictProblem(c: Pick<RecordedConflict, 'id' | 'kind'>): { code: ProblemCode; params: [string] } {
  return { code: `conflict.${c.kind}`, params: [c.id] };
}

/** One line per recorded conflict, in English (the merge driver's report, `newsmark check --json`). */
export function describeConflict(c: Pick<RecordedConflict, 'id' | 'kind'>): string {
  return problemText(conflictProblem(c));
}
