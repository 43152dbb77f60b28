/**
 * The hits of several cheap trigger patterns in one pass over a text, each exactly as its own global
 * `exec` loop would give them: leftmost first, the search going on after the end of each hit. A pass of
 * char codes instead of one regular expression per trigger: an alternation of words is tried at every
 * position of the text by the regular-expression engine, and a dozen triggers are a dozen passes.
 */
import { unitsOf } from './chars';

/** A trigger that is a plain alternation of literal keys (case-sensitive, two units at least, none a prefix of another). */
export interface LiteralTrigger {
  re: RegExp;
  keys: readonly string[];
}

/**
 * A trigger matched by code: `match(text, i)` is the length of the match of `re` at `i` (as a sticky
 * `exec` would give it: the alternatives in their order, greedy quantifiers), or 0, at any position whose
 * char code is one of `firsts`. `follows`, when given, lists the only pairs of char codes that can follow
 * the first in a match: a filter (by the low bytes of the codes) that spares most of the calls. Past the end
 * of the text the third unit reads as 0, so a match of two units at the very end needs its (second, 0) pair
 * listed. Every match has two units at least.
 */
export interface CodeTrigger {
  re: RegExp;
  firsts: readonly number[];
  follows?: ReadonlyArray<readonly [number, number]>;
  match: (text: string, i: number) => number;
}

interface PairEntry {
  c0: number;
  c1: number;
  t: number;
  key: string;
}

interface CodeEntry {
  c0: number;
  t: number;
  /** Bits by ((second & 0xff) << 8) | (third & 0xff) of the pairs that may follow, or null for any. */
  follows: Int32Array | null;
  match: (text: string, i: number) => number;
}

/** Hits ([index, length] pairs, flattened) of each trigger, by its regular expression. */
export type TriggerHits = Map<RegExp, number[]>;

// Exact for two Latin-1 codes; other codes may share a slot, hence the check of c0 and c1 in the entries.
const pairHash = (c0: number, c1: number): number => ((c0 & 0xff) << 8) | (c1 & 0xff);

/** In `pairs`: a code trigger may match at a pair of this hash. The low bits are the literal slot. */
const CODE = 0x80;
const MAX_SLOTS = 0x7f;

export class TriggerScan {
  private readonly res: RegExp[] = [];
  /**
   * For each pairHash of two units: CODE when a code trigger may start there, and the slot in `thirds`
   * and `entries` of the keys that start with these two units (0 for none).
   */
  private readonly pairs = new Uint8Array(0x10000);
  /**
   * One bit per pairHash, set where `pairs` is not 0: one read per position answers "nothing here" for
   * most positions of a text, from 8 KB that stay in the cache while the other detectors run.
   */
  private readonly pairBits = new Int32Array(0x10000 >>> 5);
  /**
   * By slot, the third units of its keys as bits (unit & 31; every bit for a key of two units): one test
   * leaves about a tenth of the positions whose first two units pass, in French text.
   */
  private readonly thirds = new Int32Array(MAX_SLOTS + 1);
  private readonly entries: PairEntry[][] = [[]];
  /** Code triggers by the low byte of their first char code. */
  private readonly codeByLow: CodeEntry[][] = Array.from({ length: 0x100 }, () => []);
  /**
   * By trigger, where its search goes on (the end of its last hit): zeroed at each call rather than
   * allocated, as a typed array costs more to make than a short text to scan (hits() is not reentrant).
   */
  private next = new Int32Array(0);

