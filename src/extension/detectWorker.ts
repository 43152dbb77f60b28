/**
 * The detection worker thread (dist/detectWorker.js): detects large articles off the extension host's
 * thread for Detector.prepare (detector.ts). Plain data in and out.
 */
import { parentPort } from 'node:worker_threads';
import { detect } from '../core/detect/index';
import type { DetectOptions } from '../core/detect/index';
import type { WorkerAnswer } from './detector';

parentPort?.on('message', (request: { id: number; text: string; options: DetectOptions }) => {
  let answer: WorkerAnswer;
  try {
    answer = { id: request.id, result: detect(request.text, request.options) };
  } catch (e) {
    answer = { id: request.id, error: (e as Error).stack ?? String(e) };
  }
  parentPort?.postMessage(answer);
});
