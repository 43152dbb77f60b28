/**
 * The successive versions of one sidecar that the killed writer (writer.ts) saves, one per
 * generation: the parent test regenerates them to check that what is on disk after a SIGKILL is
 * exactly one whole version.
 */
import type { Sidecar } from '../../src/core/sidecar/schema';
import { serializeSidecar } from '../../src/core/sidecar/yamlStore';

/** Annotations per version: ~2 KB of YAML: big enough for a write to be interrupted, small enough for hundreds of cases. */
export const ANNOTATIONS = 12;

/** The sidecar text of generation `gen` (deterministic). */
export function versionText(gen: number): string {
  const annotations: Sidecar['annotations'] = [];
  for (let i = 0; i < ANNOTATIONS; i++) {
    annotations.push({
      id: `a-${i.toString(36).padStart(8, '0')}`,
      type: i % 3 === 0 ? 'person' : i % 3 === 1 ? 'date' : 'note',
      quote: `passage ${i} «cité» 😀 é`,
      start: i * 40,
      end: i * 40 + 20,
      prefix: `avant ${i}`,
      suffix: `après ${i}`,
      note: `generation ${gen}, annotation ${i}`,
    });
  }
  const sidecar = { version: 1, generation: gen, document: { source: 'article.txt' }, annotations, rejected: [] } as Sidecar;
  return serializeSidecar(sidecar);
}

/** The generation written in a sidecar text, or undefined when there is none. */
export function generationOf(text: string): number | undefined {
  const m = /^generation: (\d+)$/m.exec(text);
  return m ? Number(m[1]) : undefined;
}
