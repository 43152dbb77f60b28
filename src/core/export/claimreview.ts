/**
 * schema.org ClaimReview (JSON-LD, https://schema.org/ClaimReview) for each contradiction the user
 * confirmed or dismissed: `claimReviewed` states what the sources say, `reviewRating.alternateName`
 * is the verdict (`confirmed`: the sources do disagree; `dismissed`: they do not, for the note's
 * reason), `itemReviewed` is the Claim with each article as an `appearance` and each outlet as its
 * `author`. `datePublished` is the day of the export (fixed by `options.date`). Open contradictions
 * are not reviews yet: left out.
 */
import type { Contradiction, NewsEvent } from '../model';
import { articleIri } from './w3c';
import type { ExportCorpus, ExportFormat, ExportOptions, ExportSink } from './types';

const ATTRIBUTE: Record<string, string> = {
  ordinal: 'round of talks',
  count: 'number',
  user: 'statement',
  participants: 'participants',
  direction: 'bearing',
  penalty: 'prison sentence',
};

function claimText(c: Contradiction, event: NewsEvent | undefined): string {
  const what = ATTRIBUTE[c.attribute] ?? c.attribute;
  const about = event ? ` of ${event.title}` : '';
  const sides = c.sides.map((s) => `${s.value}${s.outlet ? ` (${s.outlet})` : ` (${s.file})`}`).join(' vs ');
  return `${what.charAt(0).toUpperCase()}${what.slice(1)}${about}: ${sides}`;
}

/** One ClaimReview per reviewed contradiction. */
export function toClaimReviews(corpus: ExportCorpus, options: ExportOptions = {}): Array<Record<string, unknown>> {
  const date = options.date ?? new Date().toISOString().slice(0, 10);
  const events = new Map(corpus.events.map((e) => [e.id, e]));
  const docs = new Map(corpus.documents.map((d) => [d.file, d]));
  return corpus.contradictions
    .filter((c) => c.status === 'confirmed' || c.status === 'dismissed')
    .map((c) => {
      const outlets = [...new Set(c.sides.map((s) => s.outlet ?? docs.get(s.file)?.outlet).filter((o): o is string => !!o))];
      const appearance = [...new Set(c.sides.map((s) => s.file))].map((file) => {
        const d = docs.get(file);
        return {
          '@type': 'CreativeWork',
          url: articleIri(file),
          ...(d?.published ? { datePublished: d.published } : {}),
          ...(d?.outlet ? { publisher: { '@type': 'Organization', name: d.outlet } } : {}),
        };
      });
      return {
        '@context': 'https://schema.org',
        '@type': 'ClaimReview',
        identifier: c.id,
        claimReviewed: claimText(c, c.event ? events.get(c.event) : undefined),
        datePublished: date,
        reviewRating: { '@type': 'Rating', alternateName: c.status, ...(c.note ? { ratingExplanation: c.note } : {}) },
        itemReviewed: {
          '@type': 'Claim',
          appearance,
          ...(outlets.length ? { author: outlets.map((name) => ({ '@type': 'Organization', name })) } : {}),
          text: c.sides.map((s) => s.text).join(' / '),
        },
      };
    });
}

export function claimReviewFormat(): ExportFormat {
  return {
    name: 'claimreview',
    description: 'schema.org ClaimReview JSON-LD for each confirmed or dismissed contradiction',
    needsCorpus: true,
    end(corpus: ExportCorpus | undefined, sink: ExportSink, options: ExportOptions) {
      const reviews = corpus ? toClaimReviews(corpus, options) : [];
      if (!reviews.length) sink.warn?.('no contradiction was confirmed or dismissed: no ClaimReview to write');
      sink.write(`${JSON.stringify(reviews, null, 2)}\n`);
    },
  };
}
