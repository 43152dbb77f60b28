/**
 * One benchmark task per process (`node out/bench/worker.js TASK [args]`), so that each size gets a clean
 * heap and its own peak RSS (process.resourceUsage().maxRSS). Prints one JSON object on the last line.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as chrono from 'chrono-node';
import { detect, detectBatch, detectBatches } from '../src/core/detect';
import { AnalysisCache, CorpusIndex, type AnalysisCacheStore } from '../src/core/corpus';
import { AnalysisPool, AnalysisQueue, defaultPoolSize } from '../src/core/corpus/pool';
import { BatchAnalyser } from '../src/core/corpus/batchAnalyser';
import { parseSidecar, serializeSidecar } from '../src/core/sidecar/yamlStore';
import { makeSelector, prepareText, reanchorAll, type AnchorTarget } from '../src/core/anchor/reanchor';
import { TextIndex } from '../src/core/text/offsets';
import type { Sidecar } from '../src/core/sidecar/schema';
import { article, corpus, longArticle, pathologicalArticle, prng, utf8Bytes } from './corpus';
import { mb, round, summarise, time, type Timing } from './stats';

const ROOT = resolve(__dirname, '..', '..');
const SEEDS = join(ROOT, 'seeds');
const CORPORA = join(ROOT, 'bench', 'corpora');

function out(result: unknown): void {
  const ru = process.resourceUsage();
  console.log(JSON.stringify({ ...(result as object), maxRssMB: mb(ru.maxRSS * 1024) }));
}

/** The generated corpus of size n, written to bench/corpora/n/ once (reading it back is part of a real start). */
function ensureCorpus(n: number): string {
  const dir = join(CORPORA, String(n));
  const marker = join(dir, '.complete');
  if (existsSync(marker)) return dir;
  mkdirSync(dir, { recursive: true });
  for (const a of corpus(SEEDS, n)) writeFileSync(join(dir, a.name), a.text);
  writeFileSync(marker, new Date().toISOString());
  return dir;
}

function readCorpus(dir: string): Array<{ name: string; text: string }> {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((name) => ({ name, text: readFileSync(join(dir, name), 'utf8') }));
}

function fileStore(path: string): AnalysisCacheStore {
  return {
    read: async () => (existsSync(path) ? readFileSync(path, 'utf8') : undefined),
    write: async (data) => writeFileSync(path, data),
  };
}

// ---------------------------------------------------------------------------------------------------------

/**
 * Detection throughput (MB/s) of the whole pipeline vs chrono.fr.parse on the same text, interleaved: `detect()`
 * one article at a time (as the editor detects), and `detectBatch` over the same articles in the batches the
 * corpus paths use (`detectBatches`: each stage over a batch before the next).
 */
function taskDetect(articles: number, runs: number): void {
  const texts = corpus(SEEDS, articles).map((a) => a.text);
  const batches = detectBatches(texts, (t) => t.length);
  const bytes = texts.reduce((s, t) => s + utf8Bytes(t), 0);
  const seedTexts = readdirSync(SEEDS)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => readFileSync(join(SEEDS, f), 'utf8'));
  const seedBytes = seedTexts.reduce((s, t) => s + utf8Bytes(t), 0);
  const det: number[] = [];
  const bat: number[] = [];
  const chr: number[] = [];
  const seedDet: number[] = [];
  // Warm-up both, then alternate so machine load hits both alike; the ratio is taken per run.
  for (const t of texts.slice(0, 50)) {
    detect(t);
    chrono.fr.parse(t);
  }
  for (const b of batches.slice(0, 2)) detectBatch(b);
  const ratios: number[] = [];
  const batchRatios: number[] = [];
  for (let r = 0; r < runs; r++) {
    let t0 = performance.now();
    for (const t of texts) detect(t);
    const d = performance.now() - t0;
    t0 = performance.now();
    for (const b of batches) detectBatch(b);
    const b = performance.now() - t0;
    t0 = performance.now();
    for (const t of texts) chrono.fr.parse(t);
    const c = performance.now() - t0;
    t0 = performance.now();
    for (let k = 0; k < 20; k++) for (const t of seedTexts) detect(t);
    seedDet.push((performance.now() - t0) / 20);
    det.push(d);
    bat.push(b);
    chr.push(c);
    ratios.push(c / d);
    batchRatios.push(b / d);
  }
  const mbps = (ms: number[], b: number) => summarise(ms.map((x) => b / (1 << 20) / (x / 1000)));
  const seedMsPerMB = summarise(seedDet.map((x) => x / (seedBytes / (1 << 20))));
  out({
    articles,
    bytes,
    detectMBps: mbps(det, bytes),
    batchMBps: mbps(bat, bytes),
    batches: batches.length,
    batchTimeOverDetect: summarise(batchRatios),
    chronoFrMBps: mbps(chr, bytes),
    detectOverChronoSpeed: summarise(ratios),
    seedsMsPerMB: seedMsPerMB,
  });
}

