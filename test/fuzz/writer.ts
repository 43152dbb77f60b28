/**
 * A writer to be killed: saves successive versions of a sidecar with saveAtomically over the real
 * file system, printing `saved <gen>` after each save, until it is killed.
 *
 *   node writer.cjs <sidecar path> <first generation> [die-at]
 *
 * `die-at` makes it SIGKILL itself at one exact point of its first save, so every stage of a save is
 * covered, not only those a timer happens to hit: `mid-write` (half the temporary file written),
 * `before-rename` (temporary file complete), `after-rename` (before the folder is synced).
 */
import { promises as fsp } from 'node:fs';
import { NodeFileSystem } from '../../src/cli/nodeFs';
import { saveAtomically } from '../../src/core/sidecar/save';
import { versionText } from './versions';

const [path, firstArg, dieAt] = process.argv.slice(2);

function die(): never {
  process.kill(process.pid, 'SIGKILL');
  throw new Error('unreachable');
}

class DyingFileSystem extends NodeFileSystem {
  override async writeFile(p: string, data: Uint8Array): Promise<void> {
    if (dieAt === 'mid-write') {
      const handle = await fsp.open(p, 'w');
      await handle.write(data.subarray(0, data.length >> 1));
      die();
    }
    await super.writeFile(p, data);
    if (dieAt === 'before-rename') die();
  }

  override async rename(from: string, to: string): Promise<void> {
    await fsp.rename(from, to);
    if (dieAt === 'after-rename') die();
    await super.rename(to, to);
  }
}

async function main(): Promise<void> {
  const fs = dieAt ? new DyingFileSystem() : new NodeFileSystem();
  let gen = Number(firstArg);
  process.stdout.write('ready\n');
  for (;;) {
    gen++;
    const result = await saveAtomically(fs, path, versionText(gen));
    if (!result.ok) {
      process.stdout.write(`refused ${result.reason}: ${result.message}\n`);
      process.exit(3);
    }
    process.stdout.write(`saved ${gen}\n`);
    // A save that never reached its stage means the saving code changed: say so rather than loop.
    if (dieAt) {
      process.stdout.write(`refused stage ${dieAt} never reached during a save\n`);
      process.exit(3);
    }
  }
}

void main();
