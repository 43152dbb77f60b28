import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { HEAP_RESTARTED, heapRestartLimit, restartArgs, type HeapContext } from '../../../src/cli/heap';

const GB = 2 ** 30;
/** A 24 GB machine whose node started with a 4 GB heap, running `newsmark report folder`. */
const base: HeapContext = { argv: ['report', 'folder'], execArgv: [], env: {}, heapLimit: 4 * GB, totalMemory: 24 * GB };

describe('the CLI heap limit for large folders (cli/heap.ts)', () => {
  it('restarts report and export with three quarters of the machine memory', () => {
    assert.equal(heapRestartLimit(base), 18 * 1024);
    assert.equal(heapRestartLimit({ ...base, argv: ['export', 'folder', '--format', 'ndjson'] }), 18 * 1024);
    assert.equal(heapRestartLimit({ ...base, argv: ['--lang', 'fr', 'report', 'folder'] }), 18 * 1024);
  });

  it('leaves commands that hold no index, and help, as they are', () => {
    for (const argv of [['detect', 'a.txt'], ['check', 'folder'], ['report', '--help'], ['--version'], []]) {
      assert.equal(heapRestartLimit({ ...base, argv }), undefined, argv.join(' '));
    }
  });

  it('never restarts twice, and keeps a limit the user set', () => {
    assert.equal(heapRestartLimit({ ...base, env: { [HEAP_RESTARTED]: '1' } }), undefined);
    assert.equal(heapRestartLimit({ ...base, execArgv: ['--max-old-space-size=2048'] }), undefined);
    assert.equal(heapRestartLimit({ ...base, env: { NODE_OPTIONS: '--max-old-space-size=2048' } }), undefined);
  });

  it('does not restart for a small gain (a machine with little memory)', () => {
    assert.equal(heapRestartLimit({ ...base, totalMemory: 6 * GB }), undefined);
    assert.equal(heapRestartLimit({ ...base, heapLimit: 16 * GB }), undefined);
  });

  it('gives node the limit before its own options, the script and the command line', () => {
    const args = restartArgs(18432, ['--enable-source-maps'], '/x/cli.js', ['report', 'f', '--json']);
    assert.deepEqual(args, ['--max-old-space-size=18432', '--enable-source-maps', '/x/cli.js', 'report', 'f', '--json']);
    // node takes the limit it is given: the restarted process has the heap asked for.
    const r = spawnSync(process.execPath, [restartArgs(6144, [], '-e', [])[0], '-p', 'require("v8").getHeapStatistics().heap_size_limit / 2 ** 20']);
    assert.ok(Number(r.stdout.toString()) >= 6144, r.stdout.toString());
  });
});
