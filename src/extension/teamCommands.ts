import * as vscode from 'vscode';
import { measureAgreement } from '../core/team/agreement';
import { agreementMarkdown } from '../core/team/agreementMarkdown';
import { readAnnotatedFiles } from '../core/team/annotatedFiles';
import { authorsOf } from '../core/team/authorship';
import { SIDECAR_SUFFIX } from '../core/sidecar/schema';
import type { CommandRegistrar } from './lifecycle';
import type { ArticleStore } from './store';
import { interfaceLanguage } from './interfaceLanguage';
import { WorkspaceFileSystem } from './vscodeFs';

/** Commands for a team sharing a corpus: the agreement report between two annotators. */
export class TeamCommands {
  constructor(private readonly store: ArticleStore) {}

  register(register: CommandRegistrar): vscode.Disposable[] {
    return [register('showAgreement', (a?: string, b?: string) => this.showAgreement(a, b))];
  }

  /**
   * Asks for two annotators among the authors found in the workspace's sidecars (or takes them as
   * arguments), and opens the same Markdown report as `newsmark agreement`, its links pointing at the
   * articles' lines. Returns the report's text (undefined when cancelled).
   */
  private async showAgreement(a?: string, b?: string): Promise<string | undefined> {
    // Pending edits belong in the measure: the report reads the sidecars on disk.
    await this.store.flush();
    const uris = await vscode.workspace.findFiles(`**/*${SIDECAR_SUFFIX}`, '**/node_modules/**');
    const uriOf = new Map<string, vscode.Uri>();
    const { files, unreadable } = await readAnnotatedFiles(
      new WorkspaceFileSystem(),
      uris.map((u) => u.toString()),
      (article) => {
        const uri = vscode.Uri.parse(article);
        const name = vscode.workspace.asRelativePath(uri);
        uriOf.set(name, uri);
        return name;
      },
    );
    const authors = authorsOf(files.flatMap((f) => f.annotations));
    if (!a || !b) {
      if (authors.length < 2) {
        void vscode.window.showInformationMessage(
          authors.length === 0
            ? vscode.l10n.t(
                "Agreement needs annotations by two people; the sidecars name no author. Each annotation records its author (setting newsmark.annotator, else git's user.name).",
              )
            : vscode.l10n.t(
                "Agreement needs annotations by two people; the sidecars name only {0}. Each annotation records its author (setting newsmark.annotator, else git's user.name).",
                authors[0],
              ),
        );
        return undefined;
      }
      a = await vscode.window.showQuickPick(authors, {
        title: vscode.l10n.t('Agreement between annotators (1/2)'),
        placeHolder: vscode.l10n.t('First annotator'),
      });
      if (!a) return undefined;
      const first = a;
      b = await vscode.window.showQuickPick(
        authors.filter((x) => x !== first),
        { title: vscode.l10n.t('Agreement between annotators (2/2)'), placeHolder: vscode.l10n.t('Compare {0} with', first) },
      );
      if (!b) return undefined;
    }
    const report = measureAgreement(files, a, b);
    let text = agreementMarkdown(report, {
      lang: interfaceLanguage(),
      link: (file, line) => `${(uriOf.get(file) ?? vscode.Uri.file(file)).toString()}${line ? `#L${line}` : ''}`,
    });
    if (unreadable.length) {
      text += `\n_${vscode.l10n.t('Left out (not valid): {0}', unreadable.map((u) => vscode.workspace.asRelativePath(vscode.Uri.parse(u.path))).join(', '))}_\n`;
    }
    const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: text });
    await vscode.window.showTextDocument(doc, { preview: false });
    return text;
  }
}
