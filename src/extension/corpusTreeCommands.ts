import * as vscode from 'vscode';
import type { CommandRegistrar } from './lifecycle';
import type { Contradiction, NewsEvent } from '../core/model';
import { slug } from '../core/corpus/index';
import { stableHash } from '../core/corpus/hash';
import type { Corpus } from '../core/sidecar/schema';
import { offsetsOf } from './convert';
import { kindWord } from './interfaceLanguage';
import type { CorpusService } from './corpusService';
import { ContradictionNode } from './contradictionsTreeModel';
import { EventNode, parseDateRange, SpanNode } from './corpusTreeModel';
import type { CorpusFilter } from './corpusTreeModel';
import type { ArticleEntry, ArticleStore } from './store';
import { plural } from './treeWords';

/** A span argument: a tree node, or plain data (tests, other commands). */
export type SpanArg = SpanNode | { file: string; start: number; end: number };
export type EventArg = EventNode | NewsEvent | string | { id: string };
export type ContradictionArg = ContradictionNode | Contradiction | string | { id: string };

/** Arguments of newsmark.markContradiction, so tests and other commands need no prompt. */
export interface MarkContradictionArgs {
  /** The article (URI string) and code-point span of this side; defaults to the active editor's selection. */
  uri?: string;
  start?: number;
  end?: number;
  /** The other side: an annotation of an article, or a span (tagged as a claim when no annotation covers it). */
  other?: { file: string; annotation: string } | { file: string; start: number; end: number };
  note?: string;
}

export interface CreateEventArgs {
  title: string;
  date?: string;
  place?: string;
  /** The first mention; defaults to the active editor's selection, if any. */
  mention?: { file: string; start: number; end: number };
}

/** A newsmark.yaml `events` entry (with `merge` and `mentions`, which the corpus views write). */
type EventEntry = Corpus['events'][number];

/** What the commands need from the views. */
export interface CorpusViewsHost {
  setFilter(filter: CorpusFilter | undefined): Promise<void>;
  readonly filter: CorpusFilter;
}

const ISO_DATE = /^\d{4}(-\d\d(-\d\d)?)?$/;

function isEventNode(x: unknown): x is EventNode {
  return x instanceof EventNode;
}

/**
 * The commands of the corpus views. Every one takes its target and answers as arguments (for tests,
 * keybindings and other commands) and asks with a quick pick or an input box only for what is missing.
 * Decisions go to newsmark.yaml through the store, never straight to disk.
 */
export class CorpusCommands {
  constructor(
    private readonly service: CorpusService,
    private readonly store: ArticleStore,
    private readonly host: CorpusViewsHost,
  ) {}

  register(r: CommandRegistrar): vscode.Disposable[] {
    return [
      r('refresh', () => this.service.refresh()),
      r('filter', (filter?: CorpusFilter) => this.filter(filter)),
      r('clearFilter', () => this.host.setFilter(undefined)),
      r('revealMention', (span?: SpanArg) => this.reveal(span)),
      r('confirmContradiction', (c?: ContradictionArg, note?: string) => this.verdict(c, 'confirmed', note)),
      r('dismissContradiction', (c?: ContradictionArg, note?: string) => this.verdict(c, 'dismissed', note)),
      r('noteContradiction', (c?: ContradictionArg, note?: string, status?: 'confirmed' | 'dismissed') => this.note(c, note, status)),
      r('markContradiction', (args?: MarkContradictionArgs) => this.markContradiction(args)),
      r('renameEvent', (ev?: EventArg, title?: string) => this.rename(ev, title)),
      r('mergeEvents', (ev?: EventArg, into?: EventArg) => this.merge(ev, into)),
      r('splitMention', (span?: SpanArg, into?: EventArg | CreateEventArgs) => this.split(span, into)),
      r('createEvent', (args?: CreateEventArgs) => this.create(args)),
    ];
  }

  // ---- navigation and filter ---------------------------------------------------------------------

