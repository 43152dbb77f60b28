import * as vscode from 'vscode';
import type { ClaimSide, Contradiction } from '../core/model';
import { articlesFromOutlets, markdownWordDiff } from '../core/corpus/report';
import { interfaceLanguage } from './interfaceLanguage';
import { attributeLabel, plural, verdictWord } from './treeWords';
import { CorpusNode, formatValue, NodeCache, RootTreeModel, SpanNode, truncate, type TreeContext } from './corpusTreeModel';

/**
 * The Contradictions view's nodes (split from corpusTreeModel.ts, whose node base, cache and root model they
 * build on): a group per event, a node per disagreement or agreement with its sides.
 */

const ORDINAL_SUFFIX: Record<string, string> = { one: 'st', two: 'nd', few: 'rd', other: 'th' };
const ordinalRules = new Intl.PluralRules('en', { type: 'ordinal' });

/** A round as the interface's language writes it: "2nd" in English, "2e" (and "1er") in French. */
function ordinal(n: number): string {
  if (interfaceLanguage() === 'fr') return n === 1 ? '1er' : `${n}e`;
  return `${n}${ORDINAL_SUFFIX[ordinalRules.select(n)]}`;
}

/** A side's value as a reader says it: a place as the article wrote it (not its id), a round as "2nd". */
function sideValue(attribute: string, s: ClaimSide): string {
  if (attribute === 'quote' || attribute === 'user') return `«${truncate(s.text, 40)}»`;
  // A bearing and a vague count ("des dizaines") read best in the article's own words.
  if (attribute === 'place' || attribute === 'direction' || s.qualifier === 'several') return truncate(s.text, 40);
  if (attribute === 'ordinal' && /^\d+$/.test(s.value)) return ordinal(Number(s.value));
  return formatValue(s.value, s.qualifier);
}

export class ContradictionNode extends CorpusNode {
  constructor(
    parent: CorpusNode,
    ctx: TreeContext,
    public contradiction: Contradiction,
    readonly agreement: boolean,
    private signature: string,
  ) {
    super(parent, `${agreement ? 'agreement' : 'contradiction'}:${contradiction.id}`, ctx);
  }

  update(contradiction: Contradiction, signature: string): boolean {
    this.contradiction = contradiction;
    if (signature === this.signature) return false;
    this.signature = signature;
    this.reset();
    return true;
  }

  protected createItem(): vscode.TreeItem {
    const c = this.contradiction;
    const speaker = c.speaker ? this.ctx.personName(c.speaker) : undefined;
    const label = `${attributeLabel(c.attribute)}${speaker ? ` — ${speaker}` : ''}`;
    const item = new vscode.TreeItem(label, vscode.TreeItemCollapsibleState.Collapsed);
    const values = [...new Set(c.sides.map((s) => sideValue(c.attribute, s)))];
    if (this.agreement) {
      const files = new Set(c.sides.map((s) => s.file)).size;
      item.description = `${values.join(' = ')} · ${articlesFromOutlets(files, c.sources ?? new Set(c.sides.map((s) => s.outlet ?? s.file)).size, interfaceLanguage())}`;
      item.iconPath = new vscode.ThemeIcon('check-all', new vscode.ThemeColor('testing.iconPassed'));
      item.contextValue = 'agreement';
    } else {
      item.description = `${values.join(' ≠ ')}${c.status === 'open' ? '' : ` · ${verdictWord(c.status)}`}`;
      item.iconPath =
        // Confirmed: the user checked that the sources do disagree, a finding rather than a fault.
        c.status === 'confirmed'
          ? new vscode.ThemeIcon('verified', new vscode.ThemeColor('charts.blue'))
          : c.status === 'dismissed'
            ? new vscode.ThemeIcon('circle-slash', new vscode.ThemeColor('disabledForeground'))
            : new vscode.ThemeIcon('warning', new vscode.ThemeColor('list.warningForeground'));
      item.contextValue = `contradiction.${c.status}`;
    }
    const md = new vscode.MarkdownString();
    md.supportThemeIcons = true;
    md.appendMarkdown('**')
      .appendText(label)
      .appendMarkdown(`** — ${this.agreement ? vscode.l10n.t('sources agree') : verdictWord(c.status)}`);
    if (c.event) md.appendMarkdown(' · ').appendText(this.ctx.index.event(c.event)?.title ?? c.event);
    md.appendMarkdown('\n\n');
    for (const s of c.sides) {
      // Who the article gives the figure from ("according to police") stands beside the outlet that reports it.
      md.appendMarkdown('- ').appendText(
        `${s.file}${s.outlet || s.source ? ` (${[s.outlet, s.source ? vscode.l10n.t('source: {0}', s.source) : undefined].filter(Boolean).join(', ')})` : ''}: «${truncate(s.text, 160)}»`,
      );
      if (c.attribute !== 'quote' && c.attribute !== 'user')
        md.appendMarkdown(' → `')
          .appendText(`${s.value}${s.qualifier && s.qualifier !== 'exact' ? ` (${s.qualifier})` : ''}`)
          .appendMarkdown('`');
      md.appendMarkdown('\n');
    }
    if (c.diff?.length)
      md.appendMarkdown(`\n${vscode.l10n.t('**Word diff** (~~only in the first~~, **only in the second**): ')}`)
        .appendMarkdown(markdownWordDiff(c.diff))
        .appendMarkdown('\n');
    if (c.note) md.appendMarkdown('\n$(note) ').appendText(c.note).appendMarkdown('\n');
    md.appendMarkdown(`\n\`${c.id}\``);
    item.tooltip = md;
    return item;
  }

