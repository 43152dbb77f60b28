/** The publication date of an article: sidecar value, header line, dateline, in that order. */
import type { PublicationDate } from '../model';
import { isValidDay } from './calendar';
import { MONTHS } from './calendarWords';

const ISO = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:[T ](\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?)?)?$/;

/** Parses an ISO-8601 publication value (YYYY, YYYY-MM, YYYY-MM-DD, YYYY-MM-DDTHH:MM[:SS][Z]). */
export function parsePublished(value: string, source: PublicationDate['source']): PublicationDate | null {
  const m = ISO.exec(value.trim());
  if (!m) return null;
  const [, y, mo, d, hh, mm] = m;
  if (mo && (Number(mo) < 1 || Number(mo) > 12)) return null;
  if (d && !isValidDay(Number(y), Number(mo), Number(d))) return null;
  if (hh) return { value: `${y}-${mo}-${d}T${hh}:${mm}`, precision: 'datetime', source };
  if (d) return { value: `${y}-${mo}-${d}`, precision: 'day', source };
  if (mo) return { value: `${y}-${mo}`, precision: 'month', source };
  return { value: y, precision: 'year', source };
}

// ` date 2025-02` on one of the first lines, as the seed corpus writes it.
const HEADER = /^[ \t]*(?:date|published|publié le|publication)[ \t]*:?[ \t]+(\d{4}(?:-\d{2}(?:-\d{2}(?:T\d{2}:\d{2})?)?)?)(?![\d-])/imu;
const NUMERIC_DATELINE = /(?<![\d/])(\d{1,2})\/(\d{1,2})\/(\d{4})(?:,?\s+(?:à|a|at|-)?\s*(\d{1,2})[:h](\d{2}))?(?![\d/])/u;
const MONTH_NAMES = Object.keys(MONTHS).sort((a, b) => b.length - a.length).map((m) => m.replace('.', '\\.')).join('|');
// "February 26, 2025", "26 février 2025", "Feb. 26, 2025".
const WORDED_DATELINE = new RegExp(
  `(?<!\\p{L})(?:(${MONTH_NAMES})\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})|(\\d{1,2})(?:er)?\\s+(${MONTH_NAMES})\\s+(\\d{4}))(?!\\d)`,
  'iu',
);

/** How far into the article a dateline is looked for: the header block, not a date cited in the body. */
const DATELINE_WINDOW = 600;

/**
 * The article's publication date, in order: the sidecar's `published` value; a header line such as
 * ` date 2025-02`; a dateline near the top ("26/02/2025 à 15:16", "February 26, 2025"); else null.
 */
export function findPublicationDate(text: string, sidecarPublished?: string): PublicationDate | null {
  if (sidecarPublished) {
    const p = parsePublished(sidecarPublished, 'sidecar');
    if (p) return p;
  }
  const head = text.slice(0, DATELINE_WINDOW);
  const h = HEADER.exec(head);
  if (h) {
    const p = parsePublished(h[1], 'header');
    if (p) return p;
  }
  const n = NUMERIC_DATELINE.exec(head);
  const w = WORDED_DATELINE.exec(head);
  if (n && (!w || n.index <= w.index)) {
    const d = Number(n[1]);
    const mo = Number(n[2]);
    const y = Number(n[3]);
    if (isValidDay(y, mo, d)) {
      const day = `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
      if (n[4] && Number(n[4]) < 24 && Number(n[5]) < 60) {
        return { value: `${day}T${n[4].padStart(2, '0')}:${n[5]}`, precision: 'datetime', source: 'dateline' };
      }
      return { value: day, precision: 'day', source: 'dateline' };
    }
  }
  if (w) {
    const mo = MONTHS[(w[1] ?? w[5]).toLowerCase()];
    const d = Number(w[2] ?? w[4]);
    const y = Number(w[3] ?? w[6]);
    if (mo && isValidDay(y, mo, d)) {
      return { value: `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`, precision: 'day', source: 'dateline' };
    }
  }
  return null;
}
