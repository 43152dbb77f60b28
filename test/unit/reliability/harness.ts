/**
 * Shared by the reliability suites: how many cases to run, fixed seeds, the fault-injecting file
 * system, and the tally that `npm run reliability` turns into docs/reliability.md.
 *
 * `npm test` runs every suite with its small default number of cases and a fixed seed, so CI always
 * exercises each protection in a few seconds. `npm run test:fuzz` sets NEWSMARK_FUZZ_RUNS and the
 * same properties run that many times more (and the slow bad-input cases run too).
 */
import { writeFileSync } from 'node:fs';
import type { FileStat, FileSystem } from '../../../src/core/fs';

/** Multiplier of every property's case count (1 in `npm test`). */
export const FUZZ_FACTOR = Math.max(1, Number(process.env.NEWSMARK_FUZZ_RUNS ?? '1') || 1);
/** True under `npm run test:fuzz`: the slow cases (50 MB articles through detection) run too. */
export const FUZZING = FUZZ_FACTOR > 1;
/** Fixed in `npm test`; NEWSMARK_FUZZ_SEED explores elsewhere (a failure prints the seed to replay). */
export const SEED = Number(process.env.NEWSMARK_FUZZ_SEED ?? '20250227');

/** Number of cases for a property: `fast` in `npm test`, `fast * NEWSMARK_FUZZ_RUNS` under fuzzing. */
export function runs(fast: number): number {
  return fast * FUZZ_FACTOR;
}

/** fast-check parameters: fixed seed, scaled runs. */
export function fcParams(fast: number): { seed: number; numRuns: number; endOnFailure: boolean } {
  return { seed: SEED, numRuns: runs(fast), endOnFailure: false };
}

/** A small deterministic PRNG (Park-Miller), for loops that are not fast-check properties. */
export function prng(seed: number): () => number {
  let s = (Math.abs(Math.floor(seed)) % 2147483646) + 1;
  return () => (s = (s * 48271) % 2147483647) / 2147483647;
}

/** One row of the reliability table. */
export interface Tally {
  /** Area of the table: Anchoring, Sidecar, Faults, Concurrent writers, Bad input, Offsets. */
  area: string;
  /** The fault or bad input, in a few words. */
  fault: string;
  /** What protects the user, and so what the test would catch if it were removed. */
  protection: string;
  cases: number;
  /** Annotations missing afterwards (from memory or disk). */
  lost: number;
  /** Sidecars on disk that did not parse or were neither the old nor the new version. */
  corrupted: number;
  /** Exceptions that escaped the code under test. */
  crashes: number;
  /** Anything worth a note (conflicts reported, leftover temporary files, messages). */
  note?: string;
  /** Filled in by `record`: the mocha full title of the test. */
  test?: string;
}

const tallies: Tally[] = [];

/**
 * Records a row for the table. Call it before asserting, so a failing protection still shows its
 * numbers in the table.
 */
export function record(ctx: Mocha.Context, row: Omit<Tally, 'test'>): void {
  tallies.push({ ...row, test: ctx.test?.fullTitle() });
}

if (process.env.NEWSMARK_RELIABILITY_OUT) {
  const out = process.env.NEWSMARK_RELIABILITY_OUT;
  after(() => writeFileSync(out, JSON.stringify({ fuzzFactor: FUZZ_FACTOR, seed: SEED, tallies }, null, 2)));
}

/** An error such as Node's fs raises. */
export function fsError(code: string, path: string, syscall = 'open'): NodeJS.ErrnoException {
  const messages: Record<string, string> = {
    EACCES: 'permission denied',
    EROFS: 'read-only file system',
    ENOSPC: 'no space left on device',
    ENOENT: 'no such file or directory',
    EIO: 'i/o error',
  };
  return Object.assign(new Error(`${code}: ${messages[code] ?? 'error'}, ${syscall} '${path}'`), { code, syscall, path });
}

type Op = keyof FileSystem;

/**
 * Wraps a FileSystem and makes chosen operations fail the way a real disk does: permission denied
 * (a read-only folder when not running as root), read-only file system, disk full. `partial` writes
 * half the data before failing, as a full disk does.
 */
export class FaultyFileSystem implements FileSystem {
  /** Operation -> error code to throw while set. */
  readonly failing = new Map<Op, string>();
  /** With ENOSPC on writeFile, write this fraction of the data first. */
  partial = 0.5;
  readonly calls: string[] = [];

  constructor(private readonly inner: FileSystem) {}

  private check(op: Op, path: string): string | undefined {
    this.calls.push(`${op} ${path}`);
    return this.failing.get(op);
  }

  async readFile(path: string): Promise<Uint8Array> {
    const code = this.check('readFile', path);
    if (code) throw fsError(code, path);
    return this.inner.readFile(path);
  }

  async writeFile(path: string, data: Uint8Array): Promise<void> {
    const code = this.check('writeFile', path);
    if (code === 'ENOSPC') {
      await this.inner.writeFile(path, data.subarray(0, Math.floor(data.length * this.partial)));
      throw fsError(code, path, 'write');
    }
    if (code) throw fsError(code, path);
    return this.inner.writeFile(path, data);
  }

  async rename(from: string, to: string): Promise<void> {
    const code = this.check('rename', to);
    if (code) throw fsError(code, from, 'rename');
    return this.inner.rename(from, to);
  }

  async delete(path: string): Promise<void> {
    const code = this.check('delete', path);
    if (code) throw fsError(code, path, 'unlink');
    return this.inner.delete(path);
  }

  async stat(path: string): Promise<FileStat | undefined> {
    const code = this.check('stat', path);
    if (code) throw fsError(code, path, 'stat');
    return this.inner.stat(path);
  }
}
