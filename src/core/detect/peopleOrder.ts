/**
 * The order of people detection's mentions: by start, the longer first. Split from people.ts, which gives its
 * accepted names first and the words alone after them, each part mostly in text order already.
 */
import type { RawPerson } from './people';

/** By start, then the longer first: `out.sort((a, b) => a.start - b.start || b.end - a.end)`, in place. */
const byPosition = (a: RawPerson, b: RawPerson): number => a.start - b.start || b.end - a.end;

/**
 * Sorts `out` by position as a stable sort would. Its first `split` mentions (the accepted names) and the
 * others (the words alone, in text order) are each in order already, most of the time: then they are merged.
 */
export function sortMentions(out: RawPerson[], split: number): void {
  const n = out.length;
  for (let k = 1; k < n; k++) if (k !== split && byPosition(out[k - 1], out[k]) > 0) return void out.sort(byPosition);
  if (split === 0 || split === n || byPosition(out[split - 1], out[split]) <= 0) return;
  const left = out.slice(0, split);
  let i = 0;
  let j = split;
  let k = 0;
  // On a tie the accepted name goes first, as it comes first in `out`.
  while (i < split && j < n) out[k++] = byPosition(left[i], out[j]) <= 0 ? left[i++] : out[j++];
  while (i < split) out[k++] = left[i++];
}
