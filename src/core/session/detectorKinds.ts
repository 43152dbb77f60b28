/**
 * The detector registry: each kind of automatic suggestion declares, in one place, the field of `Detections`
 * that holds its mentions, what it offers of them, the annotation accepting it makes, the setting that turns
 * it on or off, which annotations the editor draws as it (its decoration and its `newsmark.<kind>…` colours),
 * its hover's title and the key it is scored under (`npm run eval`, detect/evaluate.ts). The session builds
 * suggestions from this list, the extension reads the settings and decorations from it: a new kind is one
 * entry here plus its detector in detect/ (see docs/architecture.md).
 */
import type { Detections } from '../model';
import type { Kind as EvaluationKind } from '../detect/evaluate';
import { isoDuration } from '../corpus/intervals';
import { dateTimex, type TimexType } from '../detect/timex';
import { ANNOTATION_TYPES, type AnnotationType } from '../sidecar/schema';

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

/** The fields of `Detections` that hold a detector's mentions (each a list of spans). */
export type MentionField = { [F in keyof Detections]-?: Detections[F] extends ReadonlyArray<{ start: number; end: number }> ? F : never }[keyof Detections];

/** What the editor draws of an annotation: its type, and the attribute of a claim. */
export interface DrawnAnnotation {
  type: AnnotationType;
  attribute?: string;
}

export interface DetectorKind<K extends string = string, S extends `detect.${string}` = `detect.${string}`> {
  /** The kind's id in suggestions, commands (`acceptAllOfKind`) and the editor's decorations (`newsmark.<kind>Background`, …). */
  kind: K;
  /** The field of `Detections` its detector fills (detect/detectBatch.ts). */
  field: MentionField;
  /** Whether a confirmed annotation is drawn as this kind (a duration claim is drawn as a duration). */
  draws(annotation: DrawnAnnotation): boolean;
  /** The setting (`newsmark.<setting>`) that turns its suggestions on or off. */
  setting: S;
  /** The hover's title of one of its suggestions. */
  hoverTitle: string;
  /** Its key in the detection scores (detect/evaluate.ts). */
  evaluation: EvaluationKind;
  /** What it offers of the detector's output. */
  offers(d: Detections): Offer[];
}

/** A registry entry as written: what it offers of one mention of its field (undefined: nothing). */
type KindEntry<K extends string, S extends `detect.${string}`, F extends MentionField> = Omit<DetectorKind<K, S>, 'field' | 'offers'> & {
  field: F;
  offer(mention: NonNullable<Detections[F]>[number]): Offer | undefined;
};

/** An entry whose `offers` reads its own field of `Detections`, so a kind's mentions and offers cannot come apart. */
function defineKind<K extends string, S extends `detect.${string}`, F extends MentionField>(entry: KindEntry<K, S, F>): DetectorKind<K, S> {
  const { offer, ...rest } = entry;
  return {
    ...rest,
    offers: (d) => {
      const out: Offer[] = [];
      for (const m of (d[entry.field] ?? []) as Array<NonNullable<Detections[F]>[number]>) {
        const o = offer(m);
        if (o) out.push(o);
      }
      return out;
    },
  };
}

/** The kinds, in the order their settings and the "Accept all" pick list show them. */
export const DETECTOR_KINDS = [
  defineKind({
    kind: 'person',
    field: 'people',
    draws: (a) => a.type === 'person',
    setting: 'detect.people',
    hoverTitle: 'Suggested person',
    evaluation: 'people',
    offer: (p) => ({ start: p.start, end: p.end, text: p.text, fields: { type: 'person', entity: p.id, origin: 'detected' } }),
  }),
  defineKind({
    kind: 'date',
    field: 'dates',
    draws: (a) => a.type === 'date',
    setting: 'detect.dates',
    hoverTitle: 'Suggested date',
    evaluation: 'dates',
    offer: (m) => ({
      start: m.start,
      end: m.end,
      text: m.text,
      fields: {
        type: 'date',
        value: m.value,
        ...(m.candidates && m.candidates.length > 1 ? { candidates: [...m.candidates] } : {}),
        ...timexFields(dateTimex(m), m.value),
        origin: 'detected',
      },
    }),
  }),
  defineKind({
    kind: 'duration',
    field: 'durations',
    draws: (a) => a.type === 'claim' && a.attribute === 'duration',
    setting: 'detect.durations',
    hoverTitle: 'Suggested duration',
    evaluation: 'durations',
    offer: (m) => ({
      start: m.start,
      end: m.end,
      text: m.text,
      fields: { type: 'claim', attribute: 'duration', value: isoDuration(m.minutes), qualifier: m.qualifier, origin: 'detected' },
    }),
  }),
  defineKind({
    kind: 'quote',
    field: 'quotes',
    draws: (a) => a.type === 'quote',
    setting: 'detect.quotes',
    hoverTitle: 'Suggested quote',
    evaluation: 'quotes',
    // An empty quote («») has nothing to annotate.
    offer: (q) =>
      q.start === q.end
        ? undefined
        : { start: q.start, end: q.end, text: q.text, fields: { type: 'quote', ...(q.speaker ? { speaker: q.speaker } : {}), origin: 'detected' } },
  }),
] as const;

export type SuggestionKind = (typeof DETECTOR_KINDS)[number]['kind'];
export const SUGGESTION_KINDS: readonly SuggestionKind[] = DETECTOR_KINDS.map((k) => k.kind);

/**
 * Everything the editor draws, each with a confirmed and a suggestion style and its `newsmark.*` colours: the
 * detector kinds, then the annotation types no kind draws under its own name (made by hand or by the corpus).
 */
export const DECORATED_KINDS = [...new Set<SuggestionKind | AnnotationType>([...SUGGESTION_KINDS, ...ANNOTATION_TYPES])];
export type DecoratedKind = SuggestionKind | AnnotationType;

/** The kind an annotation is drawn as: the registry's kind that draws it, else its type. */
export function decoratedKindOf(annotation: DrawnAnnotation): DecoratedKind {
  return DETECTOR_KINDS.find((k) => k.draws(annotation))?.kind ?? annotation.type;
}

/** The registry entry of a kind. */
export function detectorKind(kind: SuggestionKind): DetectorKind<SuggestionKind> {
  return DETECTOR_KINDS.find((k) => k.kind === kind)!;
}