/** Long (1 MB, one call) and pathological (1 MB, one line) articles; size ladder first to catch super-linearity. */
function taskLong(which: 'long' | 'pathological', runs: number): void {
  const make = (bytes: number) => (which === 'long' ? longArticle(SEEDS, bytes) : pathologicalArticle(bytes));
  const ladder: Array<{ bytes: number; ms: number; msPerMB: number }> = [];
  let projected = 0;
  for (const kb of [64, 128, 256, 512, 1024]) {
    const text = make(kb * 1024);
    if (kb > 64 && projected > 120_000) {
      ladder.push({ bytes: utf8Bytes(text), ms: NaN, msPerMB: NaN });
      continue; // would take more than two minutes: reported as skipped
    }
    // Each size twice when that is cheap, the faster call kept: the first calls of a process measure V8
    // compiling detect(), which would flatten the ladder's exponent.
    let ms = Infinity;
    for (let k = 0; k < 2 && (k === 0 || ms < 5000); k++) {
      const t = performance.now();
      detect(text);
      ms = Math.min(ms, performance.now() - t);
    }
    const perMB = ms / (utf8Bytes(text) / (1 << 20));
    ladder.push({ bytes: utf8Bytes(text), ms: round(ms, 1), msPerMB: round(perMB, 1) });
    const prev = ladder[ladder.length - 2];
    const exponent = prev && prev.ms > 0 ? Math.log(ms / prev.ms) / Math.log(2) : 1;
    projected = ms * Math.pow(2, Math.max(1, exponent));
  }
  const full = make(1 << 20);
  const last = ladder[ladder.length - 1];
  // The rule: a median of several runs after a warm-up. The ladder above is not one: V8 still optimises
  // detect() during a first 1 MB call, so without this the figure measured the JIT, not detection.
  const slow = last.ms > 20_000;
  const bytes = utf8Bytes(full);
  if (Number.isNaN(last.ms) || slow) {
    const timing = Number.isNaN(last.ms) ? undefined : time(() => detect(full), 1, 0);
    out({
      which,
      bytes,
      lines: full.split('\n').length,
      ladder,
      ms: timing,
      msPerMB: timing ? round(timing.median / (bytes / (1 << 20)), 1) : null,
      growthExponent: growth(ladder),
    });
    return;
  }
  // "No slower per MB than the seeds" is judged in this process, the seeds timed right after each 1 MB run:
  // the two figures then share the machine's state (load, clock) instead of coming from different minutes.
  const seedTexts = readdirSync(SEEDS)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => readFileSync(join(SEEDS, f), 'utf8'));
  const seedMB = seedTexts.reduce((s, t) => s + utf8Bytes(t), 0) / (1 << 20);
  const REPEAT = 20;
  const seedsRun = () => {
    const t = performance.now();
    for (let k = 0; k < REPEAT; k++) for (const t of seedTexts) detect(t);
    return (performance.now() - t) / REPEAT / seedMB;
  };
  detect(full);
  seedsRun();
  const samples: number[] = [];
  const seedsPerMB: number[] = [];
  for (let r = 0; r < runs; r++) {
    const t = performance.now();
    detect(full);
    samples.push(performance.now() - t);
    seedsPerMB.push(seedsRun());
  }
  const timing = summarise(samples);
  const perMB = samples.map((ms) => ms / (bytes / (1 << 20)));
  out({
    which,
    bytes,
    lines: full.split('\n').length,
    ladder,
    ms: timing,
    msPerMB: round(timing.median / (bytes / (1 << 20)), 1),
    growthExponent: growth(ladder),
    seedsMsPerMB: summarise(seedsPerMB),
    overSeeds: summarise(perMB.map((x, i) => x / seedsPerMB[i])),
  });
}

