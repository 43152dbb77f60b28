// A pool worker that fails on purpose, for the fallback tests: an article containing CRASH ends the worker
// thread (with the other articles of its message), one containing FAIL is answered with an error; any other
// is analysed as the real worker does.
import { parentPort } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
const pool = await import('../../../src/core/corpus/pool.ts');
// The .ts loads as CommonJS (the package is not "type": "module"): its exports may come as `default`.
const { answerPoolRequest } = pool.answerPoolRequest ? pool : pool.default;

parentPort.on('message', (message) => {
  if (message.requests.some((r) => r.request.text.includes('CRASH'))) process.exit(3);
  const answer = answerPoolRequest({ ...message, requests: message.requests.filter((r) => !r.request.text.includes('FAIL')) });
  for (const r of message.requests) if (r.request.text.includes('FAIL')) answer.answers.push({ id: r.id, error: 'failed on purpose' });
  parentPort.postMessage(answer);
});
