/// <reference lib="dom" />
/**
 * The timeline panel's script (bundled to dist/webview/timeline.js). It draws what `layoutTimeline` returns
 * as SVG and handles the pointer and the keyboard; the extension owns the data and answers the messages.
 */
import {
  dayAt,
  fitView,
  layoutTimeline,
  LABEL_WIDTH,
  neighbourMark,
  panView,
  zoomView,
  type LaneGrouping,
  type TimelineEvent,
  type TimelineLayout,
  type TimelineMark,
  type TimelineView,
} from '../core/timeline/layout';
import { fillWords, type TimelineHostMessage, type TimelineViewMessage, type TimelineWords } from '../core/views/messages';
import { html, onHostMessage, svg, vscodeApi } from './dom';

interface State {
  view?: TimelineView;
  selected?: string;
  lanesBy: LaneGrouping;
}

const api = vscodeApi<TimelineViewMessage, State>();
const state: State = api.getState() ?? { lanesBy: 'kind' };
let events: TimelineEvent[] = [];
let lang: 'fr' | 'en' = 'fr';
// The words come with the events, in the interface's language; none is shown before they arrive.
let words: TimelineWords | undefined;
let layout: TimelineLayout | undefined;

const root = document.getElementById('timeline')!;
const toolbar = html('div', 'toolbar', undefined, root);
const chart = html('div', 'chart', undefined, root);
chart.tabIndex = 0;
chart.setAttribute('role', 'application');
const footer = html('div', 'footer', undefined, root);

const button = (id: string, onClick: () => void) => {
  const b = html('button', undefined, '', toolbar);
  b.id = id;
  b.addEventListener('click', onClick);
  return b;
};
const zoomIn = button('zoom-in', () => zoom(2));
const zoomOut = button('zoom-out', () => zoom(0.5));
const fit = button('fit', () => setView(fitView(events, layout?.width)));
const lanes = button('lanes', () => {
  state.lanesBy = state.lanesBy === 'kind' ? 'place' : 'kind';
  post({ type: 'lanes', lanesBy: state.lanesBy });
  render();
});
const compare = button('compare', () => state.selected && post({ type: 'compare', id: state.selected }));
const help = html('span', 'help', '', toolbar);

function post(message: TimelineViewMessage): void {
  api.postMessage(message);
}

function save(): void {
  api.setState(state);
}

function setView(view: TimelineView): void {
  state.view = view;
  render();
}

/** Zooms around `anchor` (a day), else around the selected event when it is in view, else the middle. */
function zoom(factor: number, anchor?: number): void {
  if (!layout) return;
  const mark = layout.marks.find((m) => m.id === state.selected);
  const around = anchor ?? (mark ? dayAt(layout.view, layout.width, mark.x + mark.width / 2) : undefined);
  setView(zoomView(layout.view, factor, around));
}

function select(id: string | undefined, tell: boolean): void {
  state.selected = id;
  save();
  for (const el of chart.querySelectorAll('.mark')) el.classList.toggle('selected', el.getAttribute('data-id') === id);
  compare.disabled = !id;
  const mark = layout?.marks.find((m) => m.id === id);
  // Keep the selection on screen: move the view when the keyboard walks past its edge.
  if (mark && layout && (mark.x + mark.width < 0 || mark.x > layout.width))
    setView(panView(layout.view, dayAt(layout.view, layout.width, mark.x + mark.width / 2) - (layout.view.from + layout.view.to) / 2));
  if (tell && id) post({ type: 'select', id });
}

function render(): void {
  const w = words;
  if (!w) return;
  zoomIn.textContent = '+';
  zoomIn.title = w.zoomIn;
  zoomOut.textContent = '−';
  zoomOut.title = w.zoomOut;
  fit.textContent = w.fit;
  lanes.textContent = state.lanesBy === 'kind' ? w.byPlace : w.byKind;
  compare.textContent = w.compare;
  compare.disabled = !state.selected;
  help.textContent = w.help;
  save();
  chart.replaceChildren();
  footer.replaceChildren();
  if (!events.length) {
    html('p', 'empty', w.empty, chart);
    layout = undefined;
    return;
  }
  const width = Math.max(200, chart.clientWidth - 2);
  layout = layoutTimeline(events, { width, lanesBy: state.lanesBy, lang, ...(state.view ? { view: state.view } : {}) });
  const drawing = svg('svg', { width, height: layout.height + 4, role: 'list', 'aria-label': document.title }, chart);
  drawLanesAndAxis(drawing, layout);
  for (const mark of layout.marks) drawMark(drawing, mark, w);
  drawFooter(layout, w);
  select(state.selected, false);
}

function drawLanesAndAxis(drawing: SVGSVGElement, l: TimelineLayout): void {
  l.lanes.forEach((lane, i) => {
    svg('rect', { class: `lane ${i % 2 ? 'odd' : 'even'}`, x: 0, y: lane.y, width: l.width, height: lane.height }, drawing);
    svg('text', { class: 'lane-label', x: 4, y: lane.y + 12 }, drawing).textContent = lane.label;
  });
  for (const t of l.ticks) {
    svg('line', { class: t.major ? 'tick major' : 'tick', x1: t.x, x2: t.x, y1: 18, y2: l.height }, drawing);
    svg('text', { class: t.major ? 'tick-label major' : 'tick-label', x: t.x + 3, y: 14 }, drawing).textContent = t.label;
  }
}

