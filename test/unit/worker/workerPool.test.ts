import { strict as assert } from 'node:assert';
import { join } from 'node:path';
import { WorkerPool } from '../../../src/core/worker/workerPool';

// The one manager of the worker threads (the corpus's analysis pool and the editor's detector, a pool of
// one, post through it): each message gets its own answer, a worker that dies answers undefined and loses
// nothing else, the pool gives up after repeated failures, and idle workers end.

const ECHO = join(__dirname, 'echoWorker.mjs');
type Request = { n?: number; exit?: boolean; hold?: number };
type Answer = { echo: number; thread: number };

/** Resolves once `done()` holds, checking on every turn of the event loop (state, not a fixed time). */
async function until(done: () => boolean): Promise<void> {
  while (!done()) await new Promise((r) => setImmediate(r));
}

describe('worker pool', () => {
  const pools: Array<WorkerPool<Request, Answer, unknown>> = [];
  const make = (options: Partial<ConstructorParameters<typeof WorkerPool<Request, Answer, { posted: number }>>[0]> = {}) => {
    const pool = new WorkerPool<Request, Answer, { posted: number }>({ workerPath: ECHO, size: 2, state: () => ({ posted: 0 }), ...options });
    pools.push(pool as WorkerPool<Request, Answer, unknown>);
    return pool;
  };
  afterEach(() => pools.splice(0).forEach((p) => p.dispose()));

  it('answers each message with its own answer, spread over up to `size` workers, each with its own state', async () => {
    const pool = make();
    const states = new Set<{ posted: number }>();
    const answers = await Promise.all(
      Array.from({ length: 8 }, (_, n) =>
        pool.post((state) => {
          states.add(state);
          state.posted++;
          return { n, hold: 5 };
        }),
      ),
    );
    assert.deepEqual(
      answers.map((a) => a?.echo),
      [0, 1, 2, 3, 4, 5, 6, 7],
    );
    assert.equal(new Set(answers.map((a) => a?.thread)).size, 2);
    assert.equal(states.size, 2);
    assert.equal(
      [...states].reduce((s, x) => s + x.posted, 0),
      8,
    );
  });

  it('has no room once every worker holds `depth` messages', async () => {
    const pool = make({ size: 1, depth: 2 });
    assert.ok(pool.hasRoom());
    const first = pool.post(() => ({ n: 1, hold: 20 }));
    assert.ok(pool.hasRoom());
    const second = pool.post(() => ({ n: 2 }));
    assert.equal(pool.hasRoom(), false);
    await Promise.all([first, second]);
    assert.ok(pool.hasRoom());
  });

  it('answers undefined the messages of a worker that dies, and starts another for the next message', async () => {
    const logged: string[] = [];
    const pool = make({ size: 1, name: 'a test worker', log: (m) => logged.push(m) });
    const [crashed, behind] = await Promise.all([pool.post(() => ({ exit: true })), pool.post(() => ({ n: 2 }))]);
    assert.equal(crashed, undefined);
    assert.equal(behind, undefined);
    assert.match(logged[0], /^a test worker exited \(code 3\)/);
    assert.equal((await pool.post(() => ({ n: 3 })))?.echo, 3);
    assert.equal(pool.closed, false);
  });

  it('gives up after `maxFailures` failures: every message is answered undefined at once, and the log says so once', async () => {
    const logged: string[] = [];
    const pool = make({ size: 1, maxFailures: 2, log: (m) => logged.push(m), gaveUp: 'the work is done here.' });
    assert.equal(await pool.post(() => ({ exit: true })), undefined);
    assert.equal(await pool.post(() => ({ exit: true })), undefined);
    assert.ok(pool.closed);
    assert.equal(pool.hasRoom(), false);
    let built = false;
    assert.equal(
      await pool.post(() => {
        built = true;
        return { n: 1 };
      }),
      undefined,
    );
    assert.equal(built, false, 'a closed pool built a message');
    assert.equal(logged.filter((m) => m.endsWith('; the work is done here.')).length, 1);
  });

  it('gives up on a worker script that cannot start', async () => {
    const pool = make({ size: 1, maxFailures: 1, workerPath: join(__dirname, 'no-such-worker.mjs') });
    assert.equal(await pool.post(() => ({ n: 1 })), undefined);
    await until(() => pool.closed);
  });

  it('ends a worker idle for `idleMs`, and starts one again on the next message', async () => {
    const pool = make({ size: 1, idleMs: 1 });
    assert.equal((await pool.post(() => ({ n: 1 })))?.echo, 1);
    await until(() => pool.running === 0);
    assert.equal((await pool.post(() => ({ n: 2 })))?.echo, 2);
    assert.equal(pool.closed, false, 'ending an idle worker counted as a failure');
  });

  it('answers undefined what the workers hold when disposed', async () => {
    const pool = make({ size: 1 });
    const held = pool.post(() => ({ n: 1, hold: 50 }));
    pool.dispose();
    assert.equal(await held, undefined);
    assert.equal(await pool.post(() => ({ n: 2 })), undefined);
  });
});
