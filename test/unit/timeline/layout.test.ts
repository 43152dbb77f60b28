import { strict as assert } from 'node:assert';
import {
  axisTicks,
  fitView,
  LABEL_WIDTH,
  layoutTimeline,
  markRadius,
  neighbourMark,
  panView,
  zoomView,
  type TimelineEvent,
} from '../../../src/core/timeline/layout';
import { candidateDays } from '../../../src/core/timeline/events';
import { dateInterval, dayNumber, isoDay } from '../../../src/core/timeline/time';

const ev = (id: string, date: string | undefined, more: Partial<TimelineEvent> = {}): TimelineEvent => ({
  id,
  title: `Event ${id}`,
  sources: 1,
  disagreements: 0,
  ...(date ? { date } : {}),
  ...more,
});

describe('timeline time intervals', () => {
  it('gives a day one day, an ISO week Monday to Sunday, a month its days, a year its days', () => {
    const day = dateInterval('2025-03-04')!;
    assert.deepEqual([isoDay(day.start), day.end - day.start, day.granularity], ['2025-03-04', 1, 'day']);
    const week = dateInterval('2025-W10')!;
    assert.deepEqual([isoDay(week.start), week.end - week.start, week.granularity], ['2025-03-03', 7, 'week']);
    const feb = dateInterval('2024-02')!;
    assert.deepEqual([isoDay(feb.start), feb.end - feb.start, feb.granularity], ['2024-02-01', 29, 'month']);
    const year = dateInterval('2023')!;
    assert.deepEqual([year.end - year.start, year.granularity], [365, 'year']);
  });

  it('puts ISO week 1 in the week of 4 January, even when that Monday is in December', () => {
    assert.equal(isoDay(dateInterval('2025-W01')!.start), '2024-12-30');
    assert.equal(isoDay(dateInterval('2026-W01')!.start), '2025-12-29');
  });

  it('keeps the day of a date with a time, and places nothing it cannot date', () => {
    assert.equal(dateInterval('2025-02-26T15:16')?.granularity, 'day');
    assert.equal(dateInterval('--02-27'), undefined);
    assert.equal(dateInterval(undefined), undefined);
  });
});

