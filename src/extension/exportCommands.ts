/**
 * `Newsmark: Export…` and `Newsmark: Import…`: thin adapters over core/export and core/import. They ask for
 * what their arguments lack (a format, the scope, where to write or what to read), show progress, and leave
 * every decision to core. Arguments let tests and keybindings run them without a prompt.
 */
import * as vscode from 'vscode';
import { exportCorpusOf } from '../core/export/corpus';
import { EXPORT_EXTENSIONS, EXPORT_FORMATS, exportFormat, exportArticles, StringSink, type ExportArticle, type ExportFormatName } from '../core/export/index';
import { readBrat } from '../core/import/brat';
import { importIntoFolder, importLines } from '../core/import/folder';
import type { ImportRead } from '../core/import/types';
import { readW3c } from '../core/import/w3c';
import { SIDECAR_SUFFIX } from '../core/sidecar/schema';
import { parseSidecar } from '../core/sidecar/yamlStore';
import { decodeArticle } from '../core/text/offsets';
import type { CorpusService } from './corpusService';
import type { CommandRegistrar } from './lifecycle';
import type { ArticleStore } from './store';
import { problemMessage } from './problemWords';
import { WorkspaceFileSystem } from './vscodeFs';

export interface ExportArgs {
  format?: ExportFormatName;
  /** `article`: only the active editor's article. */
  scope?: 'workspace' | 'article';
  /** The file to write (the folder, for brat); asked for when absent. */
  target?: vscode.Uri | string;
  /** ClaimReview's datePublished (default: today). */
  date?: string;
}

export interface ImportArgs {
  format?: 'w3c' | 'brat';
  /** The file (W3C) or the brat folder; asked for when absent. */
  source?: vscode.Uri | string;
}

const toUri = (u: vscode.Uri | string): vscode.Uri => (typeof u === 'string' ? vscode.Uri.parse(u) : u);

export class ExportCommands {
  private readonly output = vscode.window.createOutputChannel('Newsmark Export');

  constructor(
    private readonly service: CorpusService,
    private readonly store: ArticleStore,
  ) {}

  register(r: CommandRegistrar): vscode.Disposable[] {
    return [
      this.output,
      r('exportAnnotations', (args?: ExportArgs) => this.export(args ?? {})),
      r('importAnnotations', (args?: ImportArgs) => this.import(args ?? {})),
    ];
  }

