/**
 * Names in a list are people together: a capitalised run that no cue made a person is one when a list joins
 * it to a person ("Zhifan Liu et Etienne Breban", "Okafor and Jane Porter", "les juges Verlaine et Marrou").
 * Split from people.ts, which weighs each run on its own first and then calls `acceptListedNames`.
 */
import type { RawPerson } from './people';
import { COORDINATION_GAP, type Segment } from './nameSegments';

/** A segment people detection took for a person, and why. */
export interface Accepted {
  seg: Segment;
  cue: RawPerson['cue'];
  role?: string;
  registryId?: string;
  /** In a list that a plural role opens ("les juges X et Y", "MM. X, Y et Z"): the next name of the list is a person too. */
  listOfPeople?: true;
  /** "the Varga family": a family's surname, not carried to the word alone elsewhere (often the family's firm). */
  family?: true;
}

/** "X and …", "X & …" where the list goes on with a name, not a band's "X & the Y". */
const COORDINATION_AFTER = /^\s(?:and|et|or|ou|&)\s(?!the\s|les?\s|la\s)/;
/** The first unit of COORDINATION_AFTER's word: a(nd), e(t), o(r), o(u), &. */
const mayCoordinate = (c: number): boolean => c === 97 || c === 101 || c === 111 || c === 38;

/**
 * Adds to `accepted` (by segment start) the segments of `segs` that a list joins to a person, with cue
 * 'propagation'; three passes, so that a list accepted from one end reaches its other names. `thingOrPlace`
 * turns a segment down whatever its neighbours ("the Rangers and Jane Porter"); it is asked once per segment.
 */
export function acceptListedNames(text: string, segs: readonly Segment[], accepted: Map<number, Accepted>, thingOrPlace: (seg: Segment) => boolean): void {
  // Segments come in text order already: the copy and the sort only when they would change something.
  const sorted = segs.every((seg, k) => k === 0 || segs[k - 1].start <= seg.start) ? segs : [...segs].sort((a, b) => a.start - b.start);
  // A neighbour that makes a single word of a list a person: a name of two words or more, or a word coordination made a person.
  const fullPerson = (s: Segment): boolean => {
    const a = accepted.get(s.start);
    return a !== undefined && ((a.seg.tokens.length >= 2 && a.cue !== 'propagation') || (a.cue === 'propagation' && a.seg.tokens.length === 1));
  };
  // A single word ends its list element: punctuation or a coordination follows, not a noun it modifies ("Rugby union expert").
  const endsElement = (s: Segment): boolean => {
    const c = text.charCodeAt(s.end);
    if (s.end - s.start < 3) return false;
    return (
      s.end === text.length ||
      c === 44 ||
      c === 46 ||
      c === 59 ||
      c === 41 ||
      (c === 32 && mayCoordinate(text.charCodeAt(s.end + 1)) && COORDINATION_AFTER.test(text.slice(s.end, s.end + 10)))
    );
  };
  // Only the gap of a list: ", ", " et ", " and ", " & ", ", and " (a comma followed by more words is no list).
  // The gap is one to six units long (", ", " and ", ", and "): most neighbours are farther apart, and cost no slice.
  const joined = (a: Segment, b: Segment): boolean => b.start - a.end >= 1 && b.start - a.end <= 6 && COORDINATION_GAP.test(text.slice(a.end, b.start));
  // What `thingOrPlace` said of each segment (0: not asked yet, 1: no, 2: yes): it reads the text around the
  // segment, which the passes do not change.
  const barred = barredMarks(sorted.length);
  for (let pass = 0; pass < 3; pass++) {
    // A pass that accepts nothing leaves what the next one reads as it was: the next would accept nothing either.
    const before = accepted.size;
    for (let k = 0; k < sorted.length; k++) {
      const seg = sorted[k];
      // A segment turned down in an earlier pass is turned down again, without the lookup.
      if (barred[k] === 2 || accepted.has(seg.start) || seg.tokens.length > 3) continue;
      if (barred[k] === 0) barred[k] = thingOrPlace(seg) ? 2 : 1;
      if (barred[k] === 2) continue;
      const next = sorted[k + 1];
      const prev = sorted[k - 1];
      if (seg.tokens.length === 1) {
        // A surname alone in a list after a plural role ("les juges Verlaine et Marrou"), or next to a
        // person named in full ("Okafor and Jane Porter", "Varga, Okafor and Tom Ellis").
        if (prev && accepted.get(prev.start)?.listOfPeople && joined(prev, seg)) accepted.set(seg.start, { seg, cue: 'propagation', listOfPeople: true });
        else if (endsElement(seg) && ((next && fullPerson(next) && joined(seg, next)) || (prev && fullPerson(prev) && joined(prev, seg))))
          accepted.set(seg.start, { seg, cue: 'propagation' });
      } else if ((next && accepted.has(next.start) && joined(seg, next)) || (prev && accepted.has(prev.start) && joined(prev, seg))) {
        accepted.set(seg.start, { seg, cue: 'propagation' });
      }
    }
    if (accepted.size === before) break;
  }
}

/** The buffer of acceptListedNames' answers, reused from text to text (a typed array per call cost more than its use). */
let barredBuffer = new Uint8Array(256);

/** `n` answers, all 0 (the shared buffer, grown when too short): acceptListedNames runs to its end before it is called again. */
function barredMarks(n: number): Uint8Array {
  if (barredBuffer.length < n) barredBuffer = new Uint8Array(Math.max(n, 2 * barredBuffer.length));
  barredBuffer.fill(0, 0, n);
  return barredBuffer;
}
