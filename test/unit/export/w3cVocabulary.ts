/**
 * A check of a JSON-LD document against the W3C Web Annotation vocabulary
 * (https://www.w3.org/TR/annotation-vocab/, the terms of http://www.w3.org/ns/anno.jsonld), written
 * from the spec: every key is a term of the context, every `type` a class, every `purpose` and
 * `motivation` one of the Motivation instances, and the selectors carry what the model requires.
 * (jsonld.js would need the context over the network or a copied context file; this check needs neither.)
 */
const TERMS = new Set([
  '@context',
  'id',
  'type',
  'body',
  'bodyValue',
  'target',
  'source',
  'selector',
  'state',
  'stylesheet',
  'styleClass',
  'scope',
  'value',
  'format',
  'language',
  'processingLanguage',
  'textDirection',
  'purpose',
  'motivation',
  'created',
  'modified',
  'generated',
  'generator',
  'creator',
  'audience',
  'rights',
  'canonical',
  'via',
  'accessibility',
  'exact',
  'prefix',
  'suffix',
  'start',
  'end',
  'conformsTo',
  'refinedBy',
  'startSelector',
  'endSelector',
  'sourceDate',
  'sourceDateStart',
  'sourceDateEnd',
  'cached',
  'renderedVia',
  'items',
  'label',
  'total',
  'first',
  'last',
  'next',
  'prev',
  'partOf',
  'startIndex',
  'name',
  'nickname',
  'email',
  'email_sha1',
  'homepage',
]);
const CLASSES = new Set([
  'Annotation',
  'AnnotationCollection',
  'AnnotationPage',
  'TextualBody',
  'SpecificResource',
  'Choice',
  'Composite',
  'List',
  'Independents',
  'FragmentSelector',
  'CssSelector',
  'XPathSelector',
  'TextQuoteSelector',
  'TextPositionSelector',
  'DataPositionSelector',
  'SvgSelector',
  'RangeSelector',
  'HttpRequestState',
  'TimeState',
  'CssStylesheet',
  'Dataset',
  'Image',
  'Video',
  'Sound',
  'Text',
  'Person',
  'Organization',
  'Software',
  'Audience',
]);
const MOTIVATIONS = new Set([
  'assessing',
  'bookmarking',
  'classifying',
  'commenting',
  'describing',
  'editing',
  'highlighting',
  'identifying',
  'linking',
  'moderating',
  'questioning',
  'replying',
  'tagging',
]);

/** Problems found in `doc` (empty when it keeps to the vocabulary), each with its JSON path. */
export function checkW3cVocabulary(doc: unknown): string[] {
  const problems: string[] = [];
  const visit = (v: unknown, path: string) => {
    if (Array.isArray(v)) return v.forEach((x, i) => visit(x, `${path}[${i}]`));
    if (typeof v !== 'object' || v === null) return;
    const o = v as Record<string, unknown>;
    for (const [k, x] of Object.entries(o)) {
      if (!TERMS.has(k)) problems.push(`${path}.${k}: not a term of the Web Annotation context`);
      if (k === '@context') continue;
      visit(x, `${path}.${k}`);
    }
    for (const t of [o.type].flat())
      if (t !== undefined && !CLASSES.has(String(t))) problems.push(`${path}.type: ${String(t)} is not a class of the vocabulary`);
    for (const k of ['purpose', 'motivation'] as const) {
      for (const m of [o[k]].flat()) if (m !== undefined && !MOTIVATIONS.has(String(m))) problems.push(`${path}.${k}: ${String(m)} is not a Motivation`);
    }
    if (o.type === 'TextQuoteSelector' && typeof o.exact !== 'string') problems.push(`${path}: a TextQuoteSelector needs exact`);
    if (
      o.type === 'TextPositionSelector' &&
      !(Number.isInteger(o.start) && Number.isInteger(o.end) && (o.start as number) >= 0 && (o.end as number) >= (o.start as number))
    ) {
      problems.push(`${path}: a TextPositionSelector needs whole start <= end`);
    }
    if (o.type === 'Annotation' && (o.target === undefined || o.id === undefined)) problems.push(`${path}: an Annotation needs id and target`);
    if (o.type === 'TextualBody' && typeof o.value !== 'string') problems.push(`${path}: a TextualBody needs a value`);
  };
  visit(doc, '$');
  if ((doc as Record<string, unknown>)?.['@context'] !== 'http://www.w3.org/ns/anno.jsonld') problems.push('$.@context: not the Web Annotation context');
  return problems;
}
