import { strict as assert } from 'node:assert';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { NodeFileSystem } from '../../../src/cli/nodeFs';
import { absorbLeftovers, findLeftovers } from '../../../src/core/sidecar/leftovers';
import { parseSidecar } from '../../../src/core/sidecar/yamlStore';
import { ANNOTATIONS, generationOf, versionText } from '../../fuzz/versions';
import { prng, record, runs, SEED } from './harness';

const STAGES = ['mid-write', 'before-rename', 'after-rename'] as const;

interface Outcome {
  acked: number;
  refused?: string;
  signal: NodeJS.Signals | null;
}

/**
 * Runs the writer from generation `first`; kills it with SIGKILL after `delayMs` (or lets it kill
 * itself at `dieAt`). Resolves once its output is fully read: the last `saved` line is final.
 */
function runWriter(script: string, path: string, first: number, kill: { delayMs?: number; dieAt?: string }): Promise<Outcome> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, path, String(first), ...(kill.dieAt ? [kill.dieAt] : [])], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    let timer: NodeJS.Timeout | undefined;
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      if (kill.delayMs !== undefined && !timer && out.includes('ready\n')) {
        timer = setTimeout(() => child.kill('SIGKILL'), kill.delayMs);
      }
    });
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      if (timer) clearTimeout(timer);
      if (code !== null && code !== 3) reject(new Error(`writer exited with ${code}: ${err}`));
      const saved = [...out.matchAll(/^saved (\d+)$/gm)].map((m) => Number(m[1]));
      const refused = /^refused (.*)$/m.exec(out)?.[1];
      resolve({ acked: saved.length ? saved[saved.length - 1] : first, refused, signal });
    });
  });
}

describe('reliability: a writer killed with SIGKILL while saving', function () {
  let dir: string;
  let script: string;

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'newsmark-kill-'));
    script = join(dir, 'writer.cjs');
    // Bundled once so each spawn starts in milliseconds (no TypeScript loader in the child).
    await build({
      entryPoints: [join(__dirname, '..', '..', 'fuzz', 'writer.ts')],
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      outfile: script,
      logLevel: 'error',
    });
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('always leaves the old or the new version on disk, never a truncated or mixed file', async function () {
    const texts = new Map<number, string>();
    const textOf = (gen: number) => {
      if (!texts.has(gen)) texts.set(gen, versionText(gen));
      return texts.get(gen)!;
    };
    const cases = runs(12);
    const LANES = 3;
    let corrupted = 0;
    let lost = 0;
    let crashes = 0;
    const byStage: Record<string, number> = { timer: 0, 'mid-write': 0, 'before-rename': 0, 'after-rename': 0 };
    const failures: string[] = [];
    // Three writers on three sidecars at once (two cores): the same cases in a third of the time.
    const lane = async (l: number) => {
      const path = join(dir, `lane${l}.txt.annotations.yaml`);
      writeFileSync(path, textOf(0));
      const random = prng(SEED + l);
      let gen = 0;
      for (let i = l; i < cases; i += LANES) {
        // One case in two dies at a chosen stage of a save; the others at a random moment.
        const dieAt = i % 2 === 1 ? STAGES[(i >> 1) % STAGES.length] : undefined;
        const outcome = await runWriter(script, path, gen, dieAt ? { dieAt } : { delayMs: Math.floor(random() * 150) });
        byStage[dieAt ?? 'timer']++;
        if (outcome.refused) {
          crashes++;
          failures.push(`case ${i}: the writer refused to save: ${outcome.refused}`);
          return;
        }
        const text = readFileSync(path, 'utf8');
        const parsed = parseSidecar(text, 'article.txt.annotations.yaml');
        const found = generationOf(text);
        if (!parsed.ok || found === undefined || text !== textOf(found)) {
          corrupted++;
          failures.push(`case ${i} (${dieAt ?? 'timer'}): the file is not one whole version`);
          return;
        }
        // Every save the writer reported is on disk; at most the one in flight is missing.
        if (found < outcome.acked || found > outcome.acked + 1) {
          lost++;
          failures.push(`case ${i}: generation ${found} on disk, the writer had saved ${outcome.acked}`);
          return;
        }
        if (parsed.value.annotations.length !== ANNOTATIONS) lost += ANNOTATIONS - parsed.value.annotations.length;
        gen = found;
      }
    };
    await Promise.all([0, 1, 2].map(lane));
    const leftovers = readdirSync(dir).filter((n) => n.endsWith('.tmp')).length;
    // What an interrupted save left behind is recovered, not deleted: a complete temporary file (killed
    // before the rename) merges into the sidecar without losing any of its annotations; a truncated one
    // (killed mid-write) is reported with its position and left alone.
    let readable = 0;
    let truncated = 0;
    for (let l = 0; l < LANES; l++) {
      const path = join(dir, `lane${l}.txt.annotations.yaml`);
      const current = parseSidecar(readFileSync(path, 'utf8'), path);
      if (!current.ok) continue; // already counted as corrupted above
      const found = await findLeftovers(new NodeFileSystem(), path, { minAgeMs: 0 });
      // A parse problem (with its line and column), not a read failure.
      truncated += found.filter((f) => f.problem && f.problem.code !== 'cannot-read' && f.problem.code !== 'too-large-bytes').length;
      const absorbed = absorbLeftovers(current.value, found);
      if (!absorbed) continue;
      readable += absorbed.absorbed.length;
      const ids = new Set(absorbed.sidecar.annotations.map((a) => a.id));
      for (const f of absorbed.absorbed) {
        const missing = f.sidecar!.annotations.filter((a) => !ids.has(a.id)).length + current.value.annotations.filter((a) => !ids.has(a.id)).length;
        if (missing) {
          lost += missing;
          failures.push(`merging ${f.path} lost ${missing} annotation(s)`);
        }
      }
    }
    if (readable + truncated !== leftovers) failures.push(`${leftovers} temporary files, but ${readable} readable and ${truncated} reported as truncated`);
    record(this, {
      area: 'Faults',
      fault: 'Writer process killed with SIGKILL while saving (random moment; mid-write, before and after the rename)',
      protection:
        'saveAtomically writes a fsynced temporary file and renames it over the sidecar; leftovers are merged back (findLeftovers/absorbLeftovers), never deleted unread',
      cases,
      lost,
      corrupted,
      crashes,
      note: `${byStage.timer} at a random moment, ${byStage['mid-write']} mid-write, ${byStage['before-rename']} before and ${byStage['after-rename']} after the rename; ${leftovers} temporary file(s) left beside the sidecars: ${readable} complete, merged without loss by \`newsmark check --fix\`; ${truncated} truncated, reported with line:column and kept`,
    });
    assert.deepEqual(failures, []);
  });
});
