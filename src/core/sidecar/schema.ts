/**
 * The zod schemas of Newsmark's files: the single source of truth for their shape. The TypeScript
 * types come from `z.infer`, the JSON Schemas in `schemas/` are generated from these at build time
 * (scripts/schemas.mjs), and docs/sidecar-format.md describes them field by field.
 *
 * Every object is loose: fields this version does not know are kept, so a file written by a newer
 * Newsmark (or extended by hand) survives a save.
 */
import { z } from 'zod';
// Each rule of ours names its message by a code of sidecar/problems.ts (PROBLEM_TEXTS): the reader of the file
// sees it in the interface's language, with the field's path and the value found.

export const SIDECAR_VERSION = 1;
export const CORPUS_VERSION = 1;
/** Suffix of a sidecar: `<article file name>.annotations.yaml`. */
export const SIDECAR_SUFFIX = '.annotations.yaml';
export const CORPUS_FILE_NAME = 'newsmark.yaml';

export const ANNOTATION_TYPES = ['person', 'date', 'quote', 'event', 'claim', 'place', 'organisation', 'note'] as const;
export type AnnotationType = (typeof ANNOTATION_TYPES)[number];

/**
 * Where an annotation stands. Absent means `confirmed`.
 * - confirmed: made by the user, or a detection the user accepted; anchored.
 * - review: re-anchored fuzzily after the article changed; the user should check it.
 * - orphan: its text is gone; kept with its last offsets until the user re-attaches or removes it.
 */
export const ANNOTATION_STATUSES = ['confirmed', 'review', 'orphan'] as const;
export type AnnotationStatus = (typeof ANNOTATION_STATUSES)[number];

/** Who made an annotation. Absent means `user`. `detected` = an accepted suggestion of the detectors. */
export const ANNOTATION_ORIGINS = ['user', 'detected'] as const;
export type AnnotationOrigin = (typeof ANNOTATION_ORIGINS)[number];

/** Ids: short, safe in YAML, paths and command arguments (`a-1x9k2m0q`, `p-macron`). */
const idSchema = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_.:-]{0,63}$/, { error: 'schema.id' });

/** A code-point offset. */
const offsetSchema = z.int({ error: 'schema.offset' }).min(0, { error: 'schema.offset-negative' });

/**
 * The article a sidecar describes: a file name in the sidecar's own folder, never a path, so a
 * sidecar cannot point Newsmark at `../../etc/passwd`.
 */
const plainFileName = z
  .string()
  .min(1)
  .max(255)
  // eslint-disable-next-line no-control-regex -- NUL is exactly what must be refused
  .regex(/^(?!\.\.?$)[^/\\:\u0000]+$/, { error: 'schema.source-path' });

/** A path relative to the corpus folder, with "/" separators, never leaving it. */
const corpusRelativePath = z
  .string()
  .min(1)
  // eslint-disable-next-line no-control-regex -- NUL is exactly what must be refused
  .regex(/^(?![/\\])(?![A-Za-z]:)(?!.*(^|[/\\])\.\.([/\\]|$))[^\u0000]+$/, { error: 'schema.corpus-path' });

const publishedSchema = z.string().regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, { error: 'schema.published' });

/** YAML reads `value: 2025` as a number: accept it and keep the value as text. */
const textValue = z.union([z.string(), z.number().transform((n) => String(n))]);

/**
 * Who made an item and when (annotations, verdicts, links): optional, so files written before a team
 * used Newsmark stay valid. `created` is an ISO 8601 date-time in UTC (`2026-12-07T06:10:00Z`).
 */
const authorship = {
  /** The annotator's name (setting `newsmark.annotator`, else git's `user.name`). */
  author: z.string().min(1).optional(),
  created: z
    .string()
    .regex(/^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d+)?)?(Z|[+-]\d\d:\d\d)$/, { error: 'schema.created' })
    .optional(),
};

export const documentSchema = z.looseObject({
  source: plainFileName,
  /** Hex SHA-256 of the article text (UTF-8, BOM removed) when the sidecar was last written. */
  sha256: z
    .string()
    .regex(/^[0-9a-f]{64}$/, { error: 'schema.sha256' })
    .optional(),
  published: publishedSchema.optional(),
  outlet: z.string().optional(),
  /** BCP 47 language tag (fr, en, fr-CA). */
  language: z
    .string()
    .regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/, { error: 'schema.language' })
    .optional(),
});

