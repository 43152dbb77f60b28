/**
 * Automatic detection of people, dates, durations and quotes in one article. Plain data in, plain data
 * out, code-point offsets (end exclusive) as everywhere in `model.ts`.
 */
import type { Detections } from '../model';
import { detectBatch, type DetectOptions } from './detectBatch';

export { findPublicationDate } from './publication';
export { personIdKey, personKey, personSlug } from './personKey';
export { detectLanguage } from './language';
export { detectBatch, detectBatches, DETECT_BATCH, type DetectOptions } from './detectBatch';

/**
 * Detects people, dates and times, durations and quotes (with speakers) in `text`. Dates are normalised
 * against the publication date: `options.published`, else a header line, else a dateline, else unknown
 * (relative dates then keep X for what cannot be known: "XXXX-WXX-4" for a Thursday). A batch of one:
 * where many articles come at once, `detectBatch` gives the same for each, faster.
 */
export function detect(text: string, options: DetectOptions = {}): Detections {
  return detectBatch([text], [options])[0];
}