describe('timeline layout', () => {
  const view = { from: dayNumber('2025-03-01'), to: dayNumber('2025-04-01') };

  it('maps time to x: a later event is further right, a month is as wide as its days', () => {
    const layout = layoutTimeline([ev('a', '2025-03-02'), ev('b', '2025-03-20'), ev('m', '2025-03', { kind: 'summit' })], {
      width: 310,
      lanesBy: 'kind',
      view,
    });
    const a = layout.marks.find((m) => m.id === 'a')!;
    const b = layout.marks.find((m) => m.id === 'b')!;
    const month = layout.marks.find((m) => m.id === 'm')!;
    assert.equal(a.x, 10);
    assert.equal(b.x, 190);
    assert.equal(month.x, 0);
    assert.equal(month.width, 310);
    assert.equal(month.granularity, 'month');
  });

  it('draws a week as its seven days with a tick on each candidate day the articles leave open', () => {
    const layout = layoutTimeline([ev('w', '2025-W11', { candidates: ['2025-03-13', '2025-03-30'] })], { width: 310, lanesBy: 'kind', view });
    const w = layout.marks[0];
    assert.equal(w.granularity, 'week');
    assert.equal(w.x, 90);
    assert.equal(w.width, 70);
    // 30 March is outside the week: not a candidate of this mark.
    assert.deepEqual(w.candidates, [125]);
  });

  it('weighs a mark by its independent sources and flags a disagreement on its event', () => {
    assert.ok(markRadius(4) > markRadius(2) && markRadius(2) > markRadius(1));
    assert.ok(markRadius(1000) <= 14);
    const layout = layoutTimeline([ev('one', '2025-03-03'), ev('four', '2025-03-10', { sources: 4, disagreements: 2 })], { width: 310, lanesBy: 'kind', view });
    const [one, four] = layout.marks;
    assert.ok(four.radius > one.radius);
    assert.equal(four.disagreement, true);
    assert.equal(one.disagreement, false);
  });

  it('groups marks in lanes by kind or by place, lanes in the order their first event comes', () => {
    const events = [
      ev('c', '2025-03-05', { kind: 'call' }),
      ev('t1', '2025-03-02', { kind: 'talks', place: 'Riyad' }),
      ev('t2', '2025-03-25', { kind: 'talks', place: 'Istanbul' }),
    ];
    const byKind = layoutTimeline(events, { width: 310, lanesBy: 'kind', view, lang: 'en' });
    assert.deepEqual(
      byKind.lanes.map((l) => l.label),
      ['Talks', 'Calls'],
    );
    const byPlace = layoutTimeline(events, { width: 310, lanesBy: 'place', view, lang: 'en' });
    assert.deepEqual(
      byPlace.lanes.map((l) => l.label),
      ['Riyad', 'Unknown place', 'Istanbul'],
    );
    // The corpus names its kinds (any kind it knows): the lane takes that name.
    const named = layoutTimeline([ev('f', '2025-03-05', { kind: 'conflict', kindLabel: 'Fighting' })], { width: 310, lanesBy: 'kind', view, lang: 'en' });
    assert.deepEqual(
      named.lanes.map((l) => l.label),
      ['Fighting'],
    );
    const lane = (id: string) => byPlace.lanes.find((l) => l.key === byPlace.marks.find((m) => m.id === id)!.lane)!;
    assert.ok(lane('t2').y > lane('c').y);
  });

  it('stacks marks of one lane that would overlap (titles included) in rows, and keeps far ones in one row', () => {
    const near = layoutTimeline([ev('a', '2025-03-02'), ev('b', '2025-03-03')], { width: 310, lanesBy: 'kind', view });
    assert.notEqual(near.marks[0].y, near.marks[1].y);
    const far = layoutTimeline([ev('a', '2025-03-02'), ev('b', '2025-03-30')], { width: 1000, lanesBy: 'kind', view });
    assert.equal(far.marks[0].y, far.marks[1].y);
    assert.ok(near.height > far.height);
  });

  it('lists undated events apart and counts the dated ones outside the view', () => {
    const layout = layoutTimeline([ev('u', undefined), ev('old', '2019'), ev('late', '2025-05-02'), ev('in', '2025-03-10')], {
      width: 310,
      lanesBy: 'kind',
      view,
    });
    assert.deepEqual(
      layout.marks.map((m) => m.id),
      ['in'],
    );
    assert.deepEqual(
      layout.undated.map((e) => e.id),
      ['u'],
    );
    assert.deepEqual(layout.outside, { before: 1, after: 1 });
  });

  it('marks a mark cut by the edge of the view', () => {
    const layout = layoutTimeline([ev('m', '2025-02')], { width: 310, lanesBy: 'kind', view: { from: dayNumber('2025-02-10'), to: dayNumber('2025-03-10') } });
    assert.equal(layout.marks[0].clipped, 'left');
  });
});

