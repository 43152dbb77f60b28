import * as vscode from 'vscode';
import { buildReport, renderMarkdown } from '../core/corpus/report';
import { isArticle } from './articles';
import type { CorpusService } from './corpusService';
import type { CommandRegistrar } from './lifecycle';

/** The walkthrough's id as `workbench.action.openWalkthrough` wants it: `<publisher>.<name>#<id>`. */
export const WALKTHROUGH_ID = 'newsmark.newsmark#newsmark.gettingStarted';

/**
 * What the walkthrough (package.json `contributes.walkthroughs`) needs beyond existing commands: a
 * command that opens it (welcome views point to it), the sample articles, the corpus report as
 * Markdown, and the context key its "see the detections" step completes on.
 */
export class GuidedStart implements vscode.Disposable {
  private readonly subscription: vscode.Disposable;

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly storageUri: vscode.Uri,
    private readonly corpus: () => CorpusService,
  ) {
    const seen = (editor: vscode.TextEditor | undefined) => {
      if (editor && isArticle(editor.document)) void vscode.commands.executeCommand('setContext', 'newsmark.articleOpened', true);
    };
    this.subscription = vscode.window.onDidChangeActiveTextEditor(seen);
    seen(vscode.window.activeTextEditor);
  }

  register(register: CommandRegistrar): vscode.Disposable[] {
    return [
      register('openWalkthrough', () => vscode.commands.executeCommand('workbench.action.openWalkthrough', WALKTHROUGH_ID, false)),
      register('openSamples', () => this.openSamples()),
      register('exportReport', () => this.exportReport()),
    ];
  }

  /**
   * Copies the sample articles shipped with the extension to its global storage (never annotating
   * inside the extension's own folder, which an update replaces) and opens that folder. A copy made
   * earlier is kept as it is, annotations included.
   */
  private async openSamples(): Promise<void> {
    const target = vscode.Uri.joinPath(this.storageUri, 'samples');
    const exists = await vscode.workspace.fs.stat(target).then(
      () => true,
      () => false,
    );
    if (!exists) await vscode.workspace.fs.copy(vscode.Uri.joinPath(this.extensionUri, 'seeds'), target, { overwrite: false });
    await vscode.commands.executeCommand('vscode.openFolder', target, { forceNewWindow: false });
  }

  /** The corpus report (as `newsmark report --format md`) in a new Markdown editor, to save or share. Returns its text. */
  private async exportReport(): Promise<string> {
    const service = this.corpus();
    const text = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Window, title: vscode.l10n.t('Newsmark: indexing the articles') },
      async () => {
        await service.whenIndexed();
        return renderMarkdown(buildReport(service.index));
      },
    );
    const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: text });
    await vscode.window.showTextDocument(doc, { preview: false });
    return text;
  }

  dispose(): void {
    this.subscription.dispose();
  }
}
