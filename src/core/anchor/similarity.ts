/**
 * The measures re-anchoring (reanchor.ts) decides with: how alike two contexts are (bigram Dice), two short
 * strings (edit distance), the score of a match, and an order-keeping matching of annotations to
 * occurrences. Pure functions of their arguments.
 */

/** Edit distance of two short strings (UTF-16 units). */
export function levenshtein(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row.push(Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1)));
    prev = row;
  }
  return prev[b.length];
}

/**
 * The match score: quote similarity and context similarity, the quote weighing more the longer it
 * is (a long verbatim passage identifies itself; a short word needs its context).
 */
export function combinedScore(quoteCp: number, quoteSim: number, contextSim: number): number {
  const wq = 0.5 + 0.3 * Math.min(1, quoteCp / 64);
  return wq * quoteSim + (1 - wq) * contextSim;
}

/**
 * Similarity of the expected context to the text around [start, end): the mean of prefix and
 * suffix similarity (bigram Dice coefficient, which scores unrelated text of the same language
 * low, where edit distance would not). A side with no expected context counts as agreeing when
 * the text has none there either (start or end of the article), else as half.
 */
export function contextSimilarity(norm: string, start: number, end: number, prefix: string, suffix: string): number {
  const actualPrefix = norm.slice(Math.max(0, start - prefix.length), start);
  const actualSuffix = norm.slice(end, end + suffix.length);
  const p = prefix.length === 0 ? (start === 0 ? 1 : 0.5) : dice(prefix, actualPrefix);
  const s = suffix.length === 0 ? (end >= norm.length ? 1 : 0.5) : dice(suffix, actualSuffix);
  return (p + s) / 2;
}

/** Bigram Dice coefficient of two short strings (1 = same, 0 = no bigram in common). */
export function dice(a: string, b: string): number {
  if (a === b) return 1;
  if (a.length < 2 || b.length < 2) return 0;
  // Bigrams as numbers, sorted, then merged: the common ones counted with their multiplicity. This
  // runs for every candidate of every moved annotation: two reused buffers, no Map, no substrings.
  const x = bigrams(a, 0);
  const y = bigrams(b, 1);
  return (2 * commonSorted(x, y)) / (x.length + y.length);
}

/** How many elements two ascending arrays have in common, with multiplicity. */
function commonSorted(x: Uint32Array, y: Uint32Array): number {
  let common = 0;
  for (let i = 0, j = 0; i < x.length && j < y.length;) {
    if (x[i] === y[j]) {
      common++;
      i++;
      j++;
    } else if (x[i] < y[j]) i++;
    else j++;
  }
  return common;
}

const bigramBuffers = [new Uint32Array(64), new Uint32Array(64)];

function bigrams(s: string, buffer: number): Uint32Array {
  const n = s.length - 1;
  if (bigramBuffers[buffer].length < n) bigramBuffers[buffer] = new Uint32Array(2 * n);
  const out = bigramBuffers[buffer].subarray(0, n);
  for (let i = 0; i < n; i++) out[i] = ((s.charCodeAt(i) << 16) | s.charCodeAt(i + 1)) >>> 0;
  return out.sort();
}

/**
 * Maximum-weight matching of rows to columns that keeps order (row x < row x' => col y < col y').
 * `weight` returns undefined for a forbidden pair. O(rows * cols).
 */
export function monotoneMatch(rows: number, cols: number, weight: (x: number, y: number) => number | undefined): [number, number][] {
  if (rows === 0 || cols === 0) return [];
  // best[x][y]: best total using rows < x and cols < y.
  const best: Float64Array[] = [];
  const choice: Uint8Array[] = []; // 0 skip row, 1 skip col, 2 take pair
  for (let x = 0; x <= rows; x++) {
    best.push(new Float64Array(cols + 1));
    choice.push(new Uint8Array(cols + 1));
  }
  for (let x = 1; x <= rows; x++) {
    for (let y = 1; y <= cols; y++) {
      let v = best[x - 1][y];
      let c = 0;
      if (best[x][y - 1] > v) {
        v = best[x][y - 1];
        c = 1;
      }
      const w = weight(x - 1, y - 1);
      if (w !== undefined && best[x - 1][y - 1] + w > v) {
        v = best[x - 1][y - 1] + w;
        c = 2;
      }
      best[x][y] = v;
      choice[x][y] = c;
    }
  }
  const pairs: [number, number][] = [];
  for (let x = rows, y = cols; x > 0 && y > 0;) {
    const c = choice[x][y];
    if (c === 2) {
      pairs.push([x - 1, y - 1]);
      x--;
      y--;
    } else if (c === 1) y--;
    else x--;
  }
  return pairs.reverse();
}
