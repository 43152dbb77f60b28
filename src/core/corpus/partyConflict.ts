/**
 * Look-alikes told apart by who: two verdicts handed down the same day are two when they sentence different
 * people ("l'ancien maire condamné à Rennes", "un médecin acquitté à Lyon"), two takeovers announced the same
 * day when different companies buy. Kinds whose event is its parties' own; a war, a quake or a summit has
 * many actors, and two reports of it name different ones.
 */
import { isCalendarWord } from '../detect/calendarWords';
import type { MentionAnalysis } from './analysisTypes';

/** Kinds an event of which is told by its parties: the defendant of a trial or verdict, the buyer of an acquisition. */
const PARTY_KINDS: ReadonlySet<string> = new Set(['trial', 'verdict', 'acquisition']);

/** Whether an event founded by a mention of this kind may be told apart by its parties (a cheap test first). */
export const isPartyKind = (kind: string): boolean => PARTY_KINDS.has(kind);

/**
 * A person's key across articles: the last word of the id ("gerard-lemoine" and a lone "lemoine" are one
 * person to this check; the People view merges them the same way).
 */
function personKey(id: string): string {
  const dash = id.lastIndexOf('-');
  return dash < 0 ? id : id.slice(dash + 1);
}

/** The keys of the people an event's own mentions of `kind` name (supporting words aside); for a takeover, also its firms' words. */
function partiesOf(mentions: readonly MentionAnalysis[], kind: string): Set<string> {
  const out = new Set<string>();
  for (const m of mentions) {
    if (m.support || m.kind !== kind) continue;
    for (const p of m.persons) out.add(personKey(p));
    if (kind === 'acquisition') for (const w of nameWords(m.snippet)) out.add(w);
  }
  return out;
}

/** A capitalised word of three letters or more ("Northwind", "Robotics"). Module constant: see people.ts on `\p{…}` literals. */
const CAPITALISED_WORD = /(?<![\p{L}\p{N}'’-])\p{Lu}[\p{L}'’-]{2,}/gu;

/**
 * The words of the names in a takeover's sentence: firms are no people, so a buyer and its target are read as
 * the capitalised words of the sentence, lower-cased, its first word and months and weekdays aside. Two
 * takeovers are told apart only when these share no word, so a word too many only keeps them together.
 */
function nameWords(sentence: string): string[] {
  const out: string[] = [];
  const first = sentence.search(/\S/);
  for (const m of sentence.matchAll(CAPITALISED_WORD)) {
    if (m.index === first || isCalendarWord(m[0])) continue;
    out.push(m[0].toLowerCase());
  }
  return out;
}

/**
 * Why two events of one party kind (`ka`, `kb`: each one's main kind) are two: each names its parties and no
 * party is shared. Undefined when they may be one (another kind, a side names nobody, a party in common).
 */
export function partyConflict(a: readonly MentionAnalysis[], b: readonly MentionAnalysis[], ka: string, kb: string): string | undefined {
  if (ka !== kb || !PARTY_KINDS.has(ka)) return undefined;
  const pa = partiesOf(a, ka);
  if (!pa.size) return undefined;
  const pb = partiesOf(b, kb);
  if (!pb.size) return undefined;
  for (const p of pa) if (pb.has(p)) return undefined;
  return `a ${ka} of ${[...pa].sort().join(', ')} is not one of ${[...pb].sort().join(', ')}`;
}
