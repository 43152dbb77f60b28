import * as vscode from 'vscode';
import type { Contradiction, NewsEvent } from '../core/model';
import { formatDate } from '../core/corpus/index';
import { articlesFromOutlets } from '../core/corpus/report';
import type { CorpusIndex, DocumentAnalysis } from '../core/corpus/index';
import type { EventKind } from '../core/corpus/triggers';
import { TextIndex } from '../core/text/offsets';
import { personIdKey } from '../core/detect/personKey';
import { interfaceLanguage } from './interfaceLanguage';
import { plural } from './treeWords';

/**
 * The tree model of the corpus views: nodes that know their data, their TreeItem and their children,
 * kept apart from the TreeDataProviders (corpusTree.ts) as in vscode-pull-request-github. Nodes are
 * reused by key across refreshes, so an unchanged node keeps its TreeItem and its built children.
 */

/** What the user narrowed the views to (title action "Filter"). */
export interface CorpusFilter {
  /** Person id. */
  person?: string;
  /** Article, as the index names it (path relative to the workspace folder). */
  file?: string;
  /** Inclusive ISO bounds (YYYY-MM-DD), either may be open. */
  from?: string;
  to?: string;
  /** How the filter reads in the view's description. */
  label?: string;
}

/** Whether an ISO date of any precision (2025, 2025-02, 2025-02-27…) overlaps [from, to]. */
export function dateInRange(date: string | undefined, from?: string, to?: string): boolean {
  if (!from && !to) return true;
  if (!date) return false;
  const lo = date.slice(0, 10);
  // "~" sorts after digits and "-": "2025-02~" is the end of February.
  return (!from || `${lo}~` >= from) && (!to || lo <= `${to}~`);
}

/** Reads "2025-02-15..2025-02-28", "2025-02-15..", "..2025-03" or a single date. */
export function parseDateRange(input: string): { from?: string; to?: string } | undefined {
  const iso = /^\d{4}(-\d\d(-\d\d)?)?$/;
  const parts = input.includes('..') ? input.split('..').map((s) => s.trim()) : [input.trim(), input.trim()];
  if (parts.length !== 2 || parts.every((p) => p === '') || parts.some((p) => p !== '' && !iso.test(p))) return undefined;
  return { ...(parts[0] ? { from: parts[0] } : {}), ...(parts[1] ? { to: parts[1] } : {}) };
}

/** What nodes read: the index, the current filter, and caches shared by one refresh. */
export class TreeContext {
  filter: CorpusFilter = {};
  private names: Map<string, string> | undefined;
  private readonly textIndexes = new WeakMap<DocumentAnalysis, TextIndex>();

  constructor(readonly index: CorpusIndex) {}

  /** Drops per-refresh caches (the index changed). */
  invalidate(): void {
    this.names = undefined;
  }

  get filtered(): boolean {
    return Boolean(this.filter.person || this.filter.file || this.filter.from || this.filter.to);
  }

  personName(id: string): string {
    // By key: a contradiction's speaker is the key claims compare speakers by, not the id People shows.
    if (!this.names)
      this.names = new Map(
        this.index.people().flatMap((p) => [
          [p.id, p.name],
          [personIdKey(p.id), p.name],
        ]),
      );
    return this.names.get(id) ?? this.names.get(personIdKey(id)) ?? id;
  }

  language(file: string): 'fr' | 'en' {
    return this.index.document(file)?.language ?? 'fr';
  }

  outlet(file: string): string | undefined {
    return this.index.document(file)?.outlet;
  }

  /** One line of the article around a span, with the span's place in it (for a highlighted label). */
  snippet(file: string, start: number, end: number, fallback?: string): { text: string; highlight?: [number, number] } {
    const doc = this.index.document(file);
    if (!doc) return { text: oneLine(fallback ?? '') };
    let ti = this.textIndexes.get(doc);
    if (!ti) this.textIndexes.set(doc, (ti = new TextIndex(doc.text)));
    const s = ti.toUtf16(start);
    const e = ti.toUtf16(end);
    const before = oneLine(doc.text.slice(Math.max(0, s - 200), s)).replace(/^.*[.!?]\s+(?=\S)/, '');
    const inner = oneLine(doc.text.slice(s, e));
    const after = oneLine(doc.text.slice(e, e + 200)).replace(/([.!?])\s.*$/, '$1');
    const head = before.length > 40 ? `…${before.slice(-40).trimStart()}` : before;
    const body = inner.length > 80 ? `${inner.slice(0, 79)}…` : inner;
    const tail = after.length > 40 ? `${after.slice(0, 40).trimEnd()}…` : after;
    return { text: head + body + tail, highlight: [head.length, head.length + body.length] };
  }

