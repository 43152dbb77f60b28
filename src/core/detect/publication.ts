/** The publication date of an article: sidecar value, header line, dateline, in that order. */
import type { PublicationDate } from '../model';
import { isValidDay } from './calendar';
import { MONTHS } from './calendarWords';
import { classTable, isSpaceUnit, LETTER } from './chars';

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
const MONTH_NAMES = Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .map((m) => m.replace('.', '\\.'))
  .join('|');
// "February 26, 2025", "26 février 2025", "Feb. 26, 2025".
const WORDED_DATELINE = new RegExp(
  `(?<!\\p{L})(?:(${MONTH_NAMES})\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})|(\\d{1,2})(?:er)?\\s+(${MONTH_NAMES})\\s+(\\d{4}))(?!\\d)`,
  'iu',
);

const WORDED_STICKY = new RegExp(WORDED_DATELINE.source, 'iuy');

/** The letters of month names as digits 1..28 (a-z, é, û) under the `iu` flags: either case, ſ as s, the Kelvin sign as k; 0 for any other unit. */
function monthLetter(c: number): number {
  if (c >= 97 && c <= 122) return c - 96;
  if (c >= 65 && c <= 90) return c - 64;
  if (c === 0xe9 || c === 0xc9) return 27;
  if (c === 0xfb || c === 0xdb) return 28;
  if (c === 0x17f) return 19;
  if (c === 0x212a) return 11;
  return 0;
}
/** 1 at the digits of the first three letters of a month name (every one has three letters at least). */
const MONTH_PREFIXES = new Uint8Array(32 * 32 * 32);
for (const name of Object.keys(MONTHS)) {
  MONTH_PREFIXES[monthLetter(name.charCodeAt(0)) * 1024 + monthLetter(name.charCodeAt(1)) * 32 + monthLetter(name.charCodeAt(2))] = 1;
}
const monthAt = (s: string, i: number): boolean => {
  const a = monthLetter(s.charCodeAt(i));
  return a !== 0 && MONTH_PREFIXES[a * 1024 + monthLetter(s.charCodeAt(i + 1)) * 32 + monthLetter(s.charCodeAt(i + 2))] === 1;
};
const isDigitCode = (c: number): boolean => c >= 48 && c <= 57;

/**
 * WORDED_DATELINE.exec(head), tried with a sticky copy only where a match can start: on a month name
 * (its first three letters), or on one or two digits, an optional "er", spaces and a month name. The
 * pattern, searched, tries its case-folded alternation of month names at every position of the head.
 */
function wordedDateline(head: string): RegExpExecArray | null {
  const T = classTable();
  for (let p = 0; p < head.length; p++) {
    // (?<!\p{L}): nothing starts right after a letter of the BMP.
    if (p > 0 && (T[head.charCodeAt(p - 1)] & LETTER) !== 0) continue;
    const c = head.charCodeAt(p);
    if (isDigitCode(c)) {
      // \d{1,2}(?:er)?\s+MONTH: each part can only be read one way before a month name.
      let q = p + 1;
      if (isDigitCode(head.charCodeAt(q))) q++;
      if ((head.charCodeAt(q) | 32) === 101 && (head.charCodeAt(q + 1) | 32) === 114) q += 2;
      if (!isSpaceUnit(head, q)) continue;
      while (isSpaceUnit(head, q)) q++;
      if (!monthAt(head, q)) continue;
    } else if (!monthAt(head, p)) continue;
    WORDED_STICKY.lastIndex = p;
    const m = WORDED_STICKY.exec(head);
    if (m) return m;
  }
  return null;
}

/** Whether `s` holds four ASCII digits in a row. */
function hasFourDigits(s: string): boolean {
  let run = 0;
  for (let i = 0; i < s.length; i++) {
    if (!isDigitCode(s.charCodeAt(i))) run = 0;
    else if (++run === 4) return true;
  }
  return false;
}

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
  // A header line and both datelines hold a year, four ASCII digits (`\d` under the `u` flag): a head
  // without them has none, and the patterns, tried at every position, are not run.
  if (!hasFourDigits(head)) return null;
  const h = HEADER.exec(head);
  if (h) {
    const p = parsePublished(h[1], 'header');
    if (p) return p;
  }
  const n = head.includes('/') ? NUMERIC_DATELINE.exec(head) : null;
  const w = wordedDateline(head);
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

/** WORDED_DATELINE and its sticky reading, for the unit test that compares them. */
export function wordedDatelineReadings(head: string): [RegExpExecArray | null, RegExpExecArray | null] {
  return [WORDED_DATELINE.exec(head), wordedDateline(head)];
}