  /** Opens the article and selects the span (code points -> Range through offsetsOf). */
  async reveal(span?: SpanArg): Promise<vscode.TextEditor | undefined> {
    if (!span) return undefined;
    const uri = this.service.uriOf(span.file);
    if (!uri) throw new Error(vscode.l10n.t('{0} is not in the workspace', span.file));
    const document = await vscode.workspace.openTextDocument(uri);
    const range = offsetsOf(document).range(span.start, span.end);
    const editor = await vscode.window.showTextDocument(document, { selection: range, preserveFocus: false });
    editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    return editor;
  }

  private async filter(given?: CorpusFilter): Promise<void> {
    if (given) return this.host.setFilter(given);
    const how = await vscode.window.showQuickPick(
      [
        { label: `$(person) ${vscode.l10n.t('By person…')}`, id: 'person' },
        { label: `$(file) ${vscode.l10n.t('By article…')}`, id: 'file' },
        { label: `$(calendar) ${vscode.l10n.t('By date range…')}`, id: 'date' },
      ],
      { title: vscode.l10n.t('Filter the Newsmark views') },
    );
    if (!how) return;
    const index = this.service.index;
    if (how.id === 'person') {
      const pick = await vscode.window.showQuickPick(
        index.people().map((p) => ({
          label: p.name,
          description: `${plural(p.mentions.length, 'mention')} · ${plural(p.quotes.length, 'quote')}`,
          detail: p.aliases.join(', ') || undefined,
          id: p.id,
        })),
        { title: vscode.l10n.t('Show only what involves…'), matchOnDetail: true },
      );
      if (pick) await this.host.setFilter({ person: pick.id, label: pick.label });
    } else if (how.id === 'file') {
      const pick = await vscode.window.showQuickPick(
        index.documents().map((d) => ({ label: d.file, description: [d.outlet, d.published].filter(Boolean).join(' · ') })),
        { title: vscode.l10n.t('Show only what this article says'), matchOnDescription: true },
      );
      if (pick) await this.host.setFilter({ file: pick.label, label: pick.label });
    } else {
      const input = await vscode.window.showInputBox({
        title: vscode.l10n.t('Show only events in a date range'),
        prompt: vscode.l10n.t('YYYY-MM-DD..YYYY-MM-DD (either side may be left open, or a single date)'),
        placeHolder: '2025-02-15..2025-02-28',
        validateInput: (v) => (parseDateRange(v) ? undefined : vscode.l10n.t('Write the range as YYYY-MM-DD..YYYY-MM-DD')),
      });
      const range = input ? parseDateRange(input) : undefined;
      if (range) await this.host.setFilter({ ...range, label: input });
    }
  }

  // ---- verdicts ---------------------------------------------------------------------------------

  private contradiction(arg?: ContradictionArg): Contradiction {
    const id = typeof arg === 'string' ? arg : arg instanceof ContradictionNode ? arg.contradiction.id : arg?.id;
    if (!id) throw new Error(vscode.l10n.t('pick a contradiction in the Contradictions view'));
    const found = this.service.index.contradictions().find((c) => c.id === id);
    if (!found) throw new Error(vscode.l10n.t('no contradiction {0} in the corpus (it may have been re-analysed away)', id));
    return found;
  }

  private async verdict(arg: ContradictionArg | undefined, status: 'confirmed' | 'dismissed', note?: string): Promise<boolean> {
    const c = this.contradiction(arg);
    return this.store.updateCorpus((corpus) => {
      const existing = corpus.verdicts.find((v) => v.id === c.id);
      // A verdict is the decision of whoever gave it last: changing it changes its author.
      const stamp = this.store.stamp?.() ?? {};
      if (existing) {
        existing.status = status;
        if (note !== undefined) existing.note = note;
        Object.assign(existing, stamp);
      } else corpus.verdicts.push({ id: c.id, status, ...(note ? { note } : note === undefined && c.note ? { note: c.note } : {}), ...stamp });
    });
  }

