/**
 * A pass's articles analysed in this thread, a batch at a time: the analysis pool's `analyse` without workers,
 * for a pass that starts none (a small folder, or `--workers 0`). Detecting a batch's articles together is faster
 * than one by one (`detectBatch`; bench/abBatch.mjs), and the results are the ones a worker gives, which the
 * index adopts as it adopts a worker's (`CorpusIndex.setDocument`).
 *
 * Requests wait until a batch is full (`DETECT_BATCH` or the constructor's bound, in articles and characters) or `flush` is called:
 * `AnalysisQueue` flushes before it waits for a result. For an index with a cache (a request asking for an entry),
 * the answer is the whole analysis, not an entry: the index puts it in its cache as `setDocument` alone does, rather
 * than adopt an entry made here and decode it again.
 */
import { DETECT_BATCH } from '../detect';
import { analyseRequests, type AnalysisRequest, type AnalysisResult } from './analyseArticle';
import { EntryEncoder } from './cache';

interface Waiting {
  request: AnalysisRequest;
  cancelled: (() => boolean) | undefined;
  resolve: (result: AnalysisResult | undefined) => void;
}

/**
 * A batch's bound for a pass in a thread that must stay responsive (the extension host, which the pass one article
 * at a time let breathe every 10 ms or so): about 10 news articles, ~13 ms of CPU (bench/abFirstPass.mjs), where a
 * `DETECT_BATCH` holds it ~50 ms; batches of 64K characters saved hardly more CPU for twice the hold.
 */
export const RESPONSIVE_BATCH = { texts: DETECT_BATCH.texts, chars: 32 * 1024 };

export class BatchAnalyser {
  readonly size = 1;
  private waiting: Waiting[] = [];
  private chars = 0;
  /** Never used to encode: a request for an entry is answered with the analysis (see above). */
  private readonly encoder = new EntryEncoder();

  /** `limit`: a batch is analysed once it holds this many texts or characters. */
  constructor(private readonly limit: { texts: number; chars: number } = DETECT_BATCH) {}

  /** Analyses `request` with the next batch; resolves undefined when cancelled or failed (the caller analyses it itself). */
  analyse(request: AnalysisRequest, _cache?: unknown, cancelled?: () => boolean): Promise<AnalysisResult | undefined> {
    return new Promise((resolve) => {
      this.waiting.push({ request, cancelled, resolve });
      this.chars += request.text.length;
      if (this.waiting.length >= this.limit.texts || this.chars >= this.limit.chars) this.flush();
    });
  }

  /** Analyses what waits, now. */
  flush(): void {
    // Each request's cancellation asked once: a request cancelled now is answered undefined, never also analysed.
    const jobs: Waiting[] = [];
    for (const w of this.waiting) {
      if (w.cancelled?.()) w.resolve(undefined);
      else jobs.push(w);
    }
    this.waiting = [];
    this.chars = 0;
    if (!jobs.length) return;
    const answers = analyseRequests(
      jobs.map((j) => ({ ...j.request, encode: false, ...(j.request.encode ? { analysis: true } : {}) })),
      this.encoder,
    );
    jobs.forEach((j, k) => j.resolve(answers[k].result));
  }
}