export const annotationSchema = z
  .looseObject({
    id: idSchema,
    type: z.enum(ANNOTATION_TYPES),
    /** The exact text of the span, as in the article. */
    quote: z.string(),
    start: offsetSchema,
    end: offsetSchema,
    /** Up to 32 code points before `start` (W3C TextQuoteSelector prefix). */
    prefix: z.string().default(''),
    /** Up to 32 code points after `end`. */
    suffix: z.string().default(''),
    /** Person id (registry) for a person mention. */
    entity: z.string().optional(),
    /** Normalised value: an ISO-8601 date for a date, the claimed value for a claim. */
    value: textValue.optional(),
    /**
     * A date that names a weekday against a month-only publication date: the days it can be (ISO), when
     * `value` is only the month. Kept on acceptance so the hover and the reader still see the choice.
     */
    candidates: z.array(z.string().regex(/^\d{4}-\d\d-\d\d/, { error: 'schema.candidate' })).optional(),
    /**
     * TIMEX3 (ISO-TimeML) type and value of a detected date or duration, when detection gave them: SET
     * `P1Y` for "chaque année", DATE `PRESENT_REF` for "désormais", TIME `1999-05-23T22:00` for "22 h".
     * Optional: sidecars written before them stay valid.
     */
    timexType: z.enum(['DATE', 'TIME', 'DURATION', 'SET']).optional(),
    timexValue: z.string().optional(),
    /** Person id of who said a quote. */
    speaker: z.string().optional(),
    /** Event id this annotation belongs to. */
    event: z.string().optional(),
    /** What a claim is about (duration, date, time, count, place, participants, …). */
    attribute: z.string().optional(),
    /** How exact a claim is (exact, about, almost, more-than, less-than). */
    qualifier: z.string().optional(),
    note: z.string().optional(),
    status: z.enum(ANNOTATION_STATUSES).optional(),
    origin: z.enum(ANNOTATION_ORIGINS).optional(),
    ...authorship,
  })
  .superRefine((a, ctx) => {
    if (a.start > a.end) {
      ctx.addIssue({ code: 'custom', path: ['end'], message: 'schema.end-before-start', params: { args: [a.end, a.start] } });
    }
  });

/** A detection the user rejected: matched by quote and context so it is not suggested again. */
export const rejectedSchema = z.looseObject({
  type: z.enum(ANNOTATION_TYPES),
  quote: z.string().min(1),
  prefix: z.string().default(''),
  suffix: z.string().default(''),
  /** Where it was when rejected (informative; matching uses quote and context). */
  start: offsetSchema.optional(),
  end: offsetSchema.optional(),
});

/** How a merge conflict arose (see sidecar/merge.ts `ConflictKind`). */
export const CONFLICT_KINDS = ['both-changed', 'changed-deleted', 'deleted-changed'] as const;

/**
 * A conflict a merge could not decide, kept in the file until someone resolves it (`newsmark check`
 * lists it as an error): the version kept in the lists is one side's, `ours`/`theirs` hold both, so
 * nothing is lost. Deleting the entry marks it resolved.
 */
export const recordedConflictSchema = z.looseObject({
  /** Annotation id; `document.<field>` or `<field>` for top-level fields; `<list>/<id>` in newsmark.yaml. */
  id: z.string().min(1),
  kind: z.enum(CONFLICT_KINDS),
  /** Our side's version (absent: we deleted it). */
  ours: z.unknown().optional(),
  /** Their side's version (absent: they deleted it). */
  theirs: z.unknown().optional(),
});

function uniqueIds<T extends { id: string }>(list: T[], ctx: z.RefinementCtx, listName: string): void {
  const seen = new Map<string, number>();
  list.forEach((item, i) => {
    const first = seen.get(item.id);
    if (first !== undefined) {
      ctx.addIssue({
        code: 'custom',
        path: [listName, i, 'id'],
        message: 'schema.duplicate-id',
        params: { args: [item.id, `${listName}[${first}]`] },
      });
    } else seen.set(item.id, i);
  });
}