  private async note(arg?: ContradictionArg, given?: string, status?: 'confirmed' | 'dismissed'): Promise<boolean> {
    const c = this.contradiction(arg);
    const note =
      given ??
      (await vscode.window.showInputBox({
        title: vscode.l10n.t('Note on this contradiction'),
        prompt: vscode.l10n.t('What you found (sources checked, who is right…)'),
        value: c.note ?? '',
      }));
    if (note === undefined) return false;
    // A link drawn by the user keeps its note on the link.
    if ((this.store.corpusValue().links ?? []).some((l) => l.id === c.id) && !status) {
      return this.store.updateCorpus((corpus) => {
        const link = corpus.links.find((l) => l.id === c.id)!;
        if (note) link.note = note;
        else delete link.note;
      });
    }
    let verdict: 'confirmed' | 'dismissed' | undefined = status ?? (c.status === 'open' ? undefined : c.status);
    if (!verdict) {
      // newsmark.yaml keeps notes on verdicts: an open contradiction needs one to carry the note.
      const pick = await vscode.window.showQuickPick(
        [
          { label: `$(error) ${vscode.l10n.t('Confirmed')}`, description: vscode.l10n.t('the sources really disagree'), id: 'confirmed' as const },
          { label: `$(circle-slash) ${vscode.l10n.t('Dismissed')}`, description: vscode.l10n.t('not a real disagreement'), id: 'dismissed' as const },
        ],
        { title: vscode.l10n.t('A note is kept with a verdict: which one?') },
      );
      verdict = pick?.id;
    }
    if (!verdict) return false;
    return this.verdict(c.id, verdict, note);
  }

  // ---- events -----------------------------------------------------------------------------------

  private event(arg?: EventArg): NewsEvent | undefined {
    if (!arg) return undefined;
    const id = typeof arg === 'string' ? arg : isEventNode(arg) ? arg.event.id : arg.id;
    const ev = this.service.index.event(id);
    if (!ev) throw new Error(vscode.l10n.t('no event {0} in the corpus', id));
    return ev;
  }

  private async pickEvent(title: string, except?: string, allowNew = false): Promise<NewsEvent | 'new' | undefined> {
    const items: Array<vscode.QuickPickItem & { id?: string }> = this.service.index
      .events()
      .filter((e) => e.id !== except)
      .map((e) => ({ label: e.title, description: [e.date, e.place, plural(e.mentions.length, 'mention')].filter(Boolean).join(' · '), id: e.id }));
    if (allowNew) items.push({ label: `$(add) ${vscode.l10n.t('New event…')}` });
    const pick = await vscode.window.showQuickPick(items, { title, matchOnDescription: true });
    if (!pick) return undefined;
    return pick.id ? this.service.index.event(pick.id) : 'new';
  }

  /** The events entry of an event in newsmark.yaml, created with the event's current title when missing. */
  private entry(corpus: Corpus, ev: Pick<NewsEvent, 'id' | 'title'>): EventEntry {
    let e = corpus.events.find((x) => x.id === ev.id) as EventEntry | undefined;
    if (!e) {
      e = { id: ev.id, title: ev.title, participants: [] };
      corpus.events.push(e);
    }
    return e;
  }

  private async rename(arg?: EventArg, given?: string): Promise<boolean> {
    const ev = this.event(arg) ?? (await this.pickEvent(vscode.l10n.t('Rename which event?')).then((e) => (e === 'new' ? undefined : e)));
    if (!ev) return false;
    const title =
      given ??
      (await vscode.window.showInputBox({
        title: vscode.l10n.t('Rename event'),
        value: ev.title,
        validateInput: (v) => (v.trim() ? undefined : vscode.l10n.t('A title cannot be empty')),
      }));
    if (!title?.trim()) return false;
    return this.store.updateCorpus((corpus) => {
      this.entry(corpus, ev).title = title.trim();
    });
  }

