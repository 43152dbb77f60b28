/**
 * An index that does not keep its articles' texts: a folder of 100,000 articles would hold some 10 KB of text
 * per article (and every excerpt cut from it, as V8 slices keep their parent string) for the few answers that
 * quote an article. The text is read again through the caller's `ReadText` when something needs it, and
 * checked against what was indexed: a file that changed since is an error, never a silently wrong excerpt.
 */
import type { CachedAnalysis } from './cache';
import type { DocumentAnalysis } from './analyze';
import { stableHash } from './hash';

/** An article's text by its file, read again from where the index got it (undefined: it cannot be read). */
export type ReadText = (file: string) => string | undefined;

/**
 * A getter of `text` for `file` that reads it again through `read`: throws when the text read is not the one
 * indexed (the file changed or vanished), so nothing is quoted from another text than the one analysed.
 */
export function rereadText(file: string, text: string, read: ReadText): () => string {
  const length = text.length;
  const hash = stableHash(text);
  return () => {
    const again = read(file);
    if (again === undefined) throw new Error(`${file} can no longer be read: the index needs its text again`);
    if (again.length !== length || stableHash(again) !== hash) throw new Error(`${file} changed on disk since it was indexed: index the folder again`);
    return again;
  };
}

/**
 * The analysis as an index without texts keeps it: no detector output, its strings copied out of the article's
 * text (a slice would keep the whole text alive), and `text` a getter that reads the article again.
 */
export function detachedAnalysis(full: DocumentAnalysis | CachedAnalysis, text: () => string): CachedAnalysis {
  const { detections: _omit, text: _text, ...rest } = full as DocumentAnalysis;
  // structuredClone makes flat copies of the strings: the analysis no longer refers to the text it was cut from.
  const lean = structuredClone(rest) as CachedAnalysis;
  return withTextGetter(shareStrings(lean), text);
}

/**
 * Short strings that recur across articles (kinds, families, place and person ids), one copy each: the first
 * ones met, up to a bound, so the table cannot grow with the folder.
 */
const common = new Map<string, string>();
const COMMON_MAX_LENGTH = 32;
const COMMON_MAX_ENTRIES = 50_000;

/**
 * Makes equal strings of an analysis one string (its mentions repeat their sentence as `snippet`, their date's
 * and place's words): copies from a worker or from `structuredClone` are otherwise one string per use, which
 * costs more than the article's text. Walks plain objects and arrays in place; returns `value`.
 */
export function shareStrings<T>(value: T): T {
  const seen = new Map<string, string>();
  // A short string is looked up in the common table first (it holds every short one met, until full), a long one
  // only among this value's: one lookup each. The walk indexes arrays and enumerates objects without a key list.
  const share = (x: string): string => {
    const short = x.length <= COMMON_MAX_LENGTH;
    const known = (short ? common.get(x) : undefined) ?? seen.get(x);
    if (known !== undefined) return known;
    seen.set(x, x);
    if (short && common.size < COMMON_MAX_ENTRIES) common.set(x, x);
    return x;
  };
  const walk = (o: Record<string, unknown> | unknown[]): void => {
    if (Array.isArray(o)) {
      for (let i = 0; i < o.length; i++) {
        const v: unknown = o[i];
        if (typeof v === 'string') o[i] = share(v);
        else if (v && typeof v === 'object') walk(v as Record<string, unknown>);
      }
      return;
    }
    for (const k in o) {
      const v = o[k];
      if (typeof v === 'string') o[k] = share(v);
      else if (v && typeof v === 'object') walk(v as Record<string, unknown>);
    }
  };
  if (value && typeof value === 'object') walk(value as Record<string, unknown>);
  return value;
}

/** `analysis.text` read through `text` (enumerable, as the plain property it replaces). */
export function withTextGetter<T extends object>(analysis: T, text: () => string): T {
  Object.defineProperty(analysis, 'text', { configurable: true, enumerable: true, get: text });
  return analysis;
}
