/**
 * Agreement between two annotators on one corpus, the measure annotation projects report.
 *
 * Whose is an annotation: its `author` field (setting `newsmark.annotator`, else git's `user.name`,
 * recorded when it was made). Two annotators who work on their own branches, merged with
 * `newsmark merge-driver`, end up with both sets in the same sidecars; annotations with no author
 * are left out. Per kind (annotation type):
 * - span F1: a span of A and a span of B agree when they have the same kind and the same start and
 *   end; F1 = 2·agreeing / (|A| + |B|) (symmetric: neither annotator is the reference). A relaxed F1
 *   counts overlapping spans of the same kind, one to one.
 * - Cohen's kappa on the labels of overlapping spans: A's and B's spans are paired one to one by
 *   overlap (largest first, whatever their kind), and kappa compares the two kinds given to each
 *   pair: κ = (p_o − p_e) / (1 − p_e), p_e from each annotator's label frequencies over the pairs.
 *   Per kind, the same on "this kind or not" (one-vs-rest).
 */
import type { AnnotationType, SidecarAnnotation } from '../sidecar/schema';

export interface AnnotatedFile {
  /** The article, as the report should name it (path relative to the corpus folder). */
  file: string;
  annotations: readonly SidecarAnnotation[];
  /** 1-based line of a code-point offset, for the links; absent: no line. */
  lineOf?: (offset: number) => number;
}

export interface KindAgreement {
  kind: AnnotationType;
  /** Spans of this kind by each annotator. */
  a: number;
  b: number;
  /** Same kind, same start and end. */
  exact: number;
  f1: number;
  /** Same kind, overlapping (one to one). */
  overlapF1: number;
  /** One-vs-rest kappa on the overlapping pairs; undefined when it cannot be computed (no pair, or every pair the same on both sides by chance alone). */
  kappa: number | undefined;
}

export interface Disagreement {
  file: string;
  line?: number;
  what: 'only-a' | 'only-b' | 'kind' | 'span';
  /** A's annotation (absent for only-b). */
  a?: Pick<SidecarAnnotation, 'id' | 'type' | 'quote' | 'start' | 'end'>;
  b?: Pick<SidecarAnnotation, 'id' | 'type' | 'quote' | 'start' | 'end'>;
}

export interface AgreementReport {
  between: [string, string];
  files: number;
  kinds: KindAgreement[];
  /** All kinds together. */
  overall: { a: number; b: number; exact: number; f1: number; overlapF1: number };
  kappa: { pairs: number; observed: number; expected: number; kappa: number | undefined };
  disagreements: Disagreement[];
}

type Span = Pick<SidecarAnnotation, 'id' | 'type' | 'quote' | 'start' | 'end'>;

function f1(agreeing: number, a: number, b: number): number {
  return a + b === 0 ? 1 : (2 * agreeing) / (a + b);
}

function overlap(x: Span, y: Span): number {
  return Math.min(x.end, y.end) - Math.max(x.start, y.start);
}

/** One-to-one pairs of overlapping spans, the largest overlaps first (ties: earlier spans first). */
function pairByOverlap(as: readonly Span[], bs: readonly Span[], sameKind: boolean): [Span, Span][] {
  const candidates: { a: Span; b: Span; o: number }[] = [];
  for (const a of as) {
    for (const b of bs) {
      if (sameKind && a.type !== b.type) continue;
      const o = overlap(a, b);
      if (o > 0 || (o === 0 && a.start === b.start && a.end === b.end)) candidates.push({ a, b, o });
    }
  }
  candidates.sort((x, y) => y.o - x.o || x.a.start - y.a.start || x.b.start - y.b.start);
  const usedA = new Set<Span>();
  const usedB = new Set<Span>();
  const pairs: [Span, Span][] = [];
  for (const c of candidates) {
    if (usedA.has(c.a) || usedB.has(c.b)) continue;
    usedA.add(c.a);
    usedB.add(c.b);
    pairs.push([c.a, c.b]);
  }
  return pairs;
}

/** Cohen's kappa of two label sequences of the same length. */
export function cohensKappa<L>(labelsA: readonly L[], labelsB: readonly L[]): { observed: number; expected: number; kappa: number | undefined } {
  const n = labelsA.length;
  if (n === 0 || n !== labelsB.length) return { observed: 0, expected: 0, kappa: undefined };
  let same = 0;
  const countA = new Map<L, number>();
  const countB = new Map<L, number>();
  for (let i = 0; i < n; i++) {
    if (labelsA[i] === labelsB[i]) same++;
    countA.set(labelsA[i], (countA.get(labelsA[i]) ?? 0) + 1);
    countB.set(labelsB[i], (countB.get(labelsB[i]) ?? 0) + 1);
  }
  const observed = same / n;
  let expected = 0;
  for (const [label, ca] of countA) expected += (ca / n) * ((countB.get(label) ?? 0) / n);
  return { observed, expected, kappa: expected === 1 ? undefined : (observed - expected) / (1 - expected) };
}

