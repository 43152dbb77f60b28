import * as assert from 'node:assert/strict';
import { api } from './helpers';

describe('the corpus analysis cache', () => {
  it('serves the first indexing pass through the workspace-storage cache', async () => {
    const { corpus } = await api();
    await corpus.whenIndexed();
    const stats = corpus.service.cacheStats();
    assert.ok(stats, 'no analysis cache: the extension has no workspace storage');
    assert.ok(stats.hits + stats.misses >= 5, `the cache saw ${stats.hits + stats.misses} of the 5 seed articles`);
  });
});