/** Log-log slope between the first and last measured points. */
function growth(points: Array<{ bytes: number; ms: number }>): number | null {
  const ok = points.filter((p) => p.ms > 0 && !Number.isNaN(p.ms));
  if (ok.length < 2) return null;
  const a = ok[0];
  const b = ok[ok.length - 1];
  return round(Math.log(b.ms / a.ms) / Math.log(b.bytes / a.bytes), 2);
}

/**
 * Index build at size n: cold (no cache; fills the cache file), then events() and contradictions().
 * `workers` > 0: the articles are analysed in a pool of that many worker threads (as the extension's first
 * pass does), ended before grouping; 0: in this thread. CPU time and peak RSS count the workers too.
 */
async function taskIndex(n: number, mode: 'cold' | 'warm', runs: number, workers = 0): Promise<void> {
  const dir = ensureCorpus(n);
  const cachePath = join(CORPORA, `cache-${n}.txt`);
  const tRead = performance.now();
  const docs = readCorpus(dir);
  const readMs = performance.now() - tRead;
  const bytes = docs.reduce((s, d) => s + utf8Bytes(d.text), 0);
  let heapPeak = 0;
  const sample = () => {
    const m = process.memoryUsage();
    heapPeak = Math.max(heapPeak, m.heapUsed + m.external);
  };
  const samples: number[] = [];
  const phases: Array<Record<string, number>> = [];
  let events = 0;
  let contradictions = 0;
  let hits = 0;
  let misses = 0;
  const total = mode === 'warm' ? runs + 1 : runs; // warm: one untimed warm-up load
  const cpu: number[] = [];
  let pool: { analysed: number; failed: number; adopted: number; reencoded: number } | undefined;
  for (let r = 0; r < total; r++) {
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    const cache = new AnalysisCache(fileStore(cachePath), { version: 'bench' });
    if (mode === 'warm') await cache.load();
    const t1 = performance.now();
    const index = new CorpusIndex({ cache });
    if (workers > 0) {
      // Started with the pass, as the extension does: the workers' start-up is part of the figure.
      const analysisPool = new AnalysisPool({ workerPath: join(__dirname, 'detectWorker.js'), size: workers, log: (m) => console.error(m) });
      const queue = new AnalysisQueue(analysisPool, cache);
      for (let i = 0; i < docs.length; i++) {
        const { name, text } = docs[i];
        await queue.add(index.analysisRequest(name, text), (result) => index.setDocument(name, text, {}, result));
        if (i % 250 === 0) sample();
      }
      await queue.done();
      sample();
      analysisPool.dispose();
      pool = { analysed: analysisPool.analysed, failed: analysisPool.failed, adopted: cache.adopted, reencoded: cache.reencoded };
    } else {
      // In this thread, a batch at a time (BatchAnalyser), as the CLI's passes without workers.
      const queue = new AnalysisQueue(new BatchAnalyser(), cache);
      for (let i = 0; i < docs.length; i++) {
        const { name, text } = docs[i];
        await queue.add(index.analysisRequest(name, text), (result) => index.setDocument(name, text, {}, result));
        if (i % 250 === 0) sample();
      }
      await queue.done();
    }
    const cpu2 = process.cpuUsage(cpu0);
    let t2 = performance.now();
    // Cold: the cache is written as soon as the analyses exist (the extension does the same), untimed.
    let writeMs = 0;
    if (mode === 'cold') {
      await cache.flush();
      writeMs = performance.now() - t2;
      t2 = performance.now();
    }
    events = index.events().length;
    contradictions = index.contradictions().length;
    sample();
    const t3 = performance.now();
    const used = process.cpuUsage(cpu0);
    cpu.push((used.user + used.system) / 1000);
    const cpuMs = (u: NodeJS.CpuUsage) => round((u.user + u.system) / 1000, 0);
    samples.push(t3 - t0 - writeMs);
    hits = cache.hits;
    misses = cache.misses;
    // CPU up to the end of analysis (the workers' too), then of the rest (one thread: the pool has ended).
    if (r > 0 || mode === 'cold')
      phases.push({
        loadCacheMs: round(t1 - t0, 1),
        analyseMs: round(t2 - t1 - writeMs, 1),
        groupAndClaimsMs: round(t3 - t2, 1),
        writeCacheMs: round(writeMs, 1),
        analyseCpuMs: cpuMs(cpu2),
        restCpuMs: cpuMs(used) - cpuMs(cpu2),
      });
  }
  const timed = mode === 'warm' ? samples.slice(1) : samples;
  const cacheMB = existsSync(cachePath) ? mb(statSync(cachePath).size) : null;
  // CPU of the process, all threads, cache write included (it is not in `ms`).
  const cpuTimed = mode === 'warm' ? cpu.slice(1) : cpu;
  out({
    n,
    mode,
    workers,
    bytes,
    cacheMB,
    readFilesMs: round(readMs, 1),
    ms: summarise(timed),
    cpuMs: summarise(cpuTimed),
    phases,
    events,
    contradictions,
    cacheHits: hits,
    cacheMisses: misses,
    heapPeakMB: mb(heapPeak),
    ...(pool ? { pool } : {}),
  });
}