export const sidecarSchema = z
  .looseObject({
    version: z.literal(SIDECAR_VERSION, { error: 'schema.sidecar-version' }),
    document: documentSchema,
    annotations: z.array(annotationSchema).default([]),
    rejected: z.array(rejectedSchema).default([]),
    /** Merge conflicts waiting for a person (written by `newsmark merge-driver`). */
    conflicts: z.array(recordedConflictSchema).optional(),
  })
  .superRefine((s, ctx) => uniqueIds(s.annotations, ctx, 'annotations'));

export const personSchema = z.looseObject({
  id: idSchema,
  name: z.string().min(1),
  aliases: z.array(z.string()).default([]),
});

/** A span of an article the user put into an event ("Move Mention to Event…"). */
export const eventMentionSchema = z
  .looseObject({
    /** The article, relative to the corpus folder. */
    file: corpusRelativePath,
    start: offsetSchema,
    end: offsetSchema,
  })
  .superRefine((m, ctx) => {
    if (m.start > m.end) ctx.addIssue({ code: 'custom', path: ['end'], message: 'schema.end-before-start', params: { args: [m.end, m.start] } });
  });

export const eventSchema = z.looseObject({
  id: idSchema,
  title: z.string().min(1),
  date: z.string().optional(),
  place: z.string().optional(),
  /** Person ids. */
  participants: z.array(z.string()).default([]),
  /** Ids of automatic events whose mentions all go into this one ("Merge Events"). */
  merge: z.array(z.string()).optional(),
  /** Spans moved into this event from wherever grouping put them. */
  mentions: z.array(eventMentionSchema).optional(),
});

export const verdictSchema = z.looseObject({
  /** The contradiction id, as the corpus index computes it. */
  id: z.string().min(1),
  status: z.enum(['confirmed', 'dismissed']),
  note: z.string().optional(),
  ...authorship,
});

export const linkEndSchema = z.looseObject({
  /** The article, relative to the corpus folder. */
  file: corpusRelativePath,
  /** Annotation id in that article's sidecar. */
  annotation: idSchema,
});

/** A contradiction the user drew by hand between two annotations. */
export const linkSchema = z.looseObject({
  id: idSchema,
  a: linkEndSchema,
  b: linkEndSchema,
  note: z.string().optional(),
  ...authorship,
});

export const corpusSchema = z
  .looseObject({
    version: z.literal(CORPUS_VERSION, { error: 'schema.corpus-version' }),
    people: z.array(personSchema).default([]),
    events: z.array(eventSchema).default([]),
    verdicts: z.array(verdictSchema).default([]),
    links: z.array(linkSchema).default([]),
    /** Merge conflicts waiting for a person (written by `newsmark merge-driver`). */
    conflicts: z.array(recordedConflictSchema).optional(),
  })
  .superRefine((c, ctx) => {
    uniqueIds(c.people, ctx, 'people');
    uniqueIds(c.events, ctx, 'events');
    uniqueIds(c.verdicts, ctx, 'verdicts');
    uniqueIds(c.links, ctx, 'links');
  });

export type SidecarDocument = z.infer<typeof documentSchema>;
export type SidecarAnnotation = z.infer<typeof annotationSchema>;
export type RejectedDetection = z.infer<typeof rejectedSchema>;
export type Sidecar = z.infer<typeof sidecarSchema>;
export type CorpusPerson = z.infer<typeof personSchema>;
export type CorpusEvent = z.infer<typeof eventSchema>;
export type CorpusEventMention = z.infer<typeof eventMentionSchema>;
export type CorpusVerdict = z.infer<typeof verdictSchema>;
export type CorpusLink = z.infer<typeof linkSchema>;
export type Corpus = z.infer<typeof corpusSchema>;
export type RecordedConflict = z.infer<typeof recordedConflictSchema>;

/** The status of an annotation, with the default filled in. */
export function annotationStatus(a: Pick<SidecarAnnotation, 'status'>): AnnotationStatus {
  return a.status ?? 'confirmed';
}

/** The sidecar file name of an article: `article.txt` -> `article.txt.annotations.yaml`. */
export function sidecarFileName(articleFileName: string): string {
  return articleFileName + SIDECAR_SUFFIX;
}
