/** ISO-8601 values as Newsmark normalises them, read back into calendar parts for the timeline formats. */

export interface DateParts {
  year: number;
  month?: number;
  day?: number;
  hour?: number;
  minute?: number;
}

/** A date and, for a week, its last day: the span the value really covers at its granularity. */
export interface DateRange {
  start: DateParts;
  end?: DateParts;
  precision: 'year' | 'month' | 'week' | 'day' | 'datetime';
}

function partsOf(d: Date): DateParts {
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/**
 * The range of an ISO value: `2025` (a year), `2025-02` (a month), `2025-W08` (Monday to Sunday of
 * ISO week 8), `2025-02-27` (a day), `2025-02-26T15:16` (a minute). Undefined for anything else
 * (a time alone, `T16:20`, is no point on a timeline).
 */
export function dateRange(iso: string | undefined): DateRange | undefined {
  if (!iso) return undefined;
  let m = /^(\d{4})-W(\d{2})$/.exec(iso);
  if (m) {
    // ISO week 1 holds 4 January; weeks start on Monday.
    const jan4 = Date.UTC(Number(m[1]), 0, 4);
    const monday = jan4 - ((new Date(jan4).getUTCDay() + 6) % 7) * 86400000 + (Number(m[2]) - 1) * 7 * 86400000;
    return { start: partsOf(new Date(monday)), end: partsOf(new Date(monday + 6 * 86400000)), precision: 'week' };
  }
  m = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2}))?)?)?$/.exec(iso);
  if (!m) return undefined;
  const [, y, mo, d, h, mi] = m;
  const start: DateParts = { year: Number(y) };
  if (mo) start.month = Number(mo);
  if (d) start.day = Number(d);
  if (h) Object.assign(start, { hour: Number(h), minute: Number(mi) });
  return { start, precision: h ? 'datetime' : d ? 'day' : mo ? 'month' : 'year' };
}
