/**
 * Writing imported annotations into an article's sidecar: merged by id with what is there (the
 * imported fields win, the others and unknown fields stay), nothing dropped (an existing annotation
 * the import does not mention is kept, orphans too), saved atomically, and never over a sidecar
 * that cannot be read.
 */
import type { FileSystem } from '../fs';
import { sha256 } from '../session/articleSession';
import { saveAtomically } from '../sidecar/save';
import type { ProblemWords } from '../sidecar/problems';
import { SIDECAR_VERSION, type Sidecar, type SidecarAnnotation, type SidecarDocument } from '../sidecar/schema';
import { parseSidecar, serializeSidecar } from '../sidecar/yamlStore';
import type { Document } from 'yaml';

export interface MergeCounts {
  added: number;
  /** Annotations the import changed (a field added or given another value). */
  updated: number;
  /** Annotations the import holds as they already were: re-importing one's own export changes nothing. */
  unchanged: number;
  /** Existing annotations the import did not mention, kept as they were. */
  kept: number;
}

/**
 * Merges `imported` into `existing` (or a new sidecar for `source`) by id. For an id present on both
 * sides the imported fields replace the existing ones, fields the import does not carry stay, and
 * `status` is the import's (it was just anchored). Pure; the caller writes.
 */
export function mergeImported(
  existing: Sidecar | undefined,
  source: string,
  imported: readonly SidecarAnnotation[],
  document: Partial<SidecarDocument> = {},
): { sidecar: Sidecar; counts: MergeCounts } {
  const base: Sidecar = existing ?? { version: SIDECAR_VERSION, document: { source }, annotations: [], rejected: [] };
  const byId = new Map(imported.map((a) => [a.id, a]));
  const counts: MergeCounts = { added: 0, updated: 0, unchanged: 0, kept: 0 };
  const annotations = base.annotations.map((old) => {
    const incoming = byId.get(old.id);
    if (!incoming) {
      counts.kept++;
      return old;
    }
    byId.delete(old.id);
    const merged: SidecarAnnotation = { ...old, ...incoming };
    if (incoming.status === undefined) delete merged.status;
    if (sameFields(old, merged)) counts.unchanged++;
    else counts.updated++;
    return merged;
  });
  for (const a of byId.values()) {
    annotations.push(a);
    counts.added++;
  }
  // The document's own facts (outlet, published) are filled from the import only where absent.
  const doc: SidecarDocument = { ...document, ...base.document, source: base.document.source };
  return { sidecar: { ...base, document: doc, annotations }, counts };
}

/** Whether two annotations hold the same fields with the same values (key order aside). */
function sameFields(a: SidecarAnnotation, b: SidecarAnnotation): boolean {
  const defined = (x: SidecarAnnotation) => Object.entries(x).filter(([, v]) => v !== undefined);
  const as = defined(a);
  const bs = new Map(defined(b));
  return as.length === bs.size && as.every(([k, v]) => bs.has(k) && JSON.stringify(v) === JSON.stringify(bs.get(k)));
}

export type ImportWriteResult = { ok: true; counts: MergeCounts } | { ok: false; message: string; words?: ProblemWords };

/**
 * Merges `imported` into the sidecar at `sidecarPath` and saves it atomically. A sidecar that exists
 * but cannot be read (YAML or schema) is left untouched and reported: it may hold work to fix by hand.
 * `text` is the article's, so the sidecar's sha256 says its offsets are current.
 */
export async function writeImported(
  fs: FileSystem,
  sidecarPath: string,
  source: string,
  text: string,
  imported: readonly SidecarAnnotation[],
  document: Partial<SidecarDocument> = {},
): Promise<ImportWriteResult> {
  let existing: Sidecar | undefined;
  let previousDoc: Document | undefined;
  if (await fs.stat(sidecarPath)) {
    const raw = new TextDecoder('utf-8').decode(await fs.readFile(sidecarPath));
    const parsed = parseSidecar(raw.startsWith('\uFEFF') ? raw.slice(1) : raw, sidecarPath);
    if (!parsed.ok) {
      const e = parsed.errors[0];
      return {
        ok: false,
        message: `${sidecarPath}:${e?.line ?? 1}:${e?.column ?? 1}: ${e?.message ?? 'invalid'}: not overwritten, nothing imported for ${source}`,
      };
    }
    existing = parsed.value;
    previousDoc = parsed.doc;
  }
  const { sidecar, counts } = mergeImported(existing, source, imported, document);
  sidecar.document.sha256 = sha256(text);
  const saved = await saveAtomically(fs, sidecarPath, serializeSidecar(sidecar, previousDoc));
  return saved.ok ? { ok: true, counts } : { ok: false, message: saved.message, words: saved.words };
}