  eventPasses(ev: NewsEvent): boolean {
    const f = this.filter;
    if (f.file && !ev.mentions.some((m) => m.file === f.file)) return false;
    if (f.person && !(ev.participantIds ?? []).includes(f.person)) return false;
    return dateInRange(ev.date, f.from, f.to);
  }

  contradictionPasses(c: Contradiction): boolean {
    const f = this.filter;
    if (f.file && !c.sides.some((s) => s.file === f.file)) return false;
    const ev = c.event ? this.index.event(c.event) : undefined;
    // A speaker id is a key (claims compare speakers by personIdKey): compared as such.
    if (f.person && (!c.speaker || personIdKey(c.speaker) !== personIdKey(f.person)) && !(ev?.participantIds ?? []).includes(f.person)) return false;
    if (f.from || f.to) {
      const dates = ev?.date ? [ev.date] : c.sides.map((s) => this.index.document(s.file)?.published);
      if (!dates.some((d) => dateInRange(d, f.from, f.to))) return false;
    }
    return true;
  }

  /** Whether an article is in the filter (article and date range); the person filter is applied by the caller. */
  filePasses(file: string): boolean {
    const f = this.filter;
    if (f.file && f.file !== file) return false;
    if (f.from || f.to) return dateInRange(this.index.document(file)?.published, f.from, f.to);
    return true;
  }
}

function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ');
}

/** "PT6H30M" -> "6 h 30", "P3Y" -> "3 years"; other values unchanged. */
export function formatValue(value: string, qualifier?: string): string {
  let v = value;
  const d = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?)?$/.exec(value);
  if (d && value !== 'P' && value !== 'PT') {
    const [, y, mo, w, dd, h, mi] = d;
    const parts: string[] = [];
    if (y) parts.push(plural(Number(y), 'year'));
    if (mo) parts.push(plural(Number(mo), 'month'));
    if (w) parts.push(plural(Number(w), 'week'));
    if (dd) parts.push(plural(Number(dd), 'day'));
    if (h) parts.push(mi ? `${h} h ${mi.padStart(2, '0')}` : `${h} h`);
    else if (mi) parts.push(`${mi} min`);
    v = parts.join(' ');
  }
  const q: Record<string, string> = { about: '≈', almost: '≲', 'more-than': '>', 'less-than': '<' };
  return `${qualifier ? (q[qualifier] ?? '') : ''}${v}`;
}

export function truncate(s: string, n: number): string {
  const t = oneLine(s).trim();
  return t.length > n ? `${t.slice(0, n - 1)}…` : t;
}

// ---- nodes --------------------------------------------------------------------------------------

export abstract class CorpusNode {
  private item: vscode.TreeItem | undefined;
  protected built: CorpusNode[] | undefined;

  constructor(
    readonly parent: CorpusNode | undefined,
    /** Unique among its siblings and stable across refreshes. */
    readonly key: string,
    protected readonly ctx: TreeContext,
  ) {}

  /** Unique in the tree: the TreeItem id, which keeps the expansion state across refreshes. */
  get id(): string {
    return this.parent ? `${this.parent.id}/${this.key}` : this.key;
  }

  treeItem(): vscode.TreeItem {
    if (!this.item) {
      this.item = this.createItem();
      this.item.id = this.id;
    }
    return this.item;
  }

  /** Children, built on first expansion and kept until the node's data changes. */
  children(): CorpusNode[] {
    return (this.built ??= this.createChildren());
  }

  protected abstract createItem(): vscode.TreeItem;

  protected createChildren(): CorpusNode[] {
    return [];
  }

  /** Forgets the item and the children: the next look builds them from the new data. */
  protected reset(): void {
    this.item = undefined;
    this.built = undefined;
  }
}

/** A span in an article the user can click to reveal (event mention, person mention, quote, contradiction side). */
export class SpanNode extends CorpusNode {
  constructor(
    parent: CorpusNode | undefined,
    ctx: TreeContext,
    readonly file: string,
    readonly start: number,
    readonly end: number,
    readonly text: string,
    private readonly options: { icon: string; contextValue: string; description?: string; tooltip?: vscode.MarkdownString | string; label?: string },
    /** Position among its siblings: two sides may cover the same span. */
    n = 0,
  ) {
    super(parent, `${options.contextValue}:${file}#${start}-${end}${n ? `.${n}` : ''}`, ctx);
  }

  protected createItem(): vscode.TreeItem {
    const snip = this.options.label === undefined ? this.ctx.snippet(this.file, this.start, this.end, this.text) : { text: this.options.label };
    const item = new vscode.TreeItem(snip.highlight ? { label: snip.text, highlights: [snip.highlight] } : snip.text, vscode.TreeItemCollapsibleState.None);
    item.description = this.options.description;
    item.tooltip = this.options.tooltip ?? `${this.file}: ${oneLine(this.text)}`;
    item.iconPath = new vscode.ThemeIcon(this.options.icon);
    item.contextValue = this.options.contextValue;
    item.command = { command: 'newsmark.revealMention', title: vscode.l10n.t('Reveal'), arguments: [this] };
    return item;
  }
}