/** One edit in one article of the n-article corpus, to an updated index (events + contradictions). */
async function taskIncremental(n: number, runs: number): Promise<void> {
  const dir = ensureCorpus(n);
  const docs = readCorpus(dir);
  const cache = new AnalysisCache(fileStore(join(CORPORA, `cache-${n}.txt`)), { version: 'bench' });
  await cache.load();
  const index = new CorpusIndex({ cache });
  for (const d of docs) index.setDocument(d.name, d.text);
  index.events();
  index.contradictions();
  const r = prng(7);
  const samples: number[] = [];
  const setDoc: number[] = [];
  // Warm-up: ten edits first. The extension host has run detection and the index's patch paths long before
  // a user's edit (indexing, earlier keystrokes); the first few edits of a fresh process measure V8 compiling
  // them (30-40 ms) instead. Their times are reported apart (firstEditMs, warmupEditsMs).
  const WARMUP = 10;
  const first: number[] = [];
  for (let k = 0; k < runs + WARMUP; k++) {
    const d = docs[Math.floor(r() * docs.length)];
    // Replace one word in the middle of the article (a typo fix): a real re-analysis of that article.
    const at = d.text.indexOf(' ', d.text.length >> 1);
    const edited = `${d.text.slice(0, at)} très${d.text.slice(at)}`;
    const t0 = performance.now();
    index.setDocument(d.name, edited);
    const t1 = performance.now();
    index.events();
    index.contradictions();
    const t2 = performance.now();
    if (k < WARMUP) first.push(t2 - t0);
    if (k >= WARMUP) {
      samples.push(t2 - t0);
      setDoc.push(t1 - t0);
    }
    d.text = edited;
  }
  out({
    n,
    ms: summarise(samples),
    analyseOneArticleMs: summarise(setDoc),
    regroupMs: summarise(samples.map((s, i) => s - setDoc[i])),
    firstEditMs: Math.round(first[0] * 10) / 10,
    warmupEditsMs: summarise(first.slice(1)),
  });
}

/** The Events tree's first level: index.events() after a change, mapped to tree items. */
async function taskTree(n: number, runs: number): Promise<void> {
  const dir = ensureCorpus(n);
  const docs = readCorpus(dir);
  const cache = new AnalysisCache(fileStore(join(CORPORA, `cache-${n}.txt`)), { version: 'bench' });
  await cache.load();
  const index = new CorpusIndex({ cache });
  for (const d of docs) index.setDocument(d.name, d.text);
  // Cold: the first events() after indexing (full grouping); then the mapping alone on a built index.
  const t0 = performance.now();
  const first = index.events();
  const coldMs = performance.now() - t0;
  const toItems = () =>
    index.events().map((ev) => ({
      id: ev.id,
      label: ev.title,
      description: `${ev.mentions.length} mention${ev.mentions.length === 1 ? '' : 's'} · ${ev.sources} source${ev.sources === 1 ? '' : 's'}`,
      tooltip: (ev.reasoning ?? []).join('\n'),
      collapsibleState: ev.mentions.length ? 1 : 0,
      contextValue: 'event',
    }));
  const items = toItems().length;
  const built = time(toItems, runs, 1);
  out({ n, events: first.length, items, firstBuildMs: round(coldMs, 1), itemsFromBuiltIndexMs: built });
}