  private async merge(arg?: EventArg, into?: EventArg): Promise<boolean> {
    const source = this.event(arg) ?? (await this.pickEvent(vscode.l10n.t('Merge which event?')).then((e) => (e === 'new' ? undefined : e)));
    if (!source) return false;
    const target =
      this.event(into) ?? (await this.pickEvent(vscode.l10n.t('Merge "{0}" into…', source.title), source.id).then((e) => (e === 'new' ? undefined : e)));
    if (!target || target.id === source.id) return false;
    return this.store.updateCorpus((corpus) => {
      const t = this.entry(corpus, target);
      // `merge` takes the automatic event's mentions, wherever re-analysis puts them.
      t.merge = [...new Set([...(t.merge ?? []), source.id])];
      // A user event (or a renamed one) holds its own decisions: they move too, and its entry goes.
      const i = corpus.events.findIndex((x) => x.id === source.id);
      if (i >= 0) {
        const s = corpus.events[i] as EventEntry;
        if (s.mentions?.length) t.mentions = [...(t.mentions ?? []), ...s.mentions];
        if (s.merge?.length) t.merge = [...new Set([...t.merge, ...s.merge])];
        corpus.events.splice(i, 1);
      }
      for (const e of corpus.events) if (e !== t && e.merge?.includes(target.id)) e.merge = e.merge.filter((m) => m !== target.id);
    });
  }

  private async split(span?: SpanArg, into?: EventArg | CreateEventArgs): Promise<boolean> {
    if (!span) throw new Error(vscode.l10n.t('pick a mention in the Events view'));
    const current = this.service.index.eventAt(span.file, span.start);
    let target: Pick<NewsEvent, 'id' | 'title'> | undefined;
    let created: CreateEventArgs | undefined;
    if (into && typeof into === 'object' && 'title' in into && !(into instanceof EventNode) && !this.service.index.event((into as { id?: string }).id ?? '')) {
      created = into as CreateEventArgs;
    } else if (into) {
      target = this.event(into as EventArg);
    } else {
      const pick = await this.pickEvent(vscode.l10n.t('Move this mention to…'), current?.id, true);
      if (!pick) return false;
      if (pick === 'new') {
        const title = await vscode.window.showInputBox({ title: vscode.l10n.t('New event'), prompt: vscode.l10n.t('Title (e.g. "Talks in Geneva")') });
        if (!title) return false;
        const date = await this.askDate();
        created = { title, ...(date ? { date } : {}) };
      } else target = pick;
    }
    const ref = { file: span.file, start: span.start, end: span.end };
    return this.store.updateCorpus((corpus) => {
      // The span belongs to one event only: drop it from any other entry first.
      for (const e of corpus.events) if (e.mentions) e.mentions = e.mentions.filter((m) => !(m.file === ref.file && m.start < ref.end && ref.start < m.end));
      const t = created ? this.newEntry(corpus, created) : this.entry(corpus, target!);
      t.mentions = [...(t.mentions ?? []), ref];
    });
  }

  private async askDate(): Promise<string | undefined> {
    const date = await vscode.window.showInputBox({
      title: vscode.l10n.t('New event'),
      prompt: vscode.l10n.t('Date (YYYY-MM-DD, optional)'),
      validateInput: (v) => (v === '' || ISO_DATE.test(v) ? undefined : vscode.l10n.t('YYYY, YYYY-MM or YYYY-MM-DD')),
    });
    return date || undefined;
  }

  private newEntry(corpus: Corpus, args: CreateEventArgs): EventEntry {
    const taken = new Set([...corpus.events.map((e) => e.id), ...this.service.index.events().map((e) => e.id)]);
    const base = slug(`${args.date ?? ''} ${args.title}`) || 'event';
    let id = base;
    for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
    const e: EventEntry = { id, title: args.title.trim(), participants: [] };
    if (args.date) e.date = args.date;
    if (args.place) e.place = args.place;
    corpus.events.push(e);
    return e;
  }

