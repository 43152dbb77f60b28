/**
 * The timeline's geometry, as a pure function: events -> marks on a time axis (x), in lanes (by kind or by
 * place), each as wide as the time its date really covers (a day, an ISO week, a month, a year). The webview
 * draws what this returns and nothing else, so what a user sees is what these functions' tests pin.
 */
import { calendarOf, dateInterval, dayNumber, monthStart, type DayInterval, type Granularity } from './time';

/** An event as the timeline needs it (built from the corpus index by `timelineEvents`). */
export interface TimelineEvent {
  id: string;
  title: string;
  /** The event's ISO-8601 date (day, YYYY-Www, month or year), if known. */
  date?: string;
  /** call, talks, meeting, summit, visit, conflict… */
  kind?: string;
  /** How the corpus names the kind ("Pourparlers", "Fighting"): the lane's label when lanes go by kind. */
  kindLabel?: string;
  place?: string;
  /** Independent sources (outlets, else articles) that report the event: the mark's weight. */
  sources: number;
  /** Disagreements between sources about this event that the user has not dismissed. */
  disagreements: number;
  /** The days a week- or month-precise date may stand for (`YYYY-MM-DD`), when the articles narrow it. */
  candidates?: string[];
}

export type LaneGrouping = 'kind' | 'place';

/** The visible stretch of time: day numbers `[from, to)`. */
export interface TimelineView {
  from: number;
  to: number;
}

export interface LayoutOptions {
  /** Width of the drawing in pixels (the axis spans all of it). */
  width: number;
  lanesBy: LaneGrouping;
  /** The stretch of time shown; by default `fitView(events)`. */
  view?: TimelineView;
  lang?: 'fr' | 'en';
}

export interface TimelineMark {
  id: string;
  title: string;
  granularity: Granularity;
  /** Left edge and width of the time the date covers, in pixels (at least a dot's width). */
  x: number;
  width: number;
  /** Centre line of the mark's row. */
  y: number;
  lane: string;
  /** Radius of a day's dot, half the thickness of a longer bar: grows with the number of sources. */
  radius: number;
  sources: number;
  disagreement: boolean;
  /** x of the centre of each candidate day. */
  candidates: number[];
  /** The interval starts before or ends after the view. */
  clipped?: 'left' | 'right' | 'both';
}

export interface TimelineLane {
  key: string;
  label: string;
  y: number;
  height: number;
}

export interface TimelineTick {
  x: number;
  day: number;
  label: string;
  /** A month boundary among days, a year boundary among months. */
  major: boolean;
}

export interface TimelineLayout {
  view: TimelineView;
  width: number;
  height: number;
  lanes: TimelineLane[];
  /** In time order (then lane), the order keyboard navigation walks. */
  marks: TimelineMark[];
  ticks: TimelineTick[];
  /** Events without a date the axis can place, listed beside the axis. */
  undated: TimelineEvent[];
  /** Dated events outside the view, before and after it. */
  outside: { before: number; after: number };
}

/** Pixels: the axis band at the top, one row of marks, the gap between lanes. */
export const AXIS_HEIGHT = 28;
export const ROW_HEIGHT = 30;
const LANE_PADDING = 8;
/** Room a title takes to the right of its mark when rows are packed (titles are cut to it when drawn). */
export const LABEL_WIDTH = 240;
const MIN_SPAN_DAYS = 7;
const MAX_SPAN_DAYS = 366 * 200;

const LANE_LABEL = {
  fr: { call: 'Appels', talks: 'Pourparlers', meeting: 'Rencontres', summit: 'Sommets', visit: 'Visites', none: 'Autres', noPlace: 'Lieu inconnu' },
  en: { call: 'Calls', talks: 'Talks', meeting: 'Meetings', summit: 'Summits', visit: 'Visits', none: 'Other', noPlace: 'Unknown place' },
} as const;

const MONTHS_SHORT = {
  fr: ['janv.', 'févr.', 'mars', 'avr.', 'mai', 'juin', 'juil.', 'août', 'sept.', 'oct.', 'nov.', 'déc.'],
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
} as const;

