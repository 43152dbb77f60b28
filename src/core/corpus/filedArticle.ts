/**
 * What grouping derives from one article alone, derived as the corpus index files the article a worker of the
 * analysis pool analysed: during the pass the index's thread mostly waits on the workers, and grouping, which
 * runs alone after the pass, then finds it done. Not in the worker: grouping's memos live in the index's thread.
 */
import type { DocumentAnalysis } from './analyze';
import { adoptStoryTerms, type AnalysisResult } from './analyseArticle';
import { notePersonPairs } from './corpusPeople';
import { tallyTerms } from './story';

/** Files a worker's analysis: its story terms as the worker computed them, tallied, and its people's (id, name) pairs read. */
export function filedFromWorker(analysis: DocumentAnalysis, result: AnalysisResult): void {
  const terms = adoptStoryTerms(analysis, result);
  if (terms) tallyTerms(terms);
  notePersonPairs(analysis);
}