const key = (s: Span) => `${s.type}:${s.start}:${s.end}`;

/** The disagreements of one file, in reading order. */
function fileDisagreements(f: AnnotatedFile, as: Span[], bs: Span[], labelPairs: [Span, Span][]): Disagreement[] {
  const out: Disagreement[] = [];
  const line = (s: Span) => (f.lineOf ? { line: f.lineOf(s.start) } : {});
  const exactB = new Set(bs.map(key));
  const exactA = new Set(as.map(key));
  const paired = new Map<Span, Span>();
  for (const [a, b] of labelPairs) {
    paired.set(a, b);
    paired.set(b, a);
  }
  for (const a of as) {
    if (exactB.has(key(a))) continue;
    const b = paired.get(a);
    if (b && !exactA.has(key(b))) out.push({ file: f.file, ...line(a), what: b.type !== a.type ? 'kind' : 'span', a, b });
    else out.push({ file: f.file, ...line(a), what: 'only-a', a });
  }
  for (const b of bs) {
    if (exactA.has(key(b))) continue;
    const a = paired.get(b);
    if (!a || exactB.has(key(a))) out.push({ file: f.file, ...line(b), what: 'only-b', b });
  }
  return out.sort((x, y) => (x.a ?? x.b)!.start - (y.a ?? y.b)!.start);
}

/**
 * Measures the agreement of annotators `a` and `b` (their `author` names) over the files. Pure.
 */
export function measureAgreement(files: readonly AnnotatedFile[], a: string, b: string): AgreementReport {
  const perKind = new Map<AnnotationType, { a: number; b: number; exact: number; overlap: number }>();
  const kindOf = (t: AnnotationType) => perKind.get(t) ?? (perKind.set(t, { a: 0, b: 0, exact: 0, overlap: 0 }), perKind.get(t)!);
  const labelPairs: [Span, Span][] = [];
  const disagreements: Disagreement[] = [];
  let filesWithBoth = 0;
  for (const f of files) {
    const as = f.annotations.filter((x) => x.author === a);
    const bs = f.annotations.filter((x) => x.author === b);
    if (as.length + bs.length === 0) continue;
    filesWithBoth += as.length > 0 && bs.length > 0 ? 1 : 0;
    for (const x of as) kindOf(x.type).a++;
    for (const x of bs) kindOf(x.type).b++;
    const exactB = new Set(bs.map(key));
    for (const x of as) if (exactB.has(key(x))) kindOf(x.type).exact++;
    for (const [x] of pairByOverlap(as, bs, true)) kindOf(x.type).overlap++;
    const pairs = pairByOverlap(as, bs, false);
    labelPairs.push(...pairs);
    disagreements.push(...fileDisagreements(f, as, bs, pairs));
  }
  const kinds: KindAgreement[] = [...perKind.entries()]
    .sort(([x], [y]) => x.localeCompare(y))
    .map(([kind, c]) => ({
      kind,
      a: c.a,
      b: c.b,
      exact: c.exact,
      f1: f1(c.exact, c.a, c.b),
      overlapF1: f1(c.overlap, c.a, c.b),
      kappa: cohensKappa(
        labelPairs.map(([x]) => x.type === kind),
        labelPairs.map(([, y]) => y.type === kind),
      ).kappa,
    }));
  const sum = (k: 'a' | 'b' | 'exact') => kinds.reduce((n, x) => n + x[k], 0);
  const overlapTotal = [...perKind.values()].reduce((n, x) => n + x.overlap, 0);
  const k = cohensKappa(
    labelPairs.map(([x]) => x.type),
    labelPairs.map(([, y]) => y.type),
  );
  return {
    between: [a, b],
    files: filesWithBoth,
    kinds,
    overall: { a: sum('a'), b: sum('b'), exact: sum('exact'), f1: f1(sum('exact'), sum('a'), sum('b')), overlapF1: f1(overlapTotal, sum('a'), sum('b')) },
    kappa: { pairs: labelPairs.length, ...k },
    disagreements,
  };
}