  /** Exports; resolves to where it wrote, or undefined when the user cancelled. */
  async export(args: ExportArgs): Promise<vscode.Uri | undefined> {
    const name =
      args.format ??
      (
        await vscode.window.showQuickPick(
          EXPORT_FORMATS.map((f) => ({ label: f, description: vscode.l10n.t(exportFormat(f)!.description) })),
          { title: vscode.l10n.t('Export to which format?') },
        )
      )?.label;
    if (!name) return undefined;
    const format = exportFormat(name);
    if (!format) throw new Error(vscode.l10n.t('unknown export format {0}', name));
    const active = vscode.window.activeTextEditor?.document.uri;
    const activeFile = active && this.service.isIndexed(active) ? this.service.fileOf(active) : undefined;
    const scopes = [
      { label: vscode.l10n.t('The whole workspace'), scope: 'workspace' as const },
      { label: vscode.l10n.t('This article: {0}', activeFile ?? ''), scope: 'article' as const },
    ];
    const scope =
      args.scope ??
      (activeFile ? (await vscode.window.showQuickPick(scopes, { title: vscode.l10n.t('Export the workspace or {0}?', activeFile) }))?.scope : 'workspace');
    if (!scope) return undefined;
    if (scope === 'article' && !activeFile) throw new Error(vscode.l10n.t('open an article first, or export the workspace'));
    const target = args.target ? toUri(args.target) : await this.askTarget(name as ExportFormatName);
    if (!target) return undefined;
    await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Newsmark: exporting {0}', name), cancellable: false },
      async (progress) => {
        await this.store.flush();
        await this.service.whenIndexed();
        const files = this.service.index
          .documents()
          .map((d) => d.file)
          .filter((f) => scope === 'workspace' || f === activeFile);
        const sink = new StringSink((m) => this.output.appendLine(m));
        const articles = async function* (self: ExportCommands): AsyncGenerator<ExportArticle> {
          for (const file of files) {
            progress.report({ message: file, increment: 100 / Math.max(1, files.length) });
            yield await self.article(file, !!format.needsDetections?.({}));
          }
        };
        await exportArticles(format, articles(this), () => exportCorpusOf(this.service.index), sink, { ...(args.date ? { date: args.date } : {}) });
        if (format.multiFile)
          for (const [path, content] of sink.files)
            await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(target, ...path.split('/')), new TextEncoder().encode(content));
        else await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(sink.toString()));
      },
    );
    return target;
  }

  private async askTarget(format: ExportFormatName): Promise<vscode.Uri | undefined> {
    if (format === 'brat')
      return (
        await vscode.window.showOpenDialog({
          canSelectFolders: true,
          canSelectFiles: false,
          title: vscode.l10n.t('Export the brat project into which folder?'),
        })
      )?.[0];
    const ext = EXPORT_EXTENSIONS[format];
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
    return vscode.window.showSaveDialog({
      title: vscode.l10n.t('Export {0}', format),
      filters: { [format]: [ext] },
      ...(folder ? { defaultUri: vscode.Uri.joinPath(folder, `newsmark.${ext}`) } : {}),
    });
  }

  /** An article as the exports read it: the index's text and the sidecar on disk (just flushed). */
  private async article(file: string, detections: boolean): Promise<ExportArticle> {
    const analysis = this.service.index.document(file)!;
    const uri = this.service.uriOf(file)!;
    let sidecar;
    try {
      const parsed = parseSidecar(new TextDecoder().decode(await vscode.workspace.fs.readFile(uri.with({ path: uri.path + SIDECAR_SUFFIX }))));
      if (parsed.ok) sidecar = parsed.value;
      else
        this.output.appendLine(
          vscode.l10n.t(
            '{0}:{1}:{2}: {3}: its annotations are left out',
            `${file}${SIDECAR_SUFFIX}`,
            parsed.errors[0].line,
            parsed.errors[0].column,
            problemMessage(parsed.errors[0]),
          ),
        );
    } catch {
      // No sidecar: an article without annotations.
    }
    return {
      file,
      text: analysis.text,
      annotations: sidecar?.annotations ?? [],
      ...(sidecar ? { document: sidecar.document } : {}),
      ...(detections ? { detections: analysis.detections } : {}),
    };
  }

  /** Imports into the workspace folder; resolves to the articles whose sidecars were written. */
  async import(args: ImportArgs): Promise<string[]> {
    const format = args.format ?? (await vscode.window.showQuickPick(['w3c', 'brat'] as const, { title: vscode.l10n.t('Import which format?') }));
    if (!format) return [];
    const source = args.source
      ? toUri(args.source)
      : (
          await vscode.window.showOpenDialog({
            canSelectFiles: format === 'w3c',
            canSelectFolders: format === 'brat',
            title: format === 'w3c' ? vscode.l10n.t('W3C / Hypothesis JSON-LD file') : vscode.l10n.t('brat project folder'),
          })
        )?.[0];
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
    if (!source || !folder) return [];
    const summary = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Newsmark: importing {0}', format) },
      async () => {
        await this.store.flush();
        const read =
          format === 'w3c'
            ? readW3c(JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(source))) as unknown)
            : await this.readBratFolder(source);
        const articles = this.service.index.documents().map((d) => d.file);
        return importIntoFolder(new WorkspaceFileSystem(), read, { articles, pathOf: (file) => vscode.Uri.joinPath(folder, ...file.split('/')).toString() });
      },
    );
    for (const line of importLines(summary, (template, ...args) => vscode.l10n.t(template, ...args))) this.output.appendLine(line);
    const n = summary.written.length;
    if (summary.failed) {
      const message =
        n === 1
          ? vscode.l10n.t('Newsmark: imported into 1 article; some annotations were not imported (see the Newsmark Export output)')
          : vscode.l10n.t('Newsmark: imported into {0} articles; some annotations were not imported (see the Newsmark Export output)', n);
      void vscode.window.showWarningMessage(message);
    } else
      void vscode.window.showInformationMessage(
        n === 1 ? vscode.l10n.t('Newsmark: imported into 1 article') : vscode.l10n.t('Newsmark: imported into {0} articles', n),
      );
    return summary.written;
  }

  private async readBratFolder(dir: vscode.Uri): Promise<ImportRead> {
    const all: ImportRead = { annotations: [], warnings: [], texts: new Map() };
    for (const [name, type] of await vscode.workspace.fs.readDirectory(dir)) {
      if (type !== vscode.FileType.File || !name.endsWith('.ann')) continue;
      const txt = `${name.slice(0, -4)}.txt`;
      const text = decodeArticle(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(dir, txt)));
      const read = readBrat(txt, new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(dir, name))), text);
      all.annotations.push(...read.annotations);
      all.warnings.push(...read.warnings);
      all.texts!.set(txt, text);
    }
    return all;
  }
}
