/**
 * The worker thread's entry (bundled to dist/detectWorker.js): answers the requests of protocol.ts, for the
 * editor's detector (src/extension/detector.ts) and the corpus's analysis pool (core/corpus/pool.ts, started
 * by the extension, the CLI's `report` and the benchmark). Plain data in and out; no `vscode`.
 */
import { parentPort } from 'node:worker_threads';
import { answerWorkerRequest, type WorkerRequest } from './protocol';

parentPort?.on('message', (request: WorkerRequest) => parentPort?.postMessage(answerWorkerRequest(request)));