/** The spans of one article under an event or a person. */
export class ArticleNode extends CorpusNode {
  constructor(
    parent: CorpusNode,
    ctx: TreeContext,
    readonly file: string,
    private readonly spans: Array<{ start: number; end: number; text: string; kind: 'mention' | 'quote'; support?: boolean }>,
  ) {
    super(parent, `article:${file}`, ctx);
  }

  protected createItem(): vscode.TreeItem {
    const item = new vscode.TreeItem(this.file, vscode.TreeItemCollapsibleState.Collapsed);
    const doc = this.ctx.index.document(this.file);
    const quotes = this.spans.filter((s) => s.kind === 'quote').length;
    const mentions = this.spans.length - quotes;
    item.description = [
      doc?.outlet,
      doc?.published?.slice(0, 10),
      mentions ? plural(mentions, 'mention') : undefined,
      quotes ? plural(quotes, 'quote') : undefined,
    ]
      .filter(Boolean)
      .join(' · ');
    item.iconPath = vscode.ThemeIcon.File;
    item.contextValue = 'article';
    return item;
  }

  protected override createChildren(): CorpusNode[] {
    return this.spans.map(
      (s, i) =>
        new SpanNode(
          this,
          this.ctx,
          this.file,
          s.start,
          s.end,
          s.text,
          // A supporting word ("said", "a déclaré") tells of the event without naming it: shown, but set apart.
          s.support
            ? { icon: 'comment', contextValue: 'mention', description: vscode.l10n.t('supporting word') }
            : { icon: s.kind === 'quote' ? 'quote' : 'mention', contextValue: s.kind === 'quote' ? 'quote' : 'mention' },
          i,
        ),
    );
  }
}

/** Keeps node objects by key across refreshes; tells which ones changed. */
export class NodeCache<T, N extends CorpusNode & { update(data: T, signature: string): boolean }> {
  private nodes = new Map<string, N>();

  constructor(private readonly create: (key: string, data: T, signature: string) => N) {}

  /** The nodes for `items` in order, reusing the old ones; `changed` gets the reused ones whose data changed. */
  sync(items: Array<{ key: string; data: T; signature: string }>, changed: CorpusNode[]): N[] {
    const next = new Map<string, N>();
    const out = items.map(({ key, data, signature }) => {
      let node = this.nodes.get(key);
      if (!node) node = this.create(key, data, signature);
      else if (node.update(data, signature)) changed.push(node);
      next.set(key, node);
      return node;
    });
    this.nodes = next;
    return out;
  }

  clear(): void {
    this.nodes.clear();
  }
}

// ---- Events ---------------------------------------------------------------------------------------

/** A codicon per event kind, so that a journalist tells a quake from a verdict at a glance. */
const KIND_ICON: Record<EventKind, string> = {
  call: 'call-outgoing',
  talks: 'comment-discussion',
  meeting: 'comment-discussion',
  summit: 'globe',
  visit: 'location',
  conflict: 'shield',
  attack: 'warning',
  strike: 'stop-circle',
  protest: 'megaphone',
  arrest: 'lock',
  trial: 'law',
  verdict: 'law',
  death: 'heart',
  earthquake: 'pulse',
  flood: 'cloud',
  storm: 'zap',
  accident: 'alert',
  fire: 'flame',
  explosion: 'error',
  election: 'checklist',
  appointment: 'person-add',
  resignation: 'sign-out',
  agreement: 'verified',
  sanction: 'circle-slash',
  acquisition: 'briefcase',
  announcement: 'broadcast',
  launch: 'rocket',
  award: 'star-full',
  sports: 'target',
  injury: 'person',
  robbery: 'unlock',
  investigation: 'search',
  escape: 'debug-step-out',
  outage: 'debug-disconnect',
};

export class EventNode extends CorpusNode {
  constructor(
    ctx: TreeContext,
    public event: NewsEvent,
    private signature: string,
  ) {
    super(undefined, `event:${event.id}`, ctx);
  }

  update(event: NewsEvent, signature: string): boolean {
    this.event = event;
    if (signature === this.signature) return false;
    this.signature = signature;
    this.reset();
    return true;
  }

