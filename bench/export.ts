/**
 * Memory of `newsmark export` and `newsmark report` against the size of the folder: each command runs in
 * its own Node process (a fresh heap) over generated folders of growing size, and its peak RSS
 * (`process.resourceUsage().maxRSS`) is read at exit. A streaming format with nothing to index (w3c) should
 * stay flat; a format that needs the corpus (ndjson: detections and events; report) grows with the index,
 * linearly: the table gives the bytes per article between sizes, and what that slope says for 100,000.
 *
 *   npx tsx bench/export.ts                 sizes 1000, 4000, 16000 (a few minutes on two cores)
 *   npx tsx bench/export.ts 2000 8000       other sizes
 *   NEWSMARK_BENCH_ONLY=w3c npx tsx …       only the commands whose label contains that word
 *   NEWSMARK_BENCH_NODE='--max-old-space-size=512' npx tsx …   Node options of the measured runs (a heap bound)
 *   NEWSMARK_BENCH_CLI=/tmp/base/dist/cli.js npx tsx …          another build's CLI (an A/B on the same folders)
 *
 * Each command runs the bundled CLI (dist/cli.js: run `node esbuild.mjs` first) with its default worker threads,
 * as a user runs it; its output goes to /dev/null. Peak RSS counts the worker threads (same process).
 *
 * Folders are generated into bench/corpora/export-<n>/ (git-ignored) and reused: the seeds' shapes with
 * other names, places and numbers (bench/corpus.ts), each with a sidecar of 8 note annotations.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeSelector } from '../src/core/anchor/reanchor';
import { serializeSidecar } from '../src/core/sidecar/yamlStore';
import { codePointLength } from '../src/core/text/offsets';
import { article } from './corpus';

const ROOT = join(__dirname, '..');
const SEEDS = join(ROOT, 'seeds');

function folder(n: number): string {
  const dir = join(ROOT, 'bench', 'corpora', `export-${n}`);
  if (existsSync(join(dir, '.complete'))) return dir;
  mkdirSync(dir, { recursive: true });
  for (let i = 0; i < n; i++) {
    const { name, text } = article(SEEDS, i);
    writeFileSync(join(dir, name), text);
    const length = codePointLength(text);
    const annotations = Array.from({ length: 8 }, (_, k) => {
      const start = Math.floor((length * k) / 8);
      return { id: `a-${k}`, type: 'note' as const, ...makeSelector(text, start, Math.min(length, start + 12)), note: `bench note ${k}` };
    });
    writeFileSync(join(dir, `${name}.annotations.yaml`), serializeSidecar({ version: 1, document: { source: name }, annotations, rejected: [] }));
  }
  writeFileSync(join(dir, '.complete'), '');
  return dir;
}

/** The CLI measured (NEWSMARK_BENCH_CLI: another build's, for an A/B on the same folders). */
const CLI = process.env.NEWSMARK_BENCH_CLI ?? join(ROOT, 'dist', 'cli.js');
/** Preloaded in the measured process: its peak RSS and CPU time, on stderr's last line at exit. */
const AT_EXIT = `process.on('exit', (code) => { const u = process.resourceUsage(); process.stderr.write('\\n' + JSON.stringify({ code, maxRssMB: u.maxRSS / 1024, cpuMs: (u.userCPUTime + u.systemCPUTime) / 1000 }) + '\\n'); });`;
const NODE_OPTIONS = (process.env.NEWSMARK_BENCH_NODE ?? '').split(' ').filter(Boolean);

/** One command in a fresh process: its exit code, time, CPU time and peak RSS (its output to /dev/null). */
function measure(args: string[]): { code: number; ms: number; cpuMs: number; maxRssMB: number; signal?: string; processes?: number } {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run node esbuild.mjs first`);
  const preload = join(ROOT, 'bench', 'corpora', 'at-exit.cjs');
  writeFileSync(preload, AT_EXIT);
  const t = Date.now();
  const r = spawnSync(process.execPath, [...NODE_OPTIONS, '--require', preload, CLI, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    stdio: ['ignore', 'ignore', 'pipe'],
    maxBuffer: 64 << 20,
  });
  const ms = Date.now() - t;
  // One line per process: the CLI's own and, when it restarted itself with a larger heap (src/cli/heap.ts), its
  // child's (the preload is among node's options, which the restart passes on). The peak is the larger, the CPU
  // the sum (the parent only waits).
  const seen = r.stderr
    .split('\n')
    .filter((l) => l.startsWith('{"code"'))
    .map((l) => JSON.parse(l) as { code: number; cpuMs: number; maxRssMB: number });
  if (seen.length) {
    const maxRssMB = Math.max(...seen.map((u) => u.maxRssMB));
    const cpuMs = seen.reduce((sum, u) => sum + u.cpuMs, 0);
    return { ms, code: r.status ?? seen[seen.length - 1].code, cpuMs, maxRssMB, processes: seen.length };
  }
  // Killed before its exit handler (out of memory): said, and the table shows the exit status.
  process.stderr.write(`${args.join(' ')}: ${r.stderr.slice(-1000)}\n`);
  return { code: r.status ?? 1, ms, cpuMs: NaN, maxRssMB: NaN, ...(r.signal ? { signal: r.signal } : {}) };
}

const sizes = process.argv
  .slice(2)
  .map(Number)
  .filter((n) => n > 0);
const SIZES = sizes.length ? sizes : [1000, 4000, 16000];
const COMMANDS: Array<[string, (dir: string) => string[]]> = [
  ['export w3c (stream, no index)', (dir) => ['export', dir, '--format', 'w3c']],
  ['export ndjson (index + detections)', (dir) => ['export', dir, '--format', 'ndjson']],
  ['report --json', (dir) => ['report', dir, '--json']],
];
const rows: string[] = [];
const only = process.env.NEWSMARK_BENCH_ONLY;
for (const [label, args] of COMMANDS.filter(([l]) => !only || l.includes(only))) {
  const points = SIZES.map((n) => ({ n, ...measure(args(folder(n))) }));
  const [a, b] = [points[0], points[points.length - 1]];
  const perArticleKB = ((b.maxRssMB - a.maxRssMB) * 1024) / (b.n - a.n);
  const at100k = b.maxRssMB + (perArticleKB * (100_000 - b.n)) / 1024;
  rows.push(
    `| ${label} | ${points.map((p) => `${p.n}: ${p.maxRssMB.toFixed(0)} MB, ${(p.ms / 1000).toFixed(1)} s (CPU ${(p.cpuMs / 1000).toFixed(1)} s)${p.code ? ` (exit ${p.signal ?? p.code})` : ''}${p.processes === 2 ? ' (restarted with a larger heap)' : ''}`).join('; ')} | ${perArticleKB.toFixed(1)} KB | ${at100k.toFixed(0)} MB |`,
  );
  process.stdout.write(`${rows[rows.length - 1]}\n`);
}
process.stdout.write(`\n| command | peak RSS and time by articles | slope per article | projected at 100,000 |\n|---|---|---|---|\n${rows.join('\n')}\n`);