  private async create(given?: CreateEventArgs): Promise<string | undefined> {
    let args = given;
    if (!args) {
      const title = await vscode.window.showInputBox({
        title: vscode.l10n.t('Create event'),
        prompt: vscode.l10n.t('Title (e.g. "Talks in Geneva")'),
        validateInput: (v) => (v.trim() ? undefined : vscode.l10n.t('A title cannot be empty')),
      });
      if (!title) return undefined;
      const date = await this.askDate();
      const place = await vscode.window.showInputBox({ title: vscode.l10n.t('New event'), prompt: vscode.l10n.t('Place (optional)') });
      args = { title, ...(date ? { date } : {}), ...(place ? { place } : {}) };
    }
    if (args.date && !ISO_DATE.test(args.date)) throw new Error(vscode.l10n.t('"{0}" is not a date (YYYY, YYYY-MM or YYYY-MM-DD)', args.date));
    const mention = args.mention ?? this.selectionSpan();
    let id: string | undefined;
    const ok = await this.store.updateCorpus((corpus) => {
      const e = this.newEntry(corpus, args);
      if (mention) e.mentions = [mention];
      id = e.id;
    });
    return ok ? id : undefined;
  }

  /** The active article editor's selection as a span, if it has one. */
  private selectionSpan(): { file: string; start: number; end: number } | undefined {
    const editor = vscode.window.activeTextEditor;
    if (!editor || editor.selection.isEmpty || !this.service.isIndexed(editor.document.uri)) return undefined;
    const { start, end } = offsetsOf(editor.document).offsets(editor.selection);
    return { file: this.service.fileOf(editor.document.uri), start, end };
  }

  // ---- user contradictions ---------------------------------------------------------------------

  /** An open session for an article, opening its document (without showing it) when needed. */
  private async session(file: string): Promise<{ entry: ArticleEntry; document: vscode.TextDocument }> {
    const uri = this.service.uriOf(file);
    if (!uri) throw new Error(vscode.l10n.t('{0} is not in the workspace', file));
    const document = await vscode.workspace.openTextDocument(uri);
    return { entry: await this.store.open(document), document };
  }

  /** The id of the annotation covering exactly [start, end), tagging the span as a claim when there is none. */
  private annotate(entry: ArticleEntry, start: number, end: number, type: 'claim' | 'quote' = 'claim'): string {
    const existing = entry.session.annotations().find((a) => a.start === start && a.end === end);
    if (existing) return existing.id;
    return this.store.mutate(entry, (s) => s.tag(type, start, end, type === 'claim' ? { attribute: 'statement' } : {})).id;
  }

  private async markContradiction(args: MarkContradictionArgs = {}): Promise<string | undefined> {
    // This side: the given span or the active selection.
    let document: vscode.TextDocument;
    let start: number;
    let end: number;
    if (args.uri && args.start !== undefined && args.end !== undefined) {
      document = await vscode.workspace.openTextDocument(vscode.Uri.parse(args.uri));
      ({ start, end } = args as { start: number; end: number });
    } else {
      const editor = vscode.window.activeTextEditor;
      if (!editor || editor.selection.isEmpty) throw new Error(vscode.l10n.t('select the statement in an article first'));
      document = editor.document;
      ({ start, end } = offsetsOf(document).offsets(editor.selection));
    }
    const file = this.service.fileOf(document.uri);
    const here = await this.store.open(document);
    const other = args.other ?? (await this.pickOther(file, start, end));
    if (!other) return undefined;
    let otherId: string;
    if ('annotation' in other) otherId = other.annotation;
    else {
      const { entry } = await this.session(other.file);
      otherId = this.annotate(entry, other.start, other.end, 'kind' in other && other.kind === 'quote' ? 'quote' : 'claim');
    }
    const hereId = this.annotate(here, start, end);
    const note =
      args.note ??
      (args.other
        ? undefined
        : await vscode.window.showInputBox({ title: vscode.l10n.t('Mark contradiction'), prompt: vscode.l10n.t('Note (optional): why these two disagree') }));
    const id = `l-${stableHash(`${file}#${hereId}|${other.file}#${otherId}`)}`;
    // The sidecars must hold the annotations before newsmark.yaml points at them.
    await this.store.flush();
    const ok = await this.store.updateCorpus((corpus) => {
      if (corpus.links.some((l) => l.id === id)) return;
      corpus.links.push({
        id,
        a: { file, annotation: hereId },
        b: { file: other.file, annotation: otherId },
        ...(note ? { note } : {}),
        ...this.store.stamp?.(),
      });
    });
    this.service.applyDecisions();
    return ok ? id : undefined;
  }