describe('timeline view: fit, zoom and pan', () => {
  it('fits the events finer than a year, so one old summit does not squeeze a month of talks', () => {
    const view = fitView([ev('old', '2019'), ev('a', '2025-02-12'), ev('b', '2025-02-27')]);
    assert.ok(view.from > dayNumber('2025-01-01') && view.from <= dayNumber('2025-02-12'), isoDay(view.from));
    assert.ok(view.to >= dayNumber('2025-02-28') && view.to < dayNumber('2025-04-01'), isoDay(view.to));
    const onlyYears = fitView([ev('old', '2019'), ev('new', '2021')]);
    assert.ok(onlyYears.from <= dayNumber('2019-01-01') && onlyYears.to >= dayNumber('2022-01-01'));
  });

  it('leaves room right of the last event for its title when it knows the width', () => {
    const events = [ev('a', '2025-02-12'), ev('b', '2025-02-27')];
    const layout = layoutTimeline(events, { width: 800, lanesBy: 'kind' });
    const last = layout.marks.find((m) => m.id === 'b')!;
    assert.ok(last.x + last.width + last.radius + LABEL_WIDTH <= 800, `${last.x}`);
  });

  it('zooms around the anchor day, which stays at the same place on screen, and pans by days', () => {
    const view = { from: 0, to: 100 };
    const zoomed = zoomView(view, 2, 20);
    assert.deepEqual(zoomed, { from: 10, to: 60 });
    assert.equal((20 - zoomed.from) / (zoomed.to - zoomed.from), (20 - view.from) / (view.to - view.from));
    assert.deepEqual(panView(zoomed, -5), { from: 5, to: 55 });
    // Never closer than a week.
    const close = zoomView(view, 1000);
    assert.equal(close.to - close.from, 7);
  });

  it('labels days within a month, months within a year, and marks each new month as major', () => {
    const days = axisTicks({ from: dayNumber('2025-02-24'), to: dayNumber('2025-03-04') }, 800, 'en');
    assert.ok(days.some((t) => t.label === 'Mar 2025' && t.major));
    assert.ok(days.some((t) => t.label === '27' && !t.major));
    // 3 March is a Monday two days after the 'Mar 2025' label: its own label would run into it.
    const weekly = axisTicks({ from: dayNumber('2025-02-01'), to: dayNumber('2025-03-20') }, 600, 'en');
    assert.equal(weekly.find((t) => t.day === dayNumber('2025-03-03'))?.label, '');
    assert.equal(weekly.find((t) => t.day === dayNumber('2025-03-10'))?.label, '10');
    const months = axisTicks({ from: dayNumber('2024-11-01'), to: dayNumber('2025-04-01') }, 600, 'fr');
    assert.deepEqual(
      months.map((t) => t.label),
      ['nov.', 'déc.', '2025', 'févr.', 'mars'],
    );
    for (let i = 1; i < months.length; i++) assert.ok(months[i].x > months[i - 1].x);
  });
});

describe('timeline keyboard navigation', () => {
  const view = { from: dayNumber('2025-03-01'), to: dayNumber('2025-04-01') };
  const layout = layoutTimeline([ev('a', '2025-03-02', { kind: 'talks' }), ev('b', '2025-03-12', { kind: 'call' }), ev('c', '2025-03-25', { kind: 'talks' })], {
    width: 1000,
    lanesBy: 'kind',
    view,
  });

  it('walks time order with left and right, and stops at the ends', () => {
    assert.equal(neighbourMark(layout, 'a', 'right')?.id, 'b');
    assert.equal(neighbourMark(layout, 'b', 'right')?.id, 'c');
    assert.equal(neighbourMark(layout, 'c', 'right'), undefined);
    assert.equal(neighbourMark(layout, 'b', 'left')?.id, 'a');
    assert.equal(neighbourMark(layout, undefined, 'right')?.id, 'a');
  });

  it('goes to the nearest mark of the row below or above with down and up', () => {
    assert.equal(neighbourMark(layout, 'c', 'down')?.id, 'b');
    assert.equal(neighbourMark(layout, 'b', 'up')?.id, 'a');
    assert.equal(neighbourMark(layout, 'b', 'down'), undefined);
  });
});

describe('timeline candidate days', () => {
  it('keeps the days every mention allows, or all of them when the mentions do not overlap', () => {
    assert.deepEqual(candidateDays([{ candidates: ['2025-03-06', '2025-03-13'] }, { candidates: ['2025-03-13', '2025-03-20'] }, undefined]), ['2025-03-13']);
    assert.deepEqual(candidateDays([{ candidates: ['2025-03-06'] }, { candidates: ['2025-03-20'] }]), ['2025-03-06', '2025-03-20']);
    assert.equal(candidateDays([{}, undefined]), undefined);
  });
});
