import { strict as assert } from 'node:assert';
import { DEFAULT_ARTICLES_GLOB, globMatcher } from '../../../src/core/workspace/glob';

describe('article globs (newsmark.articles)', () => {
  it('matches the default in the folder itself and in any sub-folder, not sidecars or other extensions', () => {
    const m = globMatcher(DEFAULT_ARTICLES_GLOB);
    assert.deepEqual(['a.txt', 'x/y/b.txt', 'a.txt.annotations.yaml', 'a.md', 'txt'].map(m), [true, true, false, false, false]);
  });

  it('reads alternatives, classes and single-character wildcards', () => {
    const m = globMatcher('news/**/*.{txt,md}');
    assert.deepEqual(['news/a.md', 'news/2025/b.txt', 'a.txt', 'news/a.html'].map(m), [true, true, false, false]);
    assert.deepEqual(['a1.txt', 'ab.txt', 'a12.txt'].map(globMatcher('a[0-9].txt')), [true, false, false]);
    assert.deepEqual(['a1.txt', 'a/1.txt'].map(globMatcher('a?.txt')), [true, false]);
  });

  it('takes regular-expression characters literally', () => {
    const m = globMatcher('(draft)+$.txt');
    assert.equal(m('(draft)+$.txt'), true);
    assert.equal(m('draft.txt'), false);
  });

  it('refuses an unclosed alternative or class with a clear error', () => {
    assert.throws(() => globMatcher('**/*.{txt,md'), /"\{" without its "\}"/);
    assert.throws(() => globMatcher('a[bc.txt'), /"\[" without its "\]"/);
  });
});
