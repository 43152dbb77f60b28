/**
 * The one message protocol of Newsmark's worker threads, tagged by `kind`: the editor's detector asks for the
 * detections of one large article (`detect`), the corpus's analysis pool for the analyses of several articles
 * (`analyse`, see corpus/pool.ts). One worker entry (entry.ts) answers both, so the extension, the CLI and the
 * benchmark start the same file (bundled to dist/detectWorker.js).
 */
import { detect, type DetectOptions } from '../detect/index';
import type { Detections } from '../model';
import { answerPoolRequest, type PoolAnswer, type PoolRequest } from '../corpus/pool';

/** Detect one text (a negative id: a warm-up, whose answer nobody waits for). */
export interface DetectRequest {
  kind: 'detect';
  id: number;
  text: string;
  options: DetectOptions;
}

export interface DetectAnswer {
  kind: 'detected';
  id: number;
  result?: Detections;
  error?: string;
}

export type WorkerRequest = DetectRequest | PoolRequest;
export type WorkerAnswer = DetectAnswer | PoolAnswer;

/** The worker's side: the answer to one request. Never throws (an error travels in the answer). */
export function answerWorkerRequest(request: WorkerRequest): WorkerAnswer {
  if (request.kind === 'analyse') return answerPoolRequest(request);
  try {
    return { kind: 'detected', id: request.id, result: detect(request.text, request.options) };
  } catch (e) {
    return { kind: 'detected', id: request.id, error: (e as Error).stack ?? String(e) };
  }
}