function drawMark(drawing: SVGSVGElement, m: TimelineMark, w: TimelineWords): void {
  const g = svg('g', { class: `mark ${m.granularity}${m.disagreement ? ' disagreement' : ''}`, 'data-id': m.id, role: 'listitem' }, drawing);
  const label = `${m.title} — ${fillWords(m.sources === 1 ? w.oneSource : w.sources, m.sources)}${m.disagreement ? ` — ${w.disagreement}` : ''}`;
  svg('title', {}, g).textContent = label;
  g.setAttribute('aria-label', label);
  const centre = m.x + m.width / 2;
  if (m.granularity === 'day') svg('circle', { class: 'shape', cx: centre, cy: m.y, r: m.radius }, g);
  else {
    svg('rect', { class: 'shape', x: m.x, y: m.y - m.radius, width: m.width, height: 2 * m.radius, rx: Math.min(m.radius, m.width / 2) }, g);
    for (const cx of m.candidates) svg('line', { class: 'candidate', x1: cx, x2: cx, y1: m.y - m.radius - 3, y2: m.y + m.radius + 3 }, g);
  }
  if (m.disagreement)
    svg('circle', { class: 'badge', cx: (m.granularity === 'day' ? centre : m.x + m.width) + m.radius * 0.7, cy: m.y - m.radius * 0.7, r: 3.5 }, g);
  // A bar wider than a title carries it inside, from where it becomes visible; others have it on their right.
  const inside = m.granularity !== 'day' && m.width > LABEL_WIDTH;
  const x = inside ? Math.max(m.x, 0) + 6 : (m.granularity === 'day' ? centre + m.radius : m.x + m.width) + 6;
  const text = svg('text', { class: inside ? 'title inside' : 'title', x, y: m.y + 4 }, g);
  const room = Math.floor((inside ? Math.min(m.x + m.width, layout?.width ?? m.width) - x - 6 : LABEL_WIDTH) / 6.5);
  text.textContent = m.title.length > room ? `${m.title.slice(0, room - 1)}…` : m.title;
  g.addEventListener('click', () => {
    select(m.id, true);
    post({ type: 'reveal', id: m.id });
  });
}

function drawFooter(l: TimelineLayout, w: TimelineWords): void {
  if (l.outside.before) html('span', 'outside', fillWords(w.before, l.outside.before), footer);
  if (l.outside.after) html('span', 'outside', fillWords(w.after, l.outside.after), footer);
  if (!l.undated.length) return;
  html('span', 'undated-title', w.undated, footer);
  for (const e of l.undated) {
    const b = html('button', 'undated', e.title, footer);
    b.setAttribute('data-id', e.id);
    b.addEventListener('click', () => {
      select(e.id, true);
      post({ type: 'reveal', id: e.id });
    });
  }
}

chart.addEventListener('keydown', (e) => {
  if (!layout) return;
  const span = layout.view.to - layout.view.from;
  const arrows: Record<string, 'left' | 'right' | 'up' | 'down'> = { ArrowLeft: 'left', ArrowRight: 'right', ArrowUp: 'up', ArrowDown: 'down' };
  if (e.key in arrows && e.shiftKey && (e.key === 'ArrowLeft' || e.key === 'ArrowRight'))
    setView(panView(layout.view, (e.key === 'ArrowLeft' ? -span : span) / 5));
  else if (e.key in arrows) {
    const next = neighbourMark(layout, state.selected, arrows[e.key]);
    if (next) select(next.id, true);
  } else if (e.key === 'Enter' && state.selected) post({ type: 'reveal', id: state.selected });
  else if ((e.key === 'c' || e.key === 'C') && state.selected) post({ type: 'compare', id: state.selected });
  else if (e.key === '+' || e.key === '=') zoom(2);
  else if (e.key === '-') zoom(0.5);
  else if (e.key === '0') setView(fitView(events, layout.width));
  else return;
  e.preventDefault();
});

// Wheel zooms around the pointer; dragging pans.
chart.addEventListener(
  'wheel',
  (e) => {
    if (!layout) return;
    e.preventDefault();
    zoom(e.deltaY < 0 ? 1.25 : 0.8, dayAt(layout.view, layout.width, e.offsetX));
  },
  { passive: false },
);
let drag: { x: number; view: TimelineView } | undefined;
chart.addEventListener('pointerdown', (e) => {
  if (layout && !(e.target as Element).closest('.mark')) drag = { x: e.clientX, view: layout.view };
});
window.addEventListener('pointerup', () => (drag = undefined));
window.addEventListener('pointermove', (e) => {
  if (!drag || !layout) return;
  const perPixel = (drag.view.to - drag.view.from) / layout.width;
  state.view = panView(drag.view, -(e.clientX - drag.x) * perPixel);
  render();
});
new ResizeObserver(() => render()).observe(chart);

onHostMessage<TimelineHostMessage>((message) => {
  switch (message.type) {
    case 'events':
      events = message.events;
      lang = message.lang;
      words = message.words;
      state.lanesBy = message.lanesBy;
      if (message.selected) state.selected = message.selected;
      render();
      break;
    case 'select':
      select(message.id, false);
      break;
  }
});
post({ type: 'ready' });