  protected createItem(): vscode.TreeItem {
    const ev = this.event;
    const lang = ev.mentions[0] ? this.ctx.language(ev.mentions[0].file) : 'fr';
    const files = [...new Set(ev.mentions.map((m) => m.file))];
    const sources = articlesFromOutlets(files.length, ev.sources, interfaceLanguage());
    const item = new vscode.TreeItem(ev.title, vscode.TreeItemCollapsibleState.Collapsed);
    // The title usually names the date and place already: the description adds only what it lacks, so
    // the row fits the side bar.
    const date = formatDate(ev.date, lang) ?? vscode.l10n.t('undated');
    item.description = [ev.title.includes(date) ? undefined : date, ev.place && !ev.title.includes(ev.place) ? ev.place : undefined, sources]
      .filter(Boolean)
      .join(' · ');
    item.iconPath = new vscode.ThemeIcon(ev.user && !ev.kind ? 'calendar' : ((ev.kind ? KIND_ICON[ev.kind as EventKind] : undefined) ?? 'calendar'));
    item.contextValue = 'event';
    const md = new vscode.MarkdownString();
    md.appendMarkdown('**').appendText(ev.title).appendMarkdown('**');
    if (ev.user) md.appendMarkdown(` *${vscode.l10n.t('(edited by you)')}*`);
    md.appendMarkdown('\n\n');
    md.appendMarkdown('$(calendar) ')
      .appendText(ev.date ? `${formatDate(ev.date, lang)} (${ev.date})` : vscode.l10n.t('undated'))
      .appendMarkdown('  \n');
    if (ev.place) md.appendMarkdown('$(location) ').appendText(ev.place).appendMarkdown('  \n');
    if (ev.participants.length) md.appendMarkdown('$(person) ').appendText(ev.participants.join(', ')).appendMarkdown('  \n');
    md.appendMarkdown('$(file) ')
      .appendText(`${sources}, ${plural(ev.mentions.length, 'mention')}`)
      .appendMarkdown('\n\n');
    if (ev.reasoning?.length) {
      md.appendMarkdown(`**${vscode.l10n.t('Why these mentions are one event')}**\n\n`);
      for (const r of ev.reasoning) md.appendMarkdown('- ').appendText(r).appendMarkdown('\n');
    }
    md.appendMarkdown(`\n\n\`${ev.id}\``);
    md.supportThemeIcons = true;
    item.tooltip = md;
    return item;
  }

  protected override createChildren(): CorpusNode[] {
    const byFile = new Map<string, Array<{ start: number; end: number; text: string; kind: 'mention'; support?: boolean }>>();
    for (const m of this.event.mentions) {
      if (this.ctx.filter.file && m.file !== this.ctx.filter.file) continue;
      const list = byFile.get(m.file) ?? byFile.set(m.file, []).get(m.file)!;
      list.push({ start: m.start, end: m.end, text: m.text, kind: 'mention', support: m.support });
    }
    return [...byFile.entries()]
      .sort((a, b) => (a[0] < b[0] ? -1 : 1))
      .map(
        ([file, spans]) =>
          new ArticleNode(
            this,
            this.ctx,
            file,
            spans.sort((a, b) => a.start - b.start),
          ),
      );
  }
}

/** Roots of the Events view: events in time order (undated last), as the index sorts them. */
/**
 * The roots of one view: recomputed from the index on `update`, reusing nodes by key so expanded
 * subtrees and unchanged items survive a refresh.
 */
export abstract class RootTreeModel<D, N extends CorpusNode & { update(data: D, signature: string): boolean }, R extends CorpusNode = N> {
  protected readonly cache: NodeCache<D, N>;
  private roots: R[] | undefined;

  constructor(
    protected readonly ctx: TreeContext,
    create: (key: string, data: D, signature: string) => N,
  ) {
    this.cache = new NodeCache(create);
  }

  get materialised(): boolean {
    return this.roots !== undefined;
  }

  children(): R[] {
    return (this.roots ??= this.compute([]));
  }

  /** Recomputes the roots; returns the reused nodes whose data changed and whether the root list changed. */
  update(): { rootsChanged: boolean; changed: CorpusNode[] } {
    const before = this.roots?.map((n) => n.key).join('\n');
    const changed: CorpusNode[] = [];
    this.roots = this.compute(changed);
    return { rootsChanged: before !== this.roots.map((n) => n.key).join('\n'), changed };
  }

  reset(): void {
    this.cache.clear();
    this.roots = undefined;
  }

  protected abstract compute(changed: CorpusNode[]): R[];
}

export class EventsTreeModel extends RootTreeModel<NewsEvent, EventNode> {
  constructor(ctx: TreeContext) {
    super(ctx, (_key, ev, signature) => new EventNode(ctx, ev, signature));
  }

  protected compute(changed: CorpusNode[]): EventNode[] {
    const events = this.ctx.index.events().filter((e) => this.ctx.eventPasses(e));
    return this.cache.sync(
      events.map((e) => ({ key: `event:${e.id}`, data: e, signature: JSON.stringify(e) })),
      changed,
    );
  }
}