/** Radius of a mark for `sources` independent sources: area grows with the count, within readable bounds. */
export function markRadius(sources: number): number {
  return Math.min(14, 4 + 3 * Math.sqrt(Math.max(0, sources - 1)));
}

/**
 * The view that shows every dated event, with a margin. Events known only to the year are left out of the
 * fit when finer ones exist: one 2019 summit would otherwise squeeze a month of 2025 talks into a few pixels
 * (the layout counts it in `outside`, and zooming out reaches it). With the drawing's `width`, the right
 * margin leaves room for the last title.
 */
export function fitView(events: readonly TimelineEvent[], width?: number): TimelineView {
  const intervals = events.map((e) => dateInterval(e.date)).filter((i): i is NonNullable<typeof i> => i !== undefined);
  const fine = intervals.filter((i) => i.granularity !== 'year');
  const used = fine.length ? fine : intervals;
  if (!used.length) {
    const today = Math.floor(Date.now() / 86_400_000);
    return { from: today - 15, to: today + 15 };
  }
  const from = Math.min(...used.map((i) => i.start));
  const to = Math.max(...used.map((i) => i.end));
  const margin = Math.max(2, Math.round((to - from) * 0.08));
  // On `width` pixels, leave room right of the last event for its title.
  const room = LABEL_WIDTH + 24;
  const right = width && width > 2 * room ? Math.max(margin, ((to - from + margin) * room) / (width - room)) : margin;
  return clampSpan({ from: from - margin, to: to + right });
}

/** `view` zoomed by `factor` (2: twice as close) around `anchor` (a day number), which stays where it is. */
export function zoomView(view: TimelineView, factor: number, anchor = (view.from + view.to) / 2): TimelineView {
  const span = view.to - view.from;
  const next = Math.min(MAX_SPAN_DAYS, Math.max(MIN_SPAN_DAYS, span / factor));
  const ratio = (anchor - view.from) / span;
  const from = anchor - ratio * next;
  return { from, to: from + next };
}

/** `view` moved by `days` (negative: back in time). */
export function panView(view: TimelineView, days: number): TimelineView {
  return { from: view.from + days, to: view.to + days };
}

function clampSpan(view: TimelineView): TimelineView {
  const span = view.to - view.from;
  if (span >= MIN_SPAN_DAYS) return view;
  const mid = (view.from + view.to) / 2;
  return { from: mid - MIN_SPAN_DAYS / 2, to: mid + MIN_SPAN_DAYS / 2 };
}

function laneOf(e: TimelineEvent, by: LaneGrouping, lang: 'fr' | 'en'): { key: string; label: string } {
  const words = LANE_LABEL[lang];
  if (by === 'place') return e.place ? { key: `place:${e.place}`, label: e.place } : { key: 'place:', label: words.noPlace };
  if (e.kind && e.kindLabel) return { key: `kind:${e.kind}`, label: e.kindLabel };
  const kind = e.kind && e.kind in words ? (e.kind as keyof typeof words) : undefined;
  return kind ? { key: `kind:${kind}`, label: words[kind] } : { key: e.kind ? `kind:${e.kind}` : 'kind:', label: e.kind ?? words.none };
}

interface Placed {
  event: TimelineEvent;
  interval: DayInterval & { granularity: Granularity };
  lane: { key: string; label: string };
}

/**
 * Lays `events` out on `options.width` pixels: marks in time order, lanes in the order their first event
 * comes, and inside a lane as many rows as it takes for no mark (with its title) to overlap another.
 */
