import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import { isMessage, type SpanLink } from '../core/views/messages';
import { offsetsOf } from './convert';
import type { CorpusService } from './corpusService';

/** Where the panels' scripts (dist/webview/*.js, bundled by esbuild.mjs) and their stylesheet (media/) are. */
export function webviewOptions(extensionUri: vscode.Uri): vscode.WebviewPanelOptions & vscode.WebviewOptions {
  return {
    enableScripts: true,
    // Only our own bundle and stylesheet may be loaded: no workspace file, no remote resource.
    localResourceRoots: [vscode.Uri.joinPath(extensionUri, 'dist', 'webview'), vscode.Uri.joinPath(extensionUri, 'media')],
    // The panel keeps its zoom, pan and selection in its state (setState), so it need not stay alive hidden.
    retainContextWhenHidden: false,
  };
}

/**
 * The page of a panel: a strict Content Security Policy (nothing by default; our stylesheet; the one
 * script carrying this page's nonce, so no inline script or handler runs), and an element `rootId`
 * the script fills. Colours come from the workbench's CSS variables, so the page follows the theme.
 */
export function webviewHtml(webview: vscode.Webview, extensionUri: vscode.Uri, page: { title: string; script: 'timeline' | 'compare'; lang: string }): string {
  const nonce = randomBytes(18).toString('base64');
  const script = webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'dist', 'webview', `${page.script}.js`));
  const style = webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'media', 'views.css'));
  const csp = [
    `default-src 'none'`,
    `style-src ${webview.cspSource}`,
    `img-src ${webview.cspSource}`,
    `font-src ${webview.cspSource}`,
    `script-src 'nonce-${nonce}'`,
  ].join('; ');
  const escape = (s: string) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
  return `<!DOCTYPE html>
<html lang="${escape(page.lang)}">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${style.toString()}">
<title>${escape(page.title)}</title>
</head>
<body>
<main id="${page.script}"></main>
<script nonce="${nonce}" src="${script.toString()}"></script>
</body>
</html>`;
}

/**
 * Opens an article at a span (code points) from a panel: in the column beside the panel, so the panel
 * stays in view while the user reads the article.
 */
export async function revealSpanBeside(service: CorpusService, span: SpanLink): Promise<vscode.TextEditor> {
  const uri = service.uriOf(span.file);
  if (!uri) throw new Error(vscode.l10n.t('{0} is not in the workspace', span.file));
  const document = await vscode.workspace.openTextDocument(uri);
  const range = offsetsOf(document).range(span.start, span.end);
  const editor = await vscode.window.showTextDocument(document, { selection: range, viewColumn: vscode.ViewColumn.Beside, preserveFocus: false });
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  return editor;
}

/**
 * Creates a panel running `script`, hands it the messages that pass `isMessage` for `types` (anything else
 * the page might post is dropped), and calls `onDispose` when the user closes it.
 */
export function createPanel<M extends { type: string }>(
  extensionUri: vscode.Uri,
  page: { viewType: string; title: string; script: 'timeline' | 'compare' },
  types: ReadonlyArray<M['type']>,
  handle: (message: M) => void,
  onDispose: () => void,
): vscode.WebviewPanel {
  const panel = vscode.window.createWebviewPanel(page.viewType, page.title, vscode.ViewColumn.Active, webviewOptions(extensionUri));
  panel.iconPath = vscode.Uri.joinPath(extensionUri, 'media', 'newsmark.svg');
  panel.webview.html = webviewHtml(panel.webview, extensionUri, { title: page.title, script: page.script, lang: vscode.env.language });
  const listener = panel.webview.onDidReceiveMessage((m: unknown) => {
    if (isMessage<M>(m, types)) handle(m);
  });
  panel.onDidDispose(() => {
    listener.dispose();
    onDispose();
  });
  return panel;
}
