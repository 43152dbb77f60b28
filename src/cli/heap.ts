/**
 * `report` and `export` hold the folder's corpus index, which grows linearly with the folder: about 35 KB of
 * V8 heap per article, plus grouping's share (bench/EXPORT-RESULTS.md). Past about 60,000 articles that crosses
 * Node's default heap limit (about 4 GB on a 64-bit machine), which V8 fixes when the process starts: the run
 * would die out of heap after an hour of work. So the CLI, started for one of these commands, starts itself
 * once more with a limit of three quarters of the machine's memory when that is well above the limit it has.
 * A limit the user set (`--max-old-space-size` on node's command line or in NODE_OPTIONS) is left as it is.
 */

/** The commands whose memory grows with the folder. */
const INDEXING = new Set(['report', 'export']);
/** Set in the restarted process, so that it never restarts again. */
export const HEAP_RESTARTED = 'NEWSMARK_HEAP_RESTARTED';
const FLAG = '--max-old-space-size';

export interface HeapContext {
  /** The command line after node and the script. */
  argv: readonly string[];
  /** node's own options (process.execArgv). */
  execArgv: readonly string[];
  env: Readonly<Record<string, string | undefined>>;
  /** V8's heap limit now, bytes (v8.getHeapStatistics().heap_size_limit). */
  heapLimit: number;
  /** The machine's memory, bytes (os.totalmem()). */
  totalMemory: number;
}

/** The heap limit to restart with, in MB, or undefined when the process should run as it is. */
export function heapRestartLimit(c: HeapContext): number | undefined {
  const command = c.argv.find((a) => !a.startsWith('-') && !/^(fr|en)$/.test(a));
  if (!command || !INDEXING.has(command) || c.argv.includes('--help') || c.argv.includes('-h')) return undefined;
  if (c.env[HEAP_RESTARTED]) return undefined;
  if (c.execArgv.some((a) => a.startsWith(FLAG)) || (c.env.NODE_OPTIONS ?? '').includes(FLAG)) return undefined;
  const target = Math.floor((c.totalMemory * 0.75) / 2 ** 20);
  // Not worth a second process for less than a quarter more.
  return target > (c.heapLimit / 2 ** 20) * 1.25 ? target : undefined;
}

/** node's arguments for the restart: the larger limit, node's own options, the script and the command line. */
export function restartArgs(limitMb: number, execArgv: readonly string[], script: string, argv: readonly string[]): string[] {
  return [`${FLAG}=${limitMb}`, ...execArgv, script, ...argv];
}