export function layoutTimeline(events: readonly TimelineEvent[], options: LayoutOptions): TimelineLayout {
  const lang = options.lang ?? 'fr';
  const view = options.view ?? fitView(events, options.width);
  const width = Math.max(1, options.width);
  const scale = width / (view.to - view.from);
  const xOf = (day: number) => (day - view.from) * scale;

  const placed: Placed[] = [];
  const undated: TimelineEvent[] = [];
  const outside = { before: 0, after: 0 };
  for (const event of events) {
    const interval = dateInterval(event.date);
    if (!interval) undated.push(event);
    else if (interval.end <= view.from) outside.before++;
    else if (interval.start >= view.to) outside.after++;
    else placed.push({ event, interval, lane: laneOf(event, options.lanesBy, lang) });
  }
  placed.sort((a, b) => a.interval.start - b.interval.start || a.interval.end - b.interval.end || (a.event.id < b.event.id ? -1 : 1));

  // Rows: each row remembers where its last mark (with its title) ends.
  const laneOrder: Array<{ key: string; label: string; rows: number[]; marks: Array<{ mark: TimelineMark; row: number }> }> = [];
  const lanes = new Map<string, (typeof laneOrder)[number]>();
  for (const p of placed) {
    let lane = lanes.get(p.lane.key);
    if (!lane) lanes.set(p.lane.key, (lane = { ...p.lane, rows: [], marks: [] }));
    if (!laneOrder.includes(lane)) laneOrder.push(lane);
    const mark = markOf(p, xOf, scale, width);
    const left = mark.x - mark.radius;
    let row = lane.rows.findIndex((end) => end <= left);
    if (row < 0) row = lane.rows.push(0) - 1;
    lane.rows[row] = mark.x + mark.width + mark.radius + LABEL_WIDTH;
    lane.marks.push({ mark, row });
  }

  const outLanes: TimelineLane[] = [];
  const marks: TimelineMark[] = [];
  let y = AXIS_HEIGHT;
  for (const lane of laneOrder) {
    const height = lane.rows.length * ROW_HEIGHT + 2 * LANE_PADDING;
    outLanes.push({ key: lane.key, label: lane.label, y, height });
    for (const { mark, row } of lane.marks) marks.push({ ...mark, y: y + LANE_PADDING + row * ROW_HEIGHT + ROW_HEIGHT / 2 });
    y += height;
  }
  // Back to time order across lanes (lane order breaks ties), the order the keyboard walks.
  const laneIndex = new Map(outLanes.map((l, i) => [l.key, i]));
  const order = new Map(placed.map((p, i) => [p.event.id, i]));
  marks.sort((a, b) => order.get(a.id)! - order.get(b.id)! || laneIndex.get(a.lane)! - laneIndex.get(b.lane)!);

  return { view, width, height: y, lanes: outLanes, marks, ticks: axisTicks(view, width, lang), undated, outside };
}

function markOf(p: Placed, xOf: (day: number) => number, scale: number, viewWidth: number): TimelineMark {
  const { event, interval } = p;
  const radius = markRadius(event.sources);
  const x = xOf(interval.start);
  const width = Math.max(interval.granularity === 'day' ? 0 : 2 * radius, (interval.end - interval.start) * scale);
  const inside = (event.candidates ?? []).map(dayNumber).filter((d) => d >= interval.start && d < interval.end);
  const clipLeft = x < 0;
  const clipRight = x + width > viewWidth;
  const mark: TimelineMark = {
    id: event.id,
    title: event.title,
    granularity: interval.granularity,
    x,
    width,
    y: 0,
    lane: p.lane.key,
    radius,
    sources: event.sources,
    disagreement: event.disagreements > 0,
    candidates: inside.map((d) => xOf(d + 0.5)),
  };
  if (clipLeft || clipRight) mark.clipped = clipLeft && clipRight ? 'both' : clipLeft ? 'left' : 'right';
  return mark;
}

/** Steps an axis may use, finest first: days, then months, then years. */
const STEPS: Array<{ unit: 'day' | 'month' | 'year'; n: number; days: number }> = [
  { unit: 'day', n: 1, days: 1 },
  { unit: 'day', n: 2, days: 2 },
  { unit: 'day', n: 7, days: 7 },
  { unit: 'month', n: 1, days: 30.4 },
  { unit: 'month', n: 3, days: 91 },
  { unit: 'year', n: 1, days: 365 },
  { unit: 'year', n: 2, days: 730 },
  { unit: 'year', n: 5, days: 1826 },
  { unit: 'year', n: 10, days: 3652 },
  { unit: 'year', n: 50, days: 18262 },
];

/** Pixels a tick's label may take: a label closer than this to the next one, or to the edge, is left blank. */
const TICK_LABEL_WIDTH = 64;

