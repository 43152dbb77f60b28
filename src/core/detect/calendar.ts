/** Calendar arithmetic on plain UTC dates and ISO-8601 formatting, for normalising dates. */

export interface Ymd {
  y: number;
  m: number; // 1..12
  d: number;
}

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

export function isoDay(x: Ymd): string {
  return `${pad(x.y, 4)}-${pad(x.m)}-${pad(x.d)}`;
}

export function isoMonth(y: number, m: number): string {
  return `${pad(y, 4)}-${pad(m)}`;
}

export function toUtc(x: Ymd): Date {
  return new Date(Date.UTC(x.y, x.m - 1, x.d));
}

export function fromUtc(d: Date): Ymd {
  return { y: d.getUTCFullYear(), m: d.getUTCMonth() + 1, d: d.getUTCDate() };
}

export function addDays(x: Ymd, n: number): Ymd {
  const d = toUtc(x);
  d.setUTCDate(d.getUTCDate() + n);
  return fromUtc(d);
}

/** ISO weekday: Monday 1 … Sunday 7. */
export function isoWeekday(x: Ymd): number {
  const w = toUtc(x).getUTCDay();
  return w === 0 ? 7 : w;
}

/** ISO-8601 week ("2025-W09") of a day. */
export function isoWeek(x: Ymd): string {
  const d = toUtc(x);
  const wd = isoWeekday(x);
  d.setUTCDate(d.getUTCDate() + 4 - wd); // the Thursday of this week decides the year
  const year = d.getUTCFullYear();
  const jan1 = Date.UTC(year, 0, 1);
  const week = Math.floor((d.getTime() - jan1) / 86400000 / 7) + 1;
  return `${pad(year, 4)}-W${pad(week)}`;
}

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

export function isValidDay(y: number, m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

/** Every day of month `m` of year `y` that falls on ISO weekday `wd`. */
export function weekdaysInMonth(y: number, m: number, wd: number): string[] {
  const out: string[] = [];
  for (let d = 1; d <= daysInMonth(y, m); d++) if (isoWeekday({ y, m, d }) === wd) out.push(isoDay({ y, m, d }));
  return out;
}

export function addMonths(y: number, m: number, n: number): { y: number; m: number } {
  const k = y * 12 + (m - 1) + n;
  return { y: Math.floor(k / 12), m: (k % 12) + 1 };
}
