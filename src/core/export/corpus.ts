/** The corpus-level facts the exports read, taken from a corpus index. */
import type { CorpusIndex } from '../corpus/index';
import type { ExportCorpus } from './types';

/** Documents, events, contradictions (with the user's verdicts applied) and people of `index`. */
export function exportCorpusOf(index: CorpusIndex): ExportCorpus {
  return {
    documents: index.documents().map((d) => ({ file: d.file, ...(d.published ? { published: d.published } : {}), ...(d.outlet ? { outlet: d.outlet } : {}) })),
    events: index.events(),
    contradictions: index.contradictions(),
    people: index.people().map((p) => ({ id: p.id, name: p.name, aliases: p.aliases })),
  };
}
