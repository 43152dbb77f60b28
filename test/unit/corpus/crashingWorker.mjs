// A pool worker that fails on purpose, for the fallback tests: an article containing CRASH ends the worker
// thread, one containing FAIL is answered with an error; any other is analysed as the real worker does.
import { parentPort } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
const pool = await import('../../../src/core/corpus/pool.ts');
// The .ts loads as CommonJS (the package is not "type": "module"): its exports may come as `default`.
const { answerPoolRequest } = pool.answerPoolRequest ? pool : pool.default;

parentPort.on('message', (message) => {
  const text = message.request.text;
  if (text.includes('CRASH')) process.exit(3);
  if (text.includes('FAIL')) parentPort.postMessage({ kind: 'analysed', id: message.id, error: 'failed on purpose' });
  else parentPort.postMessage(answerPoolRequest(message));
});
