/**
 * The worker thread (dist/detectWorker.js): detects large articles off the extension host's thread for
 * Detector.prepare (detector.ts), and analyses articles for the corpus's first pass (core/corpus/pool.ts:
 * the extension, the CLI and the benchmark start it). Plain data in and out; no `vscode`.
 */
import { parentPort } from 'node:worker_threads';
import { detect } from '../core/detect/index';
import type { DetectOptions } from '../core/detect/index';
import { answerPoolRequest, isPoolRequest } from '../core/corpus/pool';
import type { WorkerAnswer } from './detector';

parentPort?.on('message', (request: { id: number; text: string; options: DetectOptions }) => {
  if (isPoolRequest(request)) return void parentPort?.postMessage(answerPoolRequest(request));
  let answer: WorkerAnswer;
  try {
    answer = { id: request.id, result: detect(request.text, request.options) };
  } catch (e) {
    answer = { id: request.id, error: (e as Error).stack ?? String(e) };
  }
  parentPort?.postMessage(answer);
});
