import * as vscode from 'vscode';
import type { PersonSummary } from '../core/corpus/index';
import { personKey } from '../core/detect/personKey';
import { ArticleNode, CorpusNode, NodeCache, RootTreeModel } from './corpusTreeModel';
import type { TreeContext } from './corpusTreeModel';
import { plural } from './treeWords';

/**
 * The People view: the people the stories are about, then the articles' authors (their bylines) in a
 * group of their own, since a byline names who wrote an article, not someone it is about (#18 item 11).
 */

type Span = { start: number; end: number; text: string; kind: 'mention' | 'quote' };

/** The spans of a person or author grouped by article, in article order, the filter's articles only. */
function articleNodes(parent: CorpusNode, ctx: TreeContext, spans: Iterable<{ file: string } & Span>): ArticleNode[] {
  const byFile = new Map<string, Span[]>();
  for (const { file, ...span } of spans) {
    if (!ctx.filePasses(file)) continue;
    (byFile.get(file) ?? byFile.set(file, []).get(file)!).push(span);
  }
  return [...byFile.entries()]
    .sort((a, b) => (a[0] < b[0] ? -1 : 1))
    .map(
      ([file, list]) =>
        new ArticleNode(
          parent,
          ctx,
          file,
          list.sort((a, b) => a.start - b.start),
        ),
    );
}

export class PersonNode extends CorpusNode {
  constructor(
    ctx: TreeContext,
    public person: PersonSummary,
    private signature: string,
  ) {
    super(undefined, `person:${person.id}`, ctx);
  }

  update(person: PersonSummary, signature: string): boolean {
    this.person = person;
    if (signature === this.signature) return false;
    this.signature = signature;
    this.reset();
    return true;
  }

  protected createItem(): vscode.TreeItem {
    const p = this.person;
    const item = new vscode.TreeItem(p.name, vscode.TreeItemCollapsibleState.Collapsed);
    item.description = [plural(p.mentions.length, 'mention'), plural(p.quotes.length, 'quote'), plural(p.documents.length, 'article')].join(' · ');
    item.iconPath = new vscode.ThemeIcon('person');
    item.contextValue = 'person';
    const md = new vscode.MarkdownString();
    md.appendMarkdown('**').appendText(p.name).appendMarkdown('**\n\n');
    if (p.aliases.length) md.appendMarkdown(vscode.l10n.t('Also written: ')).appendText(p.aliases.join(', ')).appendMarkdown('\n\n');
    md.appendText(
      vscode.l10n.t('{0} and {1} in {2}', plural(p.mentions.length, 'mention'), plural(p.quotes.length, 'quote'), plural(p.documents.length, 'article')),
    );
    md.appendMarkdown(`\n\n\`${p.id}\``);
    item.tooltip = md;
    return item;
  }

  protected override createChildren(): CorpusNode[] {
    const spans = [
      ...this.person.mentions.map((m) => ({ ...m, kind: 'mention' as const })),
      ...this.person.quotes.map((q) => ({ ...q, kind: 'quote' as const })),
    ];
    return articleNodes(this, this.ctx, spans);
  }
}

/** One author: a name of a byline, with the articles it signs. */
export interface AuthorSummary {
  name: string;
  bylines: Array<{ file: string; start: number; end: number; text: string }>;
}

export class AuthorNode extends CorpusNode {
  constructor(
    parent: CorpusNode,
    ctx: TreeContext,
    readonly author: AuthorSummary,
  ) {
    super(parent, `author:${personKey(author.name)}`, ctx);
  }

  protected createItem(): vscode.TreeItem {
    const item = new vscode.TreeItem(this.author.name, vscode.TreeItemCollapsibleState.Collapsed);
    item.description = plural(new Set(this.author.bylines.map((b) => b.file)).size, 'article');
    item.iconPath = new vscode.ThemeIcon('edit');
    item.contextValue = 'author';
    return item;
  }

  protected override createChildren(): CorpusNode[] {
    return articleNodes(
      this,
      this.ctx,
      this.author.bylines.map((b) => ({ ...b, kind: 'mention' as const })),
    );
  }
}

/** The "Authors" group, after the people: the bylines' names, one node per author across articles. */
export class AuthorsNode extends CorpusNode {
  constructor(
    ctx: TreeContext,
    public authors: AuthorSummary[],
    private signature: string,
  ) {
    super(undefined, 'group:authors', ctx);
  }

  update(authors: AuthorSummary[], signature: string): boolean {
    this.authors = authors;
    if (signature === this.signature) return false;
    this.signature = signature;
    this.reset();
    return true;
  }

  protected createItem(): vscode.TreeItem {
    const item = new vscode.TreeItem(vscode.l10n.t('Authors'), vscode.TreeItemCollapsibleState.Collapsed);
    item.description = vscode.l10n.t('bylines, not people of the stories');
    item.iconPath = new vscode.ThemeIcon('edit');
    item.contextValue = 'authors';
    return item;
  }

  protected override createChildren(): CorpusNode[] {
    return this.authors.map((a) => new AuthorNode(this, this.ctx, a));
  }
}

export class PeopleTreeModel extends RootTreeModel<PersonSummary, PersonNode, PersonNode | AuthorsNode> {
  private readonly authorsCache = new NodeCache<AuthorSummary[], AuthorsNode>((_key, authors, signature) => new AuthorsNode(this.ctx, authors, signature));

  constructor(ctx: TreeContext) {
    super(ctx, (_key, p, signature) => new PersonNode(ctx, p, signature));
  }

  override reset(): void {
    super.reset();
    this.authorsCache.clear();
  }

  protected compute(changed: CorpusNode[]): Array<PersonNode | AuthorsNode> {
    const f = this.ctx.filter;
    const people = this.ctx.index
      .people()
      .filter((p) => !f.person || p.id === f.person)
      .filter((p) => !(f.file || f.from || f.to) || p.documents.some((d) => this.ctx.filePasses(d)));
    const nodes: Array<PersonNode | AuthorsNode> = this.cache.sync(
      people.map((p) => ({ key: `person:${p.id}`, data: p, signature: JSON.stringify(p) })),
      changed,
    );
    // Narrowed to one person, the view shows that person only.
    const authors = f.person ? [] : this.authors();
    const group = this.authorsCache.sync(authors.length ? [{ key: 'group:authors', data: authors, signature: JSON.stringify(authors) }] : [], changed);
    return [...nodes, ...group];
  }

  /** The bylines' names across the articles the filter keeps, one entry per name (compared by key). */
  private authors(): AuthorSummary[] {
    const byKey = new Map<string, AuthorSummary>();
    for (const { file } of this.ctx.index.documents()) {
      if (!this.ctx.filePasses(file)) continue;
      for (const a of this.ctx.index.document(file)?.authors ?? []) {
        const key = personKey(a.name);
        let author = byKey.get(key);
        if (!author) byKey.set(key, (author = { name: a.name, bylines: [] }));
        author.bylines.push({ file, start: a.start, end: a.end, text: a.name });
      }
    }
    return [...byKey.values()].sort((a, b) => a.name.localeCompare(b.name));
  }
}