/** Sidecar with 10,000 annotations: serialise and parse (schema validation included). */
function taskSidecar(count: number, runs: number): void {
  const text = longArticle(SEEDS, 1 << 20);
  const idx = new TextIndex(text);
  const cps = idx.length;
  const r = prng(11);
  const types = ['person', 'date', 'quote', 'event', 'claim', 'place', 'organisation', 'note'] as const;
  const annotations = [];
  for (let i = 0; i < count; i++) {
    const start = Math.floor(r() * (cps - 40));
    const end = start + 5 + Math.floor(r() * 30);
    const sel = makeSelector(idx, start, end);
    annotations.push({ id: `a-${i.toString(36).padStart(6, '0')}`, type: types[i % types.length], ...sel, ...(i % 5 === 0 ? { note: `note ${i}` } : {}) });
  }
  const sidecar = { version: 1, document: { source: 'long.txt', published: '2025-02-27' }, annotations, rejected: [] } as unknown as Sidecar;
  const yaml = serializeSidecar(sidecar);
  const parsed = parseSidecar(yaml, 'long.txt.annotations.yaml');
  if (!parsed.ok) throw new Error(`the generated sidecar does not parse: ${JSON.stringify(parsed).slice(0, 400)}`);
  const save = time(() => serializeSidecar(sidecar), runs, 1);
  const load = time(() => parseSidecar(yaml, 'long.txt.annotations.yaml'), runs, 1);
  out({ annotations: count, yamlBytes: utf8Bytes(yaml), saveMs: save, loadMs: load });
}

/** Re-anchoring `count` annotations on a 1 MB article after an edit near the start (everything moves). */
function taskReanchor(count: number, runs: number): void {
  const text = longArticle(SEEDS, 1 << 20);
  const idx = new TextIndex(text);
  const r = prng(13);
  const targets: AnchorTarget[] = [];
  for (let i = 0; i < count; i++) {
    // Annotations on words (as people, dates, quotes are), spread over the article.
    let at = Math.floor(r() * (text.length - 200));
    at = text.indexOf(' ', at) + 1;
    const end = text.indexOf(' ', at + 4);
    targets.push({ ...makeSelector(idx, idx.toCodePoint(at), idx.toCodePoint(end)), type: 'person' });
  }
  const cut = text.indexOf('\n\n', 1000);
  const edited = `${text.slice(0, cut)} Une phrase ajoutée par la rédaction.${text.slice(cut)}`;
  const results = reanchorAll(prepareText(edited), targets);
  const status: Record<string, number> = {};
  for (const x of results) status[x.status] = (status[x.status] ?? 0) + 1;
  const withPrepare = time(() => reanchorAll(prepareText(edited), targets), runs, 1);
  const prepared = prepareText(edited);
  const reanchorOnly = time(() => reanchorAll(prepared, targets), runs, 1);
  out({ annotations: count, bytes: utf8Bytes(edited), ms: withPrepare, reanchorOnlyMs: reanchorOnly, status });
}

async function main(): Promise<void> {
  const [task, a, b, c, d] = process.argv.slice(2);
  switch (task) {
    case 'corpus':
      for (const n of (a ?? '10,1000,10000').split(',').map(Number)) ensureCorpus(n);
      return out({ ok: true });
    case 'detect':
      return taskDetect(Number(a ?? 200), Number(b ?? 5));
    case 'long':
      return taskLong(a as 'long' | 'pathological', Number(b ?? 3));
    case 'index':
      return taskIndex(Number(a), (b ?? 'cold') as 'cold' | 'warm', Number(c ?? 1), d === 'auto' ? defaultPoolSize() : Number(d ?? 0));
    case 'incremental':
      return taskIncremental(Number(a ?? 10000), Number(b ?? 15));
    case 'tree':
      return taskTree(Number(a ?? 10000), Number(b ?? 5));
    case 'sidecar':
      return taskSidecar(Number(a ?? 10000), Number(b ?? 5));
    case 'reanchor':
      return taskReanchor(Number(a ?? 1000), Number(b ?? 5));
    default:
      throw new Error(`unknown task ${task}`);
  }
}

void main().catch((e) => {
  console.error(e);
  process.exit(1);
});

export type { Timing };
export { article };
