/**
 * A bare crime noun after a verdict or a charge is what was charged: "acquitted of manslaughter", "convicted of
 * murder", "charged with homicide", "condamné pour meurtre", "mis en examen pour assassinat". The crime is an
 * event of its own (ECB+ counts it apart from the verdict), but of another day: the day and the place its clause
 * gives are the verdict's, trial's or arrest's. Our verdict texts dated "Death in Bristol" with the acquittal's
 * Wednesday and left the acquittal undated.
 */
import type { TextIndex } from '../text/offsets';
import type { MentionAnalysis } from './analysisTypes';

/** Kinds a charge names. */
const CHARGE_KINDS: ReadonlySet<string> = new Set(['death', 'attack', 'robbery']);
/** Kinds that hold a charge: the court's and the police's. */
const HOLDER_KINDS: ReadonlySet<string> = new Set(['verdict', 'trial', 'arrest']);
const CHARGE_BEFORE =
  /(?<![\p{L}])(?:convicted|acquitted|accused|suspected|guilty|charged|indicted|jailed|sentenced|tried|cleared|arrested|condamn[ée]e?s?|acquitt[ée]e?s?|accus[ée]e?s?|jug[ée]e?s?|inculp[ée]e?s?|mise?s? en examen|soupçonn[ée]e?s?|poursuivie?s?|interpell[ée]e?s?|arr[êe]t[ée]e?s?|[ée]crou[ée]e?s?)\s+(?:(?:on|two|three|several|multiple|\d+)\s+(?:counts?\s+)?)?(?:of|for|with|over|de|d['’]|pour)\s+(?:(?:first|second|third)[- ]degree\s+|(?:involuntary|voluntary|attempted)\s+)?$/iu;

/** Gives the day and place of each charged crime noun's clause to the verdict, trial or arrest of its sentence. */
export function joinChargesToVerdicts(text: string, idx: TextIndex, mentions: MentionAnalysis[]): void {
  for (const m of mentions) {
    if (!CHARGE_KINDS.has(m.kind) || m.verb || m.support) continue;
    const s = idx.toUtf16(m.start);
    if (!CHARGE_BEFORE.test(text.slice(Math.max(0, s - 50), s))) continue;
    const host = mentions.find((x) => x.sentence === m.sentence && x !== m && !x.support && HOLDER_KINDS.has(x.kind));
    if (!host) continue;
    // The day and the place of the clause are the verdict's: the crime charged happened before, elsewhere maybe.
    if (m.date && !host.date) host.date = m.date;
    if (m.place && !host.place) host.place = m.place;
    delete m.date;
    delete m.place;
  }
}
