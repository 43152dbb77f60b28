/**
 * `newsmark report <folder> [--json | --format md] [--lang fr|en] [--workers N]`: indexes every article under the folder
 * (with its sidecar and the folder's newsmark.yaml) and prints the corpus report. A large folder is analysed
 * in worker threads (dist/detectWorker.js, beside the CLI); the report is the same either way.
 */
import { buildReport, renderMarkdown, type ReportLanguage } from '../core/corpus/report';
import { loadCorpusFolder } from './corpusFolder';

export interface ReportIo {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
}

const USAGE = 'usage: newsmark report <folder> [--json | --format md] [--lang fr|en] [--workers N]\n';

export interface ReportOptions {
  /** The pool's worker entry (default: detectWorker.js beside this file, as bundled in dist/). */
  workerPath?: string;
}

/** Runs the report command; returns the exit code (0 ok, 1 failure, 2 usage). */
export async function runReport(args: string[], io: ReportIo, options: ReportOptions = {}): Promise<number> {
  let folder: string | undefined;
  let format: 'json' | 'md' = 'md';
  let workers: number | undefined;
  let lang: ReportLanguage | undefined;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--json') format = 'json';
    else if (a === '--lang' || a.startsWith('--lang=')) {
      const l = a === '--lang' ? args[++i] : a.slice(7);
      if (l !== 'fr' && l !== 'en') {
        io.stderr(`newsmark report: --lang takes fr or en (by default, the language of most articles)\n${USAGE}`);
        return 2;
      }
      lang = l;
    }
    else if (a === '--format') {
      const f = args[++i];
      if (f !== 'md' && f !== 'json') {
        io.stderr(`newsmark report: unknown format '${f ?? ''}' (md or json)\n${USAGE}`);
        return 2;
      }
      format = f;
    } else if (a.startsWith('--format=')) format = a.slice(9) === 'json' ? 'json' : 'md';
    else if (a === '--workers' || a.startsWith('--workers=')) {
      const n = Number(a === '--workers' ? args[++i] : a.slice(10));
      if (!Number.isInteger(n) || n < 0) {
        io.stderr(`newsmark report: --workers takes a number of threads (0: none)\n${USAGE}`);
        return 2;
      }
      workers = n;
    }
    else if (a === '--help' || a === '-h') {
      io.stdout(USAGE);
      return 0;
    } else if (a.startsWith('-')) {
      io.stderr(`newsmark report: unknown option '${a}'\n${USAGE}`);
      return 2;
    } else if (!folder) folder = a;
    else {
      io.stderr(`newsmark report: one folder only\n${USAGE}`);
      return 2;
    }
  }
  if (!folder) {
    io.stderr(USAGE);
    return 2;
  }
  const loaded = await loadCorpusFolder(folder, 'report', io.stderr, { ...options, ...(workers !== undefined ? { workers } : {}) });
  if (!loaded?.index) return 1;
  const index = loaded.index;

  const report = buildReport(index);
  io.stdout(format === 'json' ? `${JSON.stringify(report, null, 2)}\n` : renderMarkdown(report, lang));
  return 0;
}
