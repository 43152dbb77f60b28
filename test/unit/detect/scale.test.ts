import { strict as assert } from 'node:assert';
import { detect } from '../../../src/core/detect';
import { PATHOLOGICAL_ATOMS } from '../../../bench/corpus';
import { prng } from '../reliability/harness';
import { work } from '../workCount';

/** `units` UTF-16 units of `atoms` glued at random (deterministic), with `gap` between them. */
function glued(atoms: readonly string[], units: number, seed: number, gap = ''): string {
  const r = prng(seed);
  let s = '';
  while (s.length < units) s += atoms[Math.floor(r() * atoms.length)] + gap;
  return s;
}

/** Hostile articles of about `units` UTF-16 units: each makes one detector's candidates as dense as can be. */
const HOSTILE: Array<{ what: string; make: (units: number) => string }> = [
  {
    what: 'one line of quote marks, names, numbers and month names glued without spaces',
    make: (n) => glued(PATHOLOGICAL_ATOMS, n, 1),
  },
  { what: 'nothing but quotation marks', make: (n) => glued(['«', '»', '“', '”'], n, 2) },
  { what: 'openers followed by as many closers of another kind', make: (n) => '«'.repeat(n / 2) + '”'.repeat(n / 2) },
  { what: 'one run of capitals', make: (n) => 'ABCDEFGHIJ'.repeat(n / 10) },
  { what: 'digits, slashes, dashes and colons', make: (n) => glued(['1', '2', '12', '2025', '/', '/', '-', ':', '.', 'h'], n, 3) },
  { what: '"le 12 février" glued thousands of times', make: (n) => 'le12février'.repeat(n / 11) },
  { what: '"le 12 février à 16h30" thousands of times', make: (n) => 'le 12 février à 16h30, '.repeat(n / 23) },
  { what: 'one word of a single letter', make: (n) => 'a'.repeat(n) },
  {
    what: 'names and speech verbs between short quotes',
    make: (n) => glued(['« a »', 'a déclaré', 'Jean Lavrov', ',', 'selon', 'il', 'a-t-il', '.', '\n'], n, 4, ' '),
  },
];

describe('detection on hostile articles', () => {
  for (const h of HOSTILE) {
    it(`reads ${h.what} with work linear in its length`, () => {
      const small = work(() => detect(h.make(16_000)));
      const large = work(() => detect(h.make(64_000)));
      // Four times the text: four times the work when linear, sixteen times when quadratic.
      assert.ok(large.scanned < 5 * small.scanned + 1000, `regex reads grew ${(large.scanned / Math.max(1, small.scanned)).toFixed(1)}x for 4x the text`);
      assert.ok(large.visited < 5 * small.visited + 1000, `array walks grew ${(large.visited / Math.max(1, small.visited)).toFixed(1)}x for 4x the text`);
    });
  }
});
