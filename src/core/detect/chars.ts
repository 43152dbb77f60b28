/**
 * Unicode character classes as a table lookup, for the hand-written scanners of the detectors. Each
 * answer is exactly what the matching regular expression with the `u` flag says (`\p{L}`, `\p{Lu}`,
 * `\p{M}`, `\p{N}`, `\s`), computed once per UTF-16 unit: a scanner that tests one character with a
 * regular expression costs a call per character, which is most of the time on a large text.
 */

import { Buffer } from 'node:buffer';

export const LETTER = 1;
export const UPPER = 2;
export const MARK = 4;
export const DIGIT = 8;
export const SPACE = 16;

let table: Uint8Array | null = null;

/** Filled on first use (about 65,000 regular-expression tests, a few milliseconds), not at module load. */
function classes(): Uint8Array {
  if (table) return table;
  const t = new Uint8Array(0x10000);
  const L = /\p{L}/u;
  const Lu = /\p{Lu}/u;
  const M = /\p{M}/u;
  const N = /\p{N}/u;
  const S = /\s/u;
  for (let c = 0; c < 0x10000; c++) {
    // Lone surrogates belong to no class, as in a `u` regular expression.
    if (c >= 0xd800 && c <= 0xdfff) continue;
    const ch = String.fromCharCode(c);
    let f = 0;
    if (L.test(ch)) f |= LETTER;
    if (Lu.test(ch)) f |= UPPER;
    if (M.test(ch)) f |= MARK;
    if (N.test(ch)) f |= DIGIT;
    if (S.test(ch)) f |= SPACE;
    t[c] = f;
  }
  table = t;
  return t;
}

/**
 * The class flags of every UTF-16 unit (LETTER, UPPER, MARK, DIGIT, SPACE), for a scanner's inner loop:
 * exact for units outside the surrogates; a surrogate has no class here (see `isLetterAt` and the others
 * for a pair).
 */
export function classTable(): Uint8Array {
  return classes();
}

const ASTRAL_L = /^\p{L}$/u;
const ASTRAL_LU = /^\p{Lu}$/u;
const ASTRAL_M = /^\p{M}$/u;
const ASTRAL_N = /^\p{N}$/u;

/** Class flags of the code point at `i` (its UTF-16 length is `codePointWidth`). */
function flagsAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) {
      const ch = text.slice(i, i + 2);
      return (ASTRAL_L.test(ch) ? LETTER : 0) | (ASTRAL_LU.test(ch) ? UPPER : 0) | (ASTRAL_M.test(ch) ? MARK : 0) | (ASTRAL_N.test(ch) ? DIGIT : 0);
    }
  }
  return classes()[c];
}

/** UTF-16 length of the code point at `i`: 2 for a surrogate pair, else 1. */
export function codePointWidth(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return 2;
  }
  return 1;
}

/** `/\p{L}/u` on the code point at `i`. */
export function isLetterAt(text: string, i: number): boolean {
  return (flagsAt(text, i) & LETTER) !== 0;
}

/** `/\p{Lu}/u` on the code point at `i`. */
export function isUpperAt(text: string, i: number): boolean {
  return (flagsAt(text, i) & UPPER) !== 0;
}

/** `/[\p{L}\p{M}]/u` on the code point at `i`. */
export function isLetterOrMarkAt(text: string, i: number): boolean {
  return (flagsAt(text, i) & (LETTER | MARK)) !== 0;
}

/** `/[\p{L}\p{N}]/u` on the code point at `i`. */
export function isLetterOrDigitAt(text: string, i: number): boolean {
  return (flagsAt(text, i) & (LETTER | DIGIT)) !== 0;
}

/** `/[\p{L}\p{N}]/u` on the single UTF-16 unit at `i` (a lone surrogate is neither), false out of range. */
export function isWordUnit(text: string, i: number): boolean {
  if (i < 0 || i >= text.length) return false;
  return (classes()[text.charCodeAt(i)] & (LETTER | DIGIT)) !== 0;
}

/** `/\p{L}/u` on the single UTF-16 unit at `i` (a lone surrogate is not a letter), false out of range. */
export function isLetterUnit(text: string, i: number): boolean {
  if (i < 0 || i >= text.length) return false;
  return (classes()[text.charCodeAt(i)] & LETTER) !== 0;
}

/** The largest array `unitsOf` keeps between calls (2 MB): a longer text's units are an array of their own, let go after. */
const KEPT_UNITS = 1 << 20;

/** `unitsOf` for a text too long to keep its array. */
function unitsApart(text: string): Uint16Array {
  const u = new Uint16Array(text.length + 2);
  for (let k = 0; k < text.length; k++) u[k] = text.charCodeAt(k);
  return u;
}

/** Whether `Buffer#write(…, 'utf16le')` lays units out as this platform's Uint16Array reads them (little-endian). */
const NATIVE_UTF16LE = new Uint16Array(Uint8Array.of(0x34, 0x12).buffer)[0] === 0x1234;

/**
 * A reused array holding a text's UTF-16 units, for the scanners that read every unit of a text: an element
 * of a typed array is one load, where `charCodeAt` in a loop checks the string's representation (one-byte,
 * two-byte, sliced, cons) at each unit, which was a third of the trigger scan's time (bench/abStages.mjs).
 * A scanner whose loop calls other scanners (which may call `unitsOf`) keeps a scratch of its own, so its
 * units stay valid through the loop by construction. Valid until the same scratch's next `of`: the owner's
 * loop must not re-enter itself.
 */
export class UnitScratch {
  private units: Uint16Array;
  private bytes: Buffer;

  constructor(size = 256) {
    this.units = new Uint16Array(size);
    this.bytes = Buffer.from(this.units.buffer, this.units.byteOffset, this.units.byteLength);
  }

  /**
   * The units of `text` (all of them: `units[k] === text.charCodeAt(k)`, lone surrogates included), then two 0
   * units. Past `text.length + 1` the array holds whatever an earlier text left. A text of more than 2^20 units
   * gets an array of its own.
   */
  of(text: string): Uint16Array {
    const n = text.length;
    if (n + 2 > KEPT_UNITS) return unitsApart(text);
    if (this.units.length < n + 2) {
      this.units = new Uint16Array(Math.min(KEPT_UNITS, Math.max(n + 2, 2 * this.units.length)));
      this.bytes = Buffer.from(this.units.buffer, this.units.byteOffset, this.units.byteLength);
    }
    const u = this.units;
    if (NATIVE_UTF16LE) this.bytes.write(text, 0, 'utf16le');
    else for (let k = 0; k < n; k++) u[k] = text.charCodeAt(k);
    u[n] = 0;
    u[n + 1] = 0;
    return u;
  }
}

const SHARED_UNITS = new UnitScratch(4096);

/**
 * The units of `text`, then two 0 units (see `UnitScratch.of`), in a scratch shared by every caller: valid until
 * the next call, so read it in one loop that calls no other scanner.
 */
export function unitsOf(text: string): Uint16Array {
  return SHARED_UNITS.of(text);
}

/** The units of `\s` (`/\s/u`), for the scans by char codes that read a `\s` of a pattern. */
export const SPACE_CODES: readonly number[] = [
  9, 10, 11, 12, 13, 32, 0xa0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200a, 0x2028, 0x2029, 0x202f, 0x205f,
  0x3000, 0xfeff,
];

/** `/\s/u` on the single UTF-16 unit at `i`, false out of range. */
export function isSpaceUnit(text: string, i: number): boolean {
  if (i < 0 || i >= text.length) return false;
  return (classes()[text.charCodeAt(i)] & SPACE) !== 0;
}
