/**
 * The corpus index's public face: `CorpusIndex` (corpusIndex.ts) and what its callers use of the pieces
 * behind it. Import from here, not from the pieces, so they can move.
 */
export { CorpusIndex, type CorpusDocument, type CorpusIndexOptions, type DetectFn, type DocumentOptions } from './corpusIndex';
export type { PersonSummary } from './corpusPeople';
export { formatDate, MAX_EVENT_REASONS } from './eventBuild';
export type { DocumentAnalysis, MentionAnalysis } from './analyze';
export { analyseDocument } from './analyze';
export { durationRange, valueRange, rangesOverlap, isoDuration } from './intervals';
export { wordDiff, claimId } from './claims';
export { splitSentences } from './sentences';
export {
  AnalysisCache,
  MemoryCacheStore,
  registrySignature,
  type AnalysisCacheStore,
  type AnalysisCacheOptions,
  type AnalysisInputs,
  type CachedAnalysis,
} from './cache';
export type { AnalysisRequest, AnalysisResult } from './analyseArticle';
export { findTriggers } from './triggers';
export {
  corpusDecisions,
  sidecarFacts,
  type CorpusDecisions,
  type DecisionAnnotation,
  type DecisionSources,
  type SidecarFacts,
  type SpanRef,
  type TaggedPerson,
  type UserEvent,
  type UserLink,
  type UserVerdict,
} from './decisions';

/** Slug helper re-exported for adapters that build ids for user events. */
export { slug } from './hash';
