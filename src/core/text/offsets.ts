/**
 * The one place where Unicode code-point offsets (sidecars, CLI, core data) meet UTF-16 offsets
 * (JavaScript strings, regular expressions, VS Code). Everything else calls these functions.
 */

const BOM = '\uFEFF';

/** Decodes article bytes the way VS Code shows them: UTF-8, a leading BOM removed, line endings kept. */
export function decodeArticle(bytes: Uint8Array): string {
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  return text.startsWith(BOM) ? text.slice(1) : text;
}

/** True when `bytes` is not valid UTF-8 or looks binary (NUL bytes): such a file is not an article. */
export function isProbablyBinaryOrNotUtf8(bytes: Uint8Array): boolean {
  const probe = bytes.subarray(0, Math.min(bytes.length, 8192));
  if (probe.includes(0)) return true;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return false;
  } catch {
    return true;
  }
}

/**
 * Maps between code-point and UTF-16 offsets of one text in O(log n) per lookup.
 * A text without astral characters (the common case) maps by identity at no cost.
 */
export class TextIndex {
  /** UTF-16 offsets of the high surrogate of every astral character, ascending. */
  private readonly astral: number[] = [];

  constructor(readonly text: string) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
        const d = text.charCodeAt(i + 1);
        if (d >= 0xdc00 && d <= 0xdfff) {
          this.astral.push(i);
          i++;
        }
      }
    }
  }

  /** Number of code points in the text. */
  get length(): number {
    return this.text.length - this.astral.length;
  }

  /** UTF-16 offset -> code-point offset. An offset inside a surrogate pair maps to the pair's start. */
  toCodePoint(utf16: number): number {
    if (this.astral.length === 0) return utf16;
    // Count astral characters that start strictly before `utf16`.
    let lo = 0;
    let hi = this.astral.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.astral[mid] < utf16) lo = mid + 1;
      else hi = mid;
    }
    // An offset on the low surrogate of pair lo-1 gives the same result as the pair's start.
    return utf16 - lo;
  }

  /** Code-point offset -> UTF-16 offset. */
  toUtf16(codePoint: number): number {
    if (this.astral.length === 0) return codePoint;
    // The k-th astral character (0-based) sits at code point astral[k] - k.
    let lo = 0;
    let hi = this.astral.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.astral[mid] - mid < codePoint) lo = mid + 1;
      else hi = mid;
    }
    return codePoint + lo;
  }

  /** Text between two code-point offsets. */
  slice(start: number, end: number): string {
    return this.text.slice(this.toUtf16(start), this.toUtf16(end));
  }
}

/** Number of code points in a string. */
export function codePointLength(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    n++;
  }
  return n;
}
