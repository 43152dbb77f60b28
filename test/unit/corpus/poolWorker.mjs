// The analysis pool's worker entry for unit tests: the worker entry (src/core/worker/entry.ts),
// loaded through tsx, as dist/detectWorker.js is the same file bundled.
import { register } from 'tsx/esm/api';

register();
await import('../../../src/core/worker/entry.ts');
