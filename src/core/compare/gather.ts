/**
 * What the timeline and the comparison read from the corpus index about one event: its analysed mentions,
 * the quotes said around them, and the claims (disagreements and agreements) that concern it.
 */
import type { MentionAnalysis, QuoteAnalysis } from '../corpus/analyze';
import type { CorpusIndex } from '../corpus/index';
import { placeName } from '../corpus/claims';
import type { Contradiction, NewsEvent } from '../model';
import { TextIndex } from '../text/offsets';
import { buildComparison, type Comparison } from './table';

/** An event's members as the index analysed them, in the order the event lists its mentions. */
export function eventMembers(index: CorpusIndex, event: NewsEvent): MentionAnalysis[] {
  const out: MentionAnalysis[] = [];
  for (const m of event.mentions) {
    const found = index.document(m.file)?.mentions.find((x) => x.start === m.start && x.end === m.end);
    if (found) out.push(found);
  }
  return out;
}

/**
 * The quotes said about an event: those whose nearest event mention (same or previous two sentences, as
 * the analysis decided) is one of the event's mentions.
 */
export function eventQuotes(index: CorpusIndex, event: NewsEvent): QuoteAnalysis[] {
  const out: QuoteAnalysis[] = [];
  for (const file of new Set(event.mentions.map((m) => m.file))) {
    const doc = index.document(file);
    if (!doc) continue;
    const own = new Set(event.mentions.filter((m) => m.file === file).map((m) => `${m.start}:${m.end}`));
    for (const q of doc.quotes) {
      const near = q.mention === undefined ? undefined : doc.mentions[q.mention];
      if (near && own.has(`${near.start}:${near.end}`)) out.push(q);
    }
  }
  return out;
}

/**
 * The event a claim is about: its own `event`, else (quote discrepancies are grouped by speaker, not by
 * event) the event of the quotes on its sides, when they all agree on one.
 */
export function claimEvent(index: CorpusIndex, claim: Contradiction): string | null {
  if (claim.event) return claim.event;
  let found: string | null = null;
  for (const side of claim.sides) {
    const doc = index.document(side.file);
    const q = doc?.quotes.find((x) => x.start <= side.start && side.end <= x.outerEnd && side.start < x.end);
    const near = q?.mention === undefined ? undefined : doc?.mentions[q.mention];
    const ev = near ? index.eventAt(side.file, near.start) : undefined;
    if (!ev || (found && found !== ev.id)) return null;
    found = ev.id;
  }
  return found;
}

/** Disagreements (not dismissed) and agreements about `eventId`. */
export function eventClaims(index: CorpusIndex, eventId: string): { contradictions: Contradiction[]; agreements: Contradiction[] } {
  const mine = (c: Contradiction) => claimEvent(index, c) === eventId;
  return {
    contradictions: index.contradictions().filter((c) => c.status !== 'dismissed' && mine(c)),
    agreements: index.agreements().filter(mine),
  };
}

/** 1-based line of a code-point offset. */
function lineAt(text: string, offset: number): number {
  const at = new TextIndex(text).toUtf16(offset);
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < at; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/**
 * The comparison table of event `eventId` over the index (undefined for an unknown id): the articles that
 * mention it, what each says, the quotes about it and the claims about it, with names for ids.
 */
export function comparisonFor(index: CorpusIndex, eventId: string): Comparison | undefined {
  const event = index.event(eventId);
  if (!event) return undefined;
  const files = new Set(event.mentions.map((m) => m.file));
  const names = new Map<string, string>();
  for (const f of files) for (const p of index.document(f)?.people ?? []) if ((names.get(p.id)?.length ?? 0) < p.name.length) names.set(p.id, p.name);
  const { contradictions, agreements } = eventClaims(index, eventId);
  const table = buildComparison({
    event,
    documents: index.documents().filter((d) => files.has(d.file)),
    mentions: eventMembers(index, event),
    quotes: eventQuotes(index, event),
    contradictions,
    agreements,
    personName: (id) => names.get(id) ?? id,
    placeName,
  });
  for (const row of table.rows) {
    for (const cell of row.cells) {
      for (const v of cell.values) {
        const text = index.document(v.file)?.text;
        if (text !== undefined) v.line = lineAt(text, v.start);
      }
    }
  }
  return table;
}
