// The analysis pool's worker entry for unit tests: the extension's worker (src/extension/detectWorker.ts),
// loaded through tsx, as dist/detectWorker.js is the same file bundled.
import { register } from 'tsx/esm/api';

register();
await import('../../../src/extension/detectWorker.ts');