/**
 * Labelled ticks at least ~64 px apart, on whole days, months or years. A month's first day is always a
 * major tick; a minor tick too close after it, or a label that would run off the right edge, keeps its
 * line but loses its label.
 */
export function axisTicks(view: TimelineView, width: number, lang: 'fr' | 'en' = 'fr'): TimelineTick[] {
  const ticks = rawTicks(view, width, lang);
  let lastMajor = -Infinity;
  for (const t of ticks) {
    if (t.major) lastMajor = t.x;
    else if (t.x - lastMajor < TICK_LABEL_WIDTH) t.label = '';
  }
  // A minor label just before a major one would run into it.
  for (let i = 0; i + 1 < ticks.length; i++)
    if (!ticks[i].major && ticks[i + 1].major && ticks[i + 1].x - ticks[i].x < TICK_LABEL_WIDTH / 2) ticks[i].label = '';
  for (const t of ticks) if (t.x > width - TICK_LABEL_WIDTH) t.label = '';
  return ticks;
}

function rawTicks(view: TimelineView, width: number, lang: 'fr' | 'en'): TimelineTick[] {
  const scale = width / (view.to - view.from);
  const step = STEPS.find((s) => s.days * scale >= 64) ?? STEPS[STEPS.length - 1];
  const months = MONTHS_SHORT[lang];
  const ticks: TimelineTick[] = [];
  const first = Math.floor(view.from);
  const add = (day: number, label: string, major: boolean) => ticks.push({ x: (day - view.from) * scale, day, label, major });
  if (step.unit === 'day') {
    for (let day = first; day < view.to; day++) {
      const c = calendarOf(day);
      // Weekly steps fall on Mondays (1970-01-05 was one); a month's first day is always marked.
      const onStep = step.n === 7 ? (day - 4) % 7 === 0 : (c.date - 1) % step.n === 0;
      if (day < view.from || !(onStep || c.date === 1)) continue;
      add(day, c.date === 1 ? `${months[c.month - 1]} ${c.year}` : `${c.date}`, c.date === 1);
    }
    return ticks;
  }
  const start = calendarOf(first);
  if (step.unit === 'month') {
    for (let k = 0; ; k++) {
      const day = monthStart(start.year, start.month + k);
      if (day >= view.to) break;
      const c = calendarOf(day);
      if (day < view.from || (c.month - 1) % step.n !== 0) continue;
      add(day, c.month === 1 ? `${c.year}` : months[c.month - 1], c.month === 1);
    }
    return ticks;
  }
  for (let year = start.year; ; year++) {
    const day = monthStart(year, 1);
    if (day >= view.to) break;
    if (day >= view.from && year % step.n === 0) add(day, `${year}`, year % (step.n * 5) === 0);
  }
  return ticks;
}

/**
 * The mark keyboard navigation moves to from `id`: left and right walk time order; up and down go to the
 * nearest mark (by x) in the row above or below, across lanes. Undefined at an edge, or for an unknown id.
 */
export function neighbourMark(layout: TimelineLayout, id: string | undefined, direction: 'left' | 'right' | 'up' | 'down'): TimelineMark | undefined {
  const marks = layout.marks;
  if (!marks.length) return undefined;
  const at = marks.findIndex((m) => m.id === id);
  if (at < 0) return direction === 'left' || direction === 'up' ? marks[marks.length - 1] : marks[0];
  if (direction === 'left') return marks[at - 1];
  if (direction === 'right') return marks[at + 1];
  const here = marks[at];
  const rows = [...new Set(marks.map((m) => m.y))].sort((a, b) => a - b);
  const targetRow = rows[rows.indexOf(here.y) + (direction === 'down' ? 1 : -1)];
  if (targetRow === undefined) return undefined;
  const centre = (m: TimelineMark) => m.x + m.width / 2;
  return marks.filter((m) => m.y === targetRow).sort((a, b) => Math.abs(centre(a) - centre(here)) - Math.abs(centre(b) - centre(here)))[0];
}

/** The day a pixel of the axis stands for (for zooming around the pointer). */
export function dayAt(view: TimelineView, width: number, x: number): number {
  return view.from + (x / width) * (view.to - view.from);
}
