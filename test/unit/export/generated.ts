/**
 * Generated articles for round trips: emoji (astral, with modifiers and flags), CRLF and LF, letters
 * written decomposed (NFD), « quotes », spans that overlap, nest, repeat, cross line breaks, carry
 * every field and notes with line breaks, tabs and backslashes, and orphans. Seeded, so a failure replays.
 */
import { prng } from '../../../bench/corpus';
import { makeSelector } from '../../../src/core/anchor/reanchor';
import type { ExportArticle } from '../../../src/core/export/types';
import { ANNOTATION_TYPES, annotationSchema, type SidecarAnnotation } from '../../../src/core/sidecar/schema';
import { codePointLength } from '../../../src/core/text/offsets';

const WORDS = [
  'Lavrov',
  'Rubio',
  'jeudi',
  'talks',
  'Riyad',
  'six',
  'heures',
  'e\u0301te\u0301',
  'ce\u0301le\u0300bre',
  'déjà',
  'naïve',
  'Zelensky',
  '2025',
  'said',
  'a déclaré',
  '👍🏽',
  '🇫🇷',
  '🙂',
  '«',
  '»',
  '—',
  'l’accord',
];
const BREAKS = [' ', ' ', ' ', ' ', ', ', '\r\n', '\n', '\r\n\r\n', '. '];

/** `count` articles from `seed`, each with 5 to 25 annotations. */
export function edgeCaseArticles(count: number, seed: number): ExportArticle[] {
  const rnd = prng(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)];
  return Array.from({ length: count }, (_, n) => {
    // Tokens with their code-point starts, so spans begin and end between whole characters.
    const bounds: number[] = [0];
    let text = '';
    for (let i = 0, len = 20 + Math.floor(rnd() * 60); i < len; i++) {
      text += pick(WORDS) + pick(BREAKS);
      bounds.push(codePointLength(text));
    }
    const annotations: SidecarAnnotation[] = [];
    for (let k = 0, len = 5 + Math.floor(rnd() * 20); k < len; k++) {
      const i = Math.floor(rnd() * (bounds.length - 1));
      const j = Math.min(bounds.length - 1, i + 1 + Math.floor(rnd() * 4));
      const type = pick(ANNOTATION_TYPES);
      const raw: Record<string, unknown> = { id: `a-${n}x${k}`, type, ...makeSelector(text, bounds[i], bounds[j]) };
      if (type === 'person') raw.entity = pick(['p-lavrov', 'p-rubio', 'p-zelensky']);
      if (type === 'date') raw.value = pick(['2025-02-27', '2025-W08', 'T16:20', '2025']);
      if (type === 'quote') raw.speaker = pick(['p-lavrov', 'p-rubio']);
      if (type === 'claim')
        Object.assign(raw, {
          attribute: pick(['duration', 'count', 'place name']),
          value: pick(['PT6H30M', '3', 'Riyad, Arabie saoudite']),
          qualifier: pick(['exact', 'about']),
        });
      if (type === 'event' || rnd() < 0.2) raw.event = pick(['e-istanbul', 'e-riyad']);
      if (rnd() < 0.3) raw.note = pick(['vérifier\nauprès de l’AFP', 'tab\there', 'a \\ backslash', 'simple note 🙂']);
      if (rnd() < 0.3) raw.origin = 'detected';
      if (rnd() < 0.15) raw.status = 'review';
      annotations.push(annotationSchema.parse(raw));
    }
    // An orphan: its words are gone from the article; it keeps its last offsets and quote.
    annotations.push(
      annotationSchema.parse({ id: `a-${n}orphan`, type: 'quote', quote: 'qqqq xxxx zzzz wwww', start: 3, end: 22, status: 'orphan', speaker: 'p-rubio' }),
    );
    return { file: `gen-${n}.txt`, text, annotations };
  });
}
