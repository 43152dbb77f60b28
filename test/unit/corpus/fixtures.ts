import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Detections } from '../../../src/core/model';
import { CorpusIndex as CorpusIndexClass, type CorpusIndex } from '../../../src/core/corpus/index';
import { detect } from '../../../src/core/detect';

const SEEDS = join(__dirname, '..', '..', '..', 'seeds');

/** The texts of the five seed articles, in file-name order. */
export const seeds = readdirSync(SEEDS)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => readFileSync(join(SEEDS, f), 'utf8'));

/** Detection is the slow part and is not under test in the index tests: memoised per text. */
const memo = new Map<string, Detections>();
export const detectMemo = (text: string, o: { published?: string }): Detections => {
  const k = `${o.published ?? ''}\u0000${text}`;
  let d = memo.get(k);
  if (!d) memo.set(k, (d = detect(text, o)));
  return d;
};

/** Everything the index answers, as one comparable value. */
export function snapshot(idx: CorpusIndex): unknown {
  return JSON.parse(
    JSON.stringify({
      events: idx.events(),
      contradictions: idx.contradictions(),
      agreements: idx.agreements(),
      people: idx.people(),
      documents: idx.documents(),
    }),
  );
}

/** An index of small articles written for a test: file -> [text, publication date]. */
export function indexOfArticles(docs: Record<string, [string, string]>): CorpusIndex {
  const idx = new CorpusIndexClass();
  for (const [file, [text, published]] of Object.entries(docs)) idx.setDocument(file, text, { published });
  return idx;
}