  protected override createChildren(): CorpusNode[] {
    const c = this.contradiction;
    return c.sides.map(
      (s, i) =>
        new SpanNode(
          this,
          this.ctx,
          s.file,
          s.start,
          s.end,
          s.text,
          {
            icon: c.attribute === 'quote' ? 'quote' : 'go-to-file',
            contextValue: 'side',
            label: `${s.file}: «${truncate(s.text, 70)}»`,
            description: [s.outlet, c.attribute === 'quote' || c.attribute === 'user' ? undefined : formatValue(s.value, s.qualifier)]
              .filter(Boolean)
              .join(' · '),
          },
          i,
        ),
    );
  }
}

/** An event of the Contradictions view (or "Agreements"), holding its contradictions. */
export class ContradictionGroupNode extends CorpusNode {
  private readonly cache: NodeCache<Contradiction, ContradictionNode>;

  constructor(
    ctx: TreeContext,
    key: string,
    public items: Contradiction[],
    private signature: string,
    readonly agreements: boolean,
  ) {
    super(undefined, key, ctx);
    this.cache = new NodeCache((_k, c, signature) => new ContradictionNode(this, ctx, c, agreements, signature));
  }

  get eventId(): string | null {
    return this.agreements ? null : this.key === 'group:none' ? null : this.key.slice('group:'.length);
  }

  update(data: { items: Contradiction[] }, signature: string): boolean {
    this.items = data.items;
    if (signature === this.signature) return false;
    this.signature = signature;
    this.reset();
    return true;
  }

  protected createItem(): vscode.TreeItem {
    const item = new vscode.TreeItem(this.title(), vscode.TreeItemCollapsibleState.Expanded);
    if (this.agreements) {
      item.description = this.items.length === 1 ? vscode.l10n.t('{0} corroborated fact', 1) : vscode.l10n.t('{0} corroborated facts', this.items.length);
      item.iconPath = new vscode.ThemeIcon('pass');
      item.contextValue = 'agreements';
      item.collapsibleState = vscode.TreeItemCollapsibleState.Collapsed;
      item.tooltip = vscode.l10n.t(
        'Values several sources agree on, with how many articles and outlets report them (an article whose outlet is unknown counts as its own).',
      );
    } else {
      const open = this.items.filter((c) => c.status === 'open').length;
      item.description = open ? vscode.l10n.t('{0}, {1} open', plural(this.items.length, 'contradiction'), open) : plural(this.items.length, 'contradiction');
      item.iconPath = new vscode.ThemeIcon('calendar');
      item.contextValue = 'contradictionEvent';
    }
    return item;
  }

  private title(): string {
    if (this.agreements) return vscode.l10n.t('Agreements');
    const id = this.eventId;
    if (!id) return vscode.l10n.t('Not tied to an event');
    const ev = this.ctx.index.event(id);
    return ev?.title ?? id;
  }

  protected override createChildren(): CorpusNode[] {
    // Reused contradiction nodes keep their expansion; changed ones rebuild their item.
    return this.cache.sync(
      this.items.map((c) => ({ key: c.id, data: c, signature: JSON.stringify(c) })),
      [],
    );
  }
}

export class ContradictionsTreeModel extends RootTreeModel<{ items: Contradiction[]; agreements: boolean }, ContradictionGroupNode> {
  constructor(ctx: TreeContext) {
    super(ctx, (key, d, signature) => new ContradictionGroupNode(ctx, key, d.items, signature, d.agreements));
  }

  protected compute(changed: CorpusNode[]): ContradictionGroupNode[] {
    const index = this.ctx.index;
    const byEvent = new Map<string, Contradiction[]>();
    for (const c of index.contradictions()) {
      if (!this.ctx.contradictionPasses(c)) continue;
      const key = `group:${c.event ?? 'none'}`;
      (byEvent.get(key) ?? byEvent.set(key, []).get(key)!).push(c);
    }
    // Groups in the Events view's order (time, undated last), then the contradictions with no event.
    const order = new Map(index.events().map((e, i) => [`group:${e.id}`, i]));
    const keys = [...byEvent.keys()].sort((a, b) => (order.get(a) ?? Number.MAX_SAFE_INTEGER) - (order.get(b) ?? Number.MAX_SAFE_INTEGER) || (a < b ? -1 : 1));
    const items = keys.map((key) => {
      const list = byEvent.get(key)!;
      return { key, data: { items: list, agreements: false }, signature: JSON.stringify(list) };
    });
    const agreements = index.agreements().filter((c) => this.ctx.contradictionPasses(c));
    if (agreements.length) items.push({ key: 'group:agreements', data: { items: agreements, agreements: true }, signature: JSON.stringify(agreements) });
    return this.cache.sync(items, changed);
  }
}