  constructor(literal: readonly LiteralTrigger[], code: readonly CodeTrigger[] = []) {
    for (const trigger of literal) {
      const t = this.res.push(trigger.re) - 1;
      const uniq = [...new Set(trigger.keys)];
      for (const a of uniq) for (const b of uniq) if (a !== b && b.startsWith(a)) throw new Error(`trigger key ${a} is a prefix of ${b}`);
      if (uniq.some((k) => k.length < 2)) throw new Error('trigger keys have two units at least');
      for (const key of uniq) {
        const c0 = key.charCodeAt(0);
        const c1 = key.charCodeAt(1);
        const h = pairHash(c0, c1);
        if (!(this.pairs[h] & MAX_SLOTS)) {
          if (this.entries.length > MAX_SLOTS) throw new Error('too many key prefixes');
          this.pairs[h] |= this.entries.push([]) - 1;
        }
        const slot = this.pairs[h] & MAX_SLOTS;
        this.entries[slot].push({ c0, c1, t, key });
        this.thirds[slot] |= key.length > 2 ? 1 << (key.charCodeAt(2) & 31) : -1;
      }
    }
    for (const trigger of code) {
      const t = this.res.push(trigger.re) - 1;
      let follows: Int32Array | null = null;
      let lows: number[] = Array.from({ length: 0x100 }, (_, k) => k);
      if (trigger.follows) {
        const bits = new Int32Array(0x10000 >>> 5);
        for (const [c1, c2] of trigger.follows) {
          const h = pairHash(c1, c2);
          bits[h >>> 5] |= 1 << (h & 31);
        }
        follows = bits;
        lows = [...new Set(trigger.follows.map(([c1]) => c1 & 0xff))];
      }
      for (const c of trigger.firsts) {
        this.codeByLow[c & 0xff].push({ c0: c, t, follows, match: trigger.match });
        for (const low of lows) this.pairs[((c & 0xff) << 8) | low] |= CODE;
      }
    }
    for (let h = 0; h < 0x10000; h++) if (this.pairs[h]) this.pairBits[h >>> 5] |= 1 << (h & 31);
    this.next = new Int32Array(this.res.length);
  }

  /** Every trigger's hits in `text`. */
  hits(text: string): TriggerHits {
    const res = this.res;
    const hits: number[][] = new Array<number[]>(res.length);
    for (let t = 0; t < res.length; t++) hits[t] = [];
    const next = this.next;
    next.fill(0);
    const pairs = this.pairs;
    const pairBits = this.pairBits;
    const thirds = this.thirds;
    const entries = this.entries;
    const codeByLow = this.codeByLow;
    const n = text.length - 1; // every hit has two units at least
    // The units from a typed array; past the end of the text they read 0, as NaN (charCodeAt's) does below
    // under `& 0xff` and `& 31`. The code triggers' matchers read the text itself.
    const u = unitsOf(text);
    for (let i = nextCandidate(u, pairBits, 0, n); i < n; i = nextCandidate(u, pairBits, i + 1, n)) {
      const c0 = u[i];
      const c1 = u[i + 1];
      const v = pairs[((c0 & 0xff) << 8) | (c1 & 0xff)];
      if (v & CODE) {
        const list = codeByLow[c0 & 0xff];
        for (let k = 0; k < list.length; k++) {
          const e = list[k];
          if (e.c0 !== c0 || i < next[e.t]) continue;
          if (e.follows !== null) {
            const f = pairHash(c1, u[i + 2]);
            if (((e.follows[f >>> 5] >>> (f & 31)) & 1) === 0) continue;
          }
          const length = e.match(text, i);
          if (length > 0) {
            hits[e.t].push(i, length);
            next[e.t] = i + length;
          }
        }
      }
      const slot = v & MAX_SLOTS;
      if (slot === 0) continue;
      // 0 past the end of the text: bit 0, as a space.
      if (((thirds[slot] >>> (u[i + 2] & 31)) & 1) === 0) continue;
      const list = entries[slot];
      for (let k = 0; k < list.length; k++) {
        const e = list[k];
        if (e.c0 !== c0 || e.c1 !== c1 || i < next[e.t] || !text.startsWith(e.key, i)) continue;
        hits[e.t].push(i, e.key.length);
        next[e.t] = i + e.key.length;
      }
    }
    const out: TriggerHits = new Map();
    for (let t = 0; t < res.length; t++) out.set(res[t], hits[t]);
    return out;
  }
}

/**
 * The first position from `i` on (below `n`) whose two units have their bit in `pairBits`, or `n`: most
 * positions of a text have none, and this small loop passes them with nothing else held in registers.
 */
function nextCandidate(u: Uint16Array, pairBits: Int32Array, i: number, n: number): number {
  for (; i < n; i++) {
    const h = ((u[i] & 0xff) << 8) | (u[i + 1] & 0xff);
    if (((pairBits[h >>> 5] >>> (h & 31)) & 1) !== 0) return i;
  }
  return n;
}
