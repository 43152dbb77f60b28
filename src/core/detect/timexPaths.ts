/**
 * The words a TIMEX family's match must hold after its first word, read before its pattern runs: at "de" the
 * family of "de nos jours" needs "nos" next, at "le" that of "le lendemain" needs "lendemain". The word pass of
 * `timexRules.ts` tries a family's pattern only where the text's next words fit one of its paths, so most
 * texts never run most patterns (each first run of a pattern in a text was a few microseconds of cold code).
 *
 * A path lists, for each word after the first, the words allowed there (lower case, letters only). It only
 * turns a position down when no match can start there: every word of a path is a literal the pattern requires,
 * separated by spaces, apostrophes or hyphens, and the text is read as loosely (any run of those, any case;
 * "ſ", which a case-insensitive pattern takes for "s", read as "s").
 */
import { DIGIT, LETTER, SPACE } from './chars';

/** The words allowed at each place after a first word. */
export type WordPath = ReadonlyArray<ReadonlySet<string>>;
/** The paths of one family by its first word (lower case); a first word without paths is not filtered. */
export type WordPaths = ReadonlyMap<string, readonly WordPath[]>;

/** The words of a phrase as a path reads them: lower case, cut at spaces, apostrophes and hyphens. */
const wordsOf = (phrase: string): string[] =>
  phrase
    .toLowerCase()
    .split(/[\s'’-]+/)
    .filter(Boolean);

/**
 * Paths from literal phrases ("de nos jours", "l'avenir"), each followed by one word of each of `tails`
 * ("quelques" + a unit; of a tail's phrases, the first word). A phrase of one word without a tail is a whole
 * match: its first word is not filtered.
 */
export function phrasePaths(phrases: readonly string[], ...tails: ReadonlyArray<readonly string[]>): WordPaths {
  const paths = new Map<string, WordPath[]>();
  const open = new Set<string>();
  const end = tails.map((tail) => new Set(tail.map((w) => wordsOf(w)[0])));
  for (const phrase of phrases) {
    const [first, ...rest] = wordsOf(phrase);
    const path = [...rest.map((w) => new Set([w])), ...end];
    if (!path.length) open.add(first);
    else (paths.get(first) ?? paths.set(first, []).get(first)!).push(path);
  }
  for (const w of open) paths.delete(w);
  return paths;
}

/** How `wordsAfter` lists a number, which a path may allow where a pattern reads digits. */
export const NUMBER = '#';

/** The paths of several maps, by first word. */
export function mergePaths(...maps: WordPaths[]): WordPaths {
  const out = new Map<string, WordPath[]>();
  for (const m of maps) for (const [w, ps] of m) out.set(w, [...(out.get(w) ?? []), ...ps]);
  return out;
}

/** Every Roman ordinal of a century as `wordsAfter` reads it: [ivx]{1,5} and "e", "ème" or "è" ("xixe"). */
export function romanOrdinals(): string[] {
  let numerals = [''];
  const all: string[] = [];
  for (let n = 1; n <= 5; n++) {
    numerals = numerals.flatMap((r) => ['i', 'v', 'x'].map((c) => r + c));
    all.push(...numerals);
  }
  return all.flatMap((r) => [`${r}e`, `${r}ème`, `${r}è`]);
}

/**
 * The letter words after text[.., j), lower case, at most `count`: spaces, apostrophes and hyphens between them
 * skipped; a number ends the list as NUMBER, anything else (a mark, the end) ends it.
 */
export function wordsAfter(text: string, j: number, count: number, T: Uint8Array): string[] {
  const out: string[] = [];
  let k = j;
  while (out.length < count) {
    for (let c = text.charCodeAt(k); k < text.length && ((T[c] & SPACE) !== 0 || c === 39 || c === 0x2019 || c === 45); c = text.charCodeAt(++k));
    if (k < text.length && (T[text.charCodeAt(k)] & DIGIT) !== 0) {
      out.push(NUMBER);
      break;
    }
    let e = k;
    while (e < text.length && (T[text.charCodeAt(e)] & LETTER) !== 0) e++;
    if (e === k) break;
    const w = text.slice(k, e).toLowerCase();
    out.push(w.includes('ſ') ? w.replace(/ſ/g, 's') : w);
    k = e;
  }
  return out;
}

/** Whether the words after a first word (`after`, from `wordsAfter`) follow one of `paths`. */
export function followsPath(paths: readonly WordPath[], after: readonly string[]): boolean {
  next: for (const path of paths) {
    if (path.length > after.length) continue;
    for (let k = 0; k < path.length; k++) if (!path[k].has(after[k])) continue next;
    return true;
  }
  return false;
}
