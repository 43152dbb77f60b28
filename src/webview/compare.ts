/// <reference lib="dom" />
/**
 * The sources-side-by-side panel's script (bundled to dist/webview/compare.js): renders the table the
 * extension built (`buildComparison`) as HTML; every value is a link that asks the extension to reveal it.
 */
import { rowLabel, valueWords } from '../core/compare/labels';
import type { CompareValue, Comparison } from '../core/compare/table';
import type { DiffOp } from '../core/model';
import { fillWords, type CompareHostMessage, type CompareViewMessage, type CompareWords } from '../core/views/messages';
import { html, onHostMessage, vscodeApi } from './dom';

const api = vscodeApi<CompareViewMessage, undefined>();
const QUOTE_CHARS = 140;
const root = document.getElementById('compare')!;

function valueLink(v: CompareValue, lang: 'fr' | 'en', parent: Element): void {
  // A long quote is cut in the cell (the table stays readable) and shown whole on hover.
  const shown = v.text.length > QUOTE_CHARS ? `${v.text.slice(0, QUOTE_CHARS - 1)}…` : v.text;
  const a = html('a', v.differs ? 'value differs' : 'value', `«${shown}»`, parent);
  a.href = '#';
  a.title = `${v.text}\n${v.file} [${v.start}, ${v.end})`;
  a.addEventListener('click', (e) => {
    e.preventDefault();
    api.postMessage({ type: 'reveal', span: { file: v.file, start: v.start, end: v.end } });
  });
  if (v.value && v.value !== v.text) html('span', 'normalised', ` → ${valueWords(v.value, lang)}`, parent);
}

function diff(ops: readonly DiffOp[], parent: Element): void {
  const p = html('p', 'diff', undefined, parent);
  for (const o of ops) html(o.op === 'equal' ? 'span' : o.op === 'insert' ? 'ins' : 'del', undefined, o.text, p);
}

function render(table: Comparison, lang: 'fr' | 'en', w: CompareWords): void {
  root.replaceChildren();
  html('h1', undefined, table.event.title, root);
  html('p', 'event-meta', [table.event.id, table.event.date, table.event.place].filter(Boolean).join(' · '), root);
  const t = html('table', undefined, undefined, root);
  const head = html('tr', undefined, undefined, html('thead', undefined, undefined, t));
  html('th', undefined, w.attribute, head);
  for (const c of table.columns) {
    const th = html('th', 'article', undefined, head);
    html('div', 'outlet', c.outlet ?? c.file, th);
    html('div', 'file', [c.outlet ? c.file : undefined, c.published].filter(Boolean).join(' · '), th);
  }
  const body = html('tbody', undefined, undefined, t);
  for (const row of table.rows) {
    const tr = html('tr', row.disagreements.length ? 'differs' : undefined, undefined, body);
    html('th', 'attribute', rowLabel(row.attribute, row.speaker?.name, lang), tr);
    for (const cell of row.cells) {
      const td = html('td', cell.differs ? 'differs' : undefined, undefined, tr);
      if (!cell.values.length) td.textContent = '—';
      for (const v of cell.values) valueLink(v, lang, html('div', undefined, undefined, td));
    }
  }
  html('h2', undefined, w.disagreements, root);
  const list = html('ul', 'disagreements', undefined, root);
  const all = table.rows.flatMap((r) => r.disagreements.map((d) => ({ r, d })));
  if (!all.length) html('p', 'none', w.none, root);
  for (const { r, d } of all) {
    const li = html('li', undefined, undefined, list);
    html('strong', undefined, `${rowLabel(r.attribute, r.speaker?.name, lang)}${d.status === 'confirmed' ? ` (${w.confirmed})` : ''}: `, li);
    html('span', undefined, d.values.map((v) => `${v.file}: ${r.attribute === 'quote' ? `«${v.text}»` : valueWords(v.value, lang)}`).join(' ≠ '), li);
    if (d.diff) diff(d.diff, li);
  }
}

onHostMessage<CompareHostMessage>((message) => {
  switch (message.type) {
    case 'table':
      render(message.table, message.lang, message.words);
      break;
    case 'missing':
      root.replaceChildren(html('p', 'none', fillWords(message.words.missing, message.id)));
      break;
  }
});
api.postMessage({ type: 'ready' });
