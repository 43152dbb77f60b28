// A worker for the WorkerPool tests: answers each message with one message, in order: `{ echo: n }` for
// `{ n }`, after blocking `hold` ms when asked (so that messages pile up); `{ exit: true }` ends the thread
// without answering (a crash).
import { parentPort, threadId } from 'node:worker_threads';

parentPort.on('message', (message) => {
  if (message.exit) process.exit(3);
  if (message.hold) {
    const until = Date.now() + message.hold;
    while (Date.now() < until);
  }
  parentPort.postMessage({ echo: message.n, thread: threadId });
});
