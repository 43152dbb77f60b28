/**
 * The detector registry: each kind of automatic suggestion declares, in one place, what of the detector's
 * output it offers, the annotation accepting it makes, the setting that turns it on or off, how the editor
 * draws it, its hover's title and the key it is scored under (`npm run eval`, detect/evaluate.ts). The
 * session builds suggestions from this list, the extension reads the settings and decorations from it: a
 * new kind is one entry here (plus its detector in detect/ and its field in `Detections`).
 */
import type { Detections } from '../model';
import type { Kind as EvaluationKind } from '../detect/evaluate';
import { isoDuration } from '../corpus/intervals';
import { dateTimex, type TimexType } from '../detect/timex';
import type { AnnotationType } from '../sidecar/schema';

/** The annotation fields a suggestion of a kind carries (the session's `AnnotationFields`, with its type). */
export interface SuggestedFields {
  type: AnnotationType;
  entity?: string;
  value?: string;
  candidates?: string[];
  speaker?: string;
  attribute?: string;
  qualifier?: string;
  timexType?: TimexType;
  timexValue?: string;
  origin: 'detected';
}

/**
 * The TIMEX3 fields a detected date adds to its annotation: only when they say more than `value` (a SET, a
 * reference, a clock time with its day), so sidecars of plain dates stay as they were.
 */
function timexFields(t: { type: TimexType; value: string }, value: string): Pick<SuggestedFields, 'timexType' | 'timexValue'> {
  return t.type === 'DATE' && t.value === value ? {} : { timexType: t.type, timexValue: t.value };
}

/** One detection offered as a suggestion, before the session filters what is annotated or rejected. */
export interface Offer {
  start: number;
  end: number;
  text: string;
  fields: SuggestedFields;
}

export interface DetectorKind<K extends string = string> {
  /** The kind's id in suggestions, commands (`acceptAllOfKind`) and the editor's decorations. */
  kind: K;
  /** The setting (`newsmark.<setting>`) that turns its suggestions on or off. */
  setting: `detect.${string}`;
  /** The hover's title of one of its suggestions. */
  hoverTitle: string;
  /** Its key in the detection scores (detect/evaluate.ts). */
  evaluation: EvaluationKind;
  /** What it offers of the detector's output. */
  offers(d: Detections): Offer[];
}

/** The kinds, in the order their settings and the "Accept all" pick list show them. */
export const DETECTOR_KINDS = [
  {
    kind: 'person',
    setting: 'detect.people',
    hoverTitle: 'Suggested person',
    evaluation: 'people',
    offers: (d) => d.people.map((p) => ({ start: p.start, end: p.end, text: p.text, fields: { type: 'person', entity: p.id, origin: 'detected' } })),
  },
  {
    kind: 'date',
    setting: 'detect.dates',
    hoverTitle: 'Suggested date',
    evaluation: 'dates',
    offers: (d) =>
      d.dates.map((m) => ({
        start: m.start,
        end: m.end,
        text: m.text,
        fields: { type: 'date', value: m.value, ...(m.candidates && m.candidates.length > 1 ? { candidates: [...m.candidates] } : {}), ...timexFields(dateTimex(m), m.value), origin: 'detected' },
      })),
  },
  {
    kind: 'duration',
    setting: 'detect.durations',
    hoverTitle: 'Suggested duration',
    evaluation: 'durations',
    offers: (d) =>
      d.durations.map((m) => ({
        start: m.start,
        end: m.end,
        text: m.text,
        fields: { type: 'claim', attribute: 'duration', value: isoDuration(m.minutes), qualifier: m.qualifier, origin: 'detected' },
      })),
  },
  {
    kind: 'quote',
    setting: 'detect.quotes',
    hoverTitle: 'Suggested quote',
    evaluation: 'quotes',
    offers: (d) =>
      d.quotes
        // An empty quote («») has nothing to annotate.
        .filter((q) => q.start !== q.end)
        .map((q) => ({ start: q.start, end: q.end, text: q.text, fields: { type: 'quote', ...(q.speaker ? { speaker: q.speaker } : {}), origin: 'detected' } })),
  },
] as const satisfies ReadonlyArray<DetectorKind>;

export type SuggestionKind = (typeof DETECTOR_KINDS)[number]['kind'];
export const SUGGESTION_KINDS: readonly SuggestionKind[] = DETECTOR_KINDS.map((k) => k.kind);

/** The registry entry of a kind. */
export function detectorKind(kind: SuggestionKind): DetectorKind<SuggestionKind> {
  return DETECTOR_KINDS.find((k) => k.kind === kind)!;
}
