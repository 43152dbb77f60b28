/**
 * W3C Web Annotation (JSON-LD, https://www.w3.org/TR/annotation-model/): one AnnotationCollection
 * whose first AnnotationPage holds one Annotation per sidecar annotation, streamed article by article.
 *
 * Target: the article (its path relative to the corpus folder, a relative IRI) with a
 * TextQuoteSelector (exact, prefix, suffix) and a TextPositionSelector (start, end in code points,
 * as the model requires). Bodies are TextualBody resources: purpose `tagging` for the type,
 * `identifying` for a linked person, speaker or event, `describing` for a normalised value,
 * `classifying` for the claim attribute, qualifier, status and origin, `commenting` for the note.
 * Each non-comment body has an id `urn:newsmark:<field>:<value>`, so the import knows which field it
 * fills, and other tools read a plain tag or link.
 */
import type { SidecarAnnotation } from '../sidecar/schema';
import { carriedFields, type CarriedField } from './fields';
import type { ExportArticle, ExportFormat, ExportSink } from './types';

export const W3C_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
/** Prefix of the ids of Newsmark's annotations and bodies. */
export const NEWSMARK_URN = 'urn:newsmark:';

const PURPOSE: Record<CarriedField | 'type', string> = {
  type: 'tagging',
  entity: 'identifying',
  speaker: 'identifying',
  event: 'identifying',
  value: 'describing',
  attribute: 'classifying',
  qualifier: 'classifying',
  status: 'classifying',
  origin: 'classifying',
};

export interface W3cBody {
  type: 'TextualBody';
  id?: string;
  purpose: string;
  value: string;
}

/** The IRI of an article path: each segment percent-encoded, "/" kept. */
export function articleIri(file: string): string {
  return file.split('/').map(encodeURIComponent).join('/');
}

/** The id of an annotation: unique across the corpus (sidecar ids are unique per article only). */
export function w3cAnnotationId(file: string, id: string): string {
  return `${NEWSMARK_URN}annotation:${encodeURIComponent(file)}:${id}`;
}

/** One sidecar annotation as a W3C Annotation (without `@context`: the collection carries it). */
export function toW3cAnnotation(file: string, a: SidecarAnnotation): Record<string, unknown> {
  const field = (name: CarriedField | 'type', value: string): W3cBody => ({
    type: 'TextualBody',
    id: `${NEWSMARK_URN}${name}:${encodeURIComponent(value)}`,
    purpose: PURPOSE[name],
    value,
  });
  const body: W3cBody[] = [field('type', a.type), ...carriedFields(a).map(([k, v]) => field(k, v))];
  if (a.note) body.push({ type: 'TextualBody', purpose: 'commenting', value: a.note });
  return {
    id: w3cAnnotationId(file, a.id),
    type: 'Annotation',
    motivation: a.type === 'note' ? 'commenting' : 'tagging',
    body,
    target: {
      source: articleIri(file),
      selector: [
        { type: 'TextQuoteSelector', exact: a.quote, prefix: a.prefix, suffix: a.suffix },
        { type: 'TextPositionSelector', start: a.start, end: a.end },
      ],
    },
  };
}

/** The W3C export: an AnnotationCollection streamed to one JSON-LD document. */
export function w3cFormat(): ExportFormat {
  let count = 0;
  return {
    name: 'w3c',
    description: 'W3C Web Annotation JSON-LD (AnnotationCollection), code-point selectors',
    begin(sink: ExportSink) {
      count = 0;
      sink.write(
        `{\n  "@context": ${JSON.stringify(W3C_CONTEXT)},\n  "id": "${NEWSMARK_URN}export",\n  "type": "AnnotationCollection",\n` +
          `  "label": "Newsmark annotations",\n  "first": {\n    "type": "AnnotationPage",\n    "startIndex": 0,\n    "items": [`,
      );
    },
    article(article: ExportArticle, sink: ExportSink) {
      for (const a of article.annotations) {
        sink.write(`${count ? ',' : ''}\n      ${JSON.stringify(toW3cAnnotation(article.file, a))}`);
        count++;
      }
    },
    end(_corpus, sink: ExportSink) {
      sink.write(`${count ? '\n    ' : ''}]\n  },\n  "total": ${count}\n}\n`);
    },
  };
}
