/**
 * How sidecars, newsmark.yaml and the leftovers of their saves are decoded: strictly, since a byte replaced by
 * U+FFFD on reading is lost for good on the next write.
 */
import { problemAt, type YamlProblem } from './problems';

/** The problem of a file that is not UTF-8. */
export const NOT_UTF8: readonly YamlProblem[] = [problemAt('not-utf8', 1, 1)];

/**
 * Decodes a sidecar or newsmark.yaml strictly, without its BOM. Throws a TypeError on bytes that are not
 * UTF-8 (see `notUtf8`): replacing them would lose what they were on the next save.
 */
export function decodeStrict(bytes: Uint8Array): string {
  const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  return text.startsWith('\uFEFF') ? text.slice(1) : text;
}

/** The problems of an error `decodeStrict` threw, or undefined for any other error. */
export function notUtf8(e: unknown): YamlProblem[] | undefined {
  return e instanceof TypeError ? [...NOT_UTF8] : undefined;
}
