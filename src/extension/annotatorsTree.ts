import * as vscode from 'vscode';
import { annotationTitle } from '../core/session/describe';
import { readAnnotatedFiles } from '../core/team/annotatedFiles';
import { authorsOf, describeAuthorship, groupByAuthor, NO_AUTHOR } from '../core/team/authorship';
import { SIDECAR_SUFFIX } from '../core/sidecar/schema';
import type { SidecarAnnotation } from '../core/sidecar/schema';
import { interfaceLanguage } from './interfaceLanguage';
import { Disposable, KeyedDebouncer } from './lifecycle';
import type { CommandRegistrar } from './lifecycle';
import type { ServicesHost } from './shell';
import { VsCodeWorkspace } from './vscodeFs';

type AnnotatorNode =
  | { kind: 'author'; author: string; count: number; files: { file: string; annotations: SidecarAnnotation[] }[] }
  | { kind: 'file'; author: string; file: string; annotations: SidecarAnnotation[] }
  | { kind: 'annotation'; file: string; annotation: SidecarAnnotation };

/** Sidecar changes come in bursts (a save per keystroke pause, a git checkout): read them once. */
const REFRESH_DELAY_MS = 300;

/**
 * The Annotators view: who annotated what, by author, then article, then annotation (with its
 * time), read from the sidecars on disk; a title action filters it to one author.
 */
export class AnnotatorsTree extends Disposable implements vscode.TreeDataProvider<AnnotatorNode> {
  private readonly _onDidChangeTreeData = this._register(new vscode.EventEmitter<void>());
  readonly onDidChangeTreeData = this._onDidChangeTreeData.event;
  private readonly debounce = this._register(new KeyedDebouncer());
  private readonly workspace = new VsCodeWorkspace();
  private files: Promise<{ file: string; annotations: SidecarAnnotation[] }[]> | undefined;
  private only: string | undefined;
  private readonly view: vscode.TreeView<AnnotatorNode>;

  constructor(
    host: Pick<ServicesHost, 'treeView'>,
    /** The corpus index's name of an article, for newsmark.revealMention. */
    private readonly indexName: (uri: vscode.Uri) => string,
  ) {
    super();
    this.view = host.treeView('newsmark.annotators', this);
    // Any sidecar written, created or deleted may change who annotated what.
    this._register(this.workspace.watch(`**/*${SIDECAR_SUFFIX}`, () => this.debounce.schedule('refresh', REFRESH_DELAY_MS, () => this.refresh())));
  }

  register(register: CommandRegistrar): vscode.Disposable[] {
    return [register('filterByAuthor', (author?: string) => this.filterByAuthor(author))];
  }

  refresh(): void {
    this.files = undefined;
    this._onDidChangeTreeData.fire();
  }

  private load(): Promise<{ file: string; annotations: SidecarAnnotation[] }[]> {
    this.files ??= (async () => {
      const uris = await vscode.workspace.findFiles(`**/*${SIDECAR_SUFFIX}`, '**/node_modules/**');
      const { files } = await readAnnotatedFiles(
        this.workspace,
        uris.map((u) => u.toString()),
        (article) => article,
      );
      return files.map((f) => ({ file: f.file, annotations: [...f.annotations] }));
    })();
    return this.files;
  }

  /**
   * Shows one author's annotations only; `''` or the "everyone" choice clears the filter. Returns the
   * authors the view then lists (undefined when cancelled).
   */
  private async filterByAuthor(author?: string): Promise<string[] | undefined> {
    if (author === undefined) {
      const authors = authorsOf((await this.load()).flatMap((f) => f.annotations));
      const everyone = { label: `$(clear-all) ${vscode.l10n.t('All annotators')}`, author: '' };
      const picked = await vscode.window.showQuickPick([everyone, ...authors.map((a) => ({ label: `$(person) ${a}`, author: a }))], {
        title: vscode.l10n.t('Show the annotations of'),
      });
      if (!picked) return undefined;
      author = picked.author;
    }
    this.only = author || undefined;
    this.view.description = this.only ? vscode.l10n.t('by {0}', this.only) : undefined;
    this._onDidChangeTreeData.fire();
    return groupByAuthor(await this.load(), this.only).map((g) => g.author);
  }

  async getChildren(node?: AnnotatorNode): Promise<AnnotatorNode[]> {
    if (!node) return groupByAuthor(await this.load(), this.only).map((g) => ({ kind: 'author', ...g }));
    if (node.kind === 'author') return node.files.map((f) => ({ kind: 'file', author: node.author, ...f }));
    if (node.kind === 'file') return node.annotations.map((annotation) => ({ kind: 'annotation', file: node.file, annotation }));
    return [];
  }

  getTreeItem(node: AnnotatorNode): vscode.TreeItem {
    const collapsed = vscode.TreeItemCollapsibleState.Collapsed;
    if (node.kind === 'author') {
      const item = new vscode.TreeItem(node.author === NO_AUTHOR ? vscode.l10n.t('(no author recorded)') : node.author, collapsed);
      item.description = `${node.count}`;
      item.iconPath = new vscode.ThemeIcon('person');
      return item;
    }
    const uri = vscode.Uri.parse(node.file);
    if (node.kind === 'file') {
      const item = new vscode.TreeItem(vscode.workspace.asRelativePath(uri), collapsed);
      item.description = `${node.annotations.length}`;
      item.resourceUri = uri;
      item.iconPath = vscode.ThemeIcon.File;
      return item;
    }
    const a = node.annotation;
    const item = new vscode.TreeItem(a.quote.length > 60 ? `${a.quote.slice(0, 57)}…` : a.quote, vscode.TreeItemCollapsibleState.None);
    const by = describeAuthorship(a);
    const kind = annotationTitle(a, interfaceLanguage());
    item.description = [kind, by].filter(Boolean).join(' · ');
    item.tooltip = `${vscode.l10n.t('{0} “{1}”', kind, a.quote)}${by ? `\n${by}` : ''}`;
    item.command = { title: vscode.l10n.t('Show'), command: 'newsmark.revealMention', arguments: [{ file: this.indexName(uri), start: a.start, end: a.end }] };
    return item;
  }
}
