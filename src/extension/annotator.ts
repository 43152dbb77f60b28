import { execFile } from 'node:child_process';
import * as vscode from 'vscode';
import { stampNow, type Authorship } from '../core/team/authorship';
import { setting } from './config';

/**
 * Who is annotating: the setting `newsmark.annotator`, else git's `user.name` (read once per
 * workspace folder, in the background, so that making an annotation never waits on git). Items
 * made before git answered carry only their time.
 */
export class Annotator implements vscode.Disposable {
  private gitName: string | undefined;
  private readonly subscription: vscode.Disposable;

  constructor() {
    this.readGitName();
    this.subscription = vscode.workspace.onDidChangeWorkspaceFolders(() => this.readGitName());
  }

  /** The name items are recorded under now, if any. */
  name(): string | undefined {
    const configured = setting('annotator').trim();
    return configured || this.gitName;
  }

  /** The authorship of an item made now. */
  stamp(): Authorship {
    return stampNow(this.name());
  }

  private readGitName(): void {
    const folder = vscode.workspace.workspaceFolders?.find((f) => f.uri.scheme === 'file');
    const cwd = folder?.uri.fsPath;
    // Without a local folder (virtual workspace, web) there is no git to ask: the setting alone names the annotator.
    if (!cwd) return;
    try {
      execFile('git', ['config', 'user.name'], { cwd, timeout: 5000 }, (err, stdout) => {
        if (!err && stdout.trim()) this.gitName = stdout.trim();
      });
    } catch {
      // No git on this machine: the setting alone names the annotator.
    }
  }

  dispose(): void {
    this.subscription.dispose();
  }
}
