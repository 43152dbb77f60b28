import * as vscode from 'vscode';
import type { CorpusNode } from './corpusTreeModel';
import { Disposable } from './lifecycle';

/** What a tree model gives its provider (corpusTreeModel.ts). */
export interface CorpusTreeModel {
  readonly materialised: boolean;
  children(): CorpusNode[];
  update(): { rootsChanged: boolean; changed: CorpusNode[] };
  reset(): void;
}

/**
 * A TreeDataProvider over a corpus tree model: it only forwards, and tells VS Code which part changed
 * (the root when the list of roots changed, else the nodes whose data changed).
 */
export class CorpusTreeProvider<M extends CorpusTreeModel = CorpusTreeModel> extends Disposable implements vscode.TreeDataProvider<CorpusNode> {
  private readonly _onDidChangeTreeData = this._register(new vscode.EventEmitter<CorpusNode | CorpusNode[] | undefined>());
  readonly onDidChangeTreeData = this._onDidChangeTreeData.event;

  constructor(readonly model: M) {
    super();
  }

  getTreeItem(node: CorpusNode): vscode.TreeItem {
    return node.treeItem();
  }

  getChildren(node?: CorpusNode): CorpusNode[] {
    return node ? node.children() : this.model.children();
  }

  getParent(node: CorpusNode): CorpusNode | undefined {
    return node.parent;
  }

  /** The index changed: refresh what changed (or everything after a filter change, `all`). */
  refresh(all = false): void {
    if (all) {
      this.model.reset();
      this._onDidChangeTreeData.fire(undefined);
      return;
    }
    if (!this.model.materialised) {
      // Never shown yet: nothing to diff, VS Code asks for the roots when the view opens.
      this._onDidChangeTreeData.fire(undefined);
      return;
    }
    const { rootsChanged, changed } = this.model.update();
    if (rootsChanged) this._onDidChangeTreeData.fire(undefined);
    else if (changed.length) this._onDidChangeTreeData.fire(changed);
  }
}