  /** Candidates for the other side: annotations of open articles, then quotes and claims of the same event. */
  private async pickOther(
    file: string,
    start: number,
    end: number,
  ): Promise<({ file: string; annotation: string } | { file: string; start: number; end: number; kind?: 'quote' | 'claim' }) | undefined> {
    type Item = vscode.QuickPickItem & {
      target?: { file: string; annotation: string } | { file: string; start: number; end: number; kind?: 'quote' | 'claim' };
    };
    const items: Item[] = [];
    const seen = new Set<string>();
    const push = (f: string, s: number, e: number, item: Item) => {
      const key = `${f}#${s}-${e}`;
      if (seen.has(key) || (f === file && s === start && e === end)) return;
      seen.add(key);
      items.push(item);
    };
    const open = this.store.all();
    if (open.length) items.push({ label: vscode.l10n.t('Annotations in open articles'), kind: vscode.QuickPickItemKind.Separator });
    for (const entry of open) {
      const f = this.service.fileOf(entry.articleUri);
      for (const a of entry.session.annotations()) {
        if (a.type === 'person' || a.type === 'date') continue;
        push(f, a.start, a.end, { label: `$(tag) «${a.quote.slice(0, 80)}»`, description: `${kindWord(a)} · ${f}`, target: { file: f, annotation: a.id } });
      }
      for (const s of entry.session.suggestions(['quote', 'duration'])) {
        push(f, s.start, s.end, {
          label: `$(lightbulb) «${s.text.slice(0, 80)}»`,
          description: vscode.l10n.t('suggested {0} · {1}', kindWord(s.kind), f),
          target: { file: f, start: s.start, end: s.end, kind: s.kind === 'quote' ? 'quote' : 'claim' },
        });
      }
    }
    const ev = this.service.index.eventAt(file, start) ?? this.nearestEvent(file, start);
    if (ev) {
      items.push({ label: vscode.l10n.t('About {0}', ev.title), kind: vscode.QuickPickItemKind.Separator });
      for (const m of ev.mentions) {
        const doc = this.service.index.document(m.file);
        const analysed = doc?.mentions.find((x) => x.start === m.start && x.end === m.end);
        if (!doc || !analysed) continue;
        for (const q of doc.quotes.filter((q) => q.mention === analysed.index)) {
          push(m.file, q.start, q.end, {
            label: `$(quote) «${q.text.slice(0, 80)}»`,
            description: `${q.speakerName ?? vscode.l10n.t('quote')} · ${m.file}`,
            target: { file: m.file, start: q.start, end: q.end, kind: 'quote' },
          });
        }
        for (const c of [...analysed.durations, ...analysed.counts, ...(analysed.ordinal ? [analysed.ordinal] : [])]) {
          push(m.file, c.start, c.end, {
            label: `$(symbol-number) ${c.text}`,
            description: vscode.l10n.t('claim · {0}', m.file),
            detail: m.snippet,
            target: { file: m.file, start: c.start, end: c.end, kind: 'claim' },
          });
        }
      }
    }
    if (!items.some((i) => i.target))
      throw new Error(vscode.l10n.t('no other annotation, quote or claim to contradict: open the other article and tag the statement first'));
    const pick = await vscode.window.showQuickPick(items, { title: vscode.l10n.t('Mark contradiction with…'), matchOnDescription: true, matchOnDetail: true });
    return pick?.target;
  }

  /** The event of the nearest mention before `offset` in the same article (a claim rarely sits on the trigger word). */
  private nearestEvent(file: string, offset: number): NewsEvent | undefined {
    const doc = this.service.index.document(file);
    const before = doc?.mentions.filter((m) => m.start <= offset).pop() ?? doc?.mentions[0];
    return before ? this.service.index.eventAt(file, before.start) : undefined;
  }
}
