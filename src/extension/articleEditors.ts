import * as vscode from 'vscode';
import { SUGGESTION_KINDS } from '../core/session/articleSession';
import type { SuggestionKind } from '../core/session/articleSession';
import { annotationStatus } from '../core/sidecar/schema';
import type { SidecarAnnotation } from '../core/sidecar/schema';
import { offsetsOf } from './convert';
import type { AnnotationDecorations, DecoratedKind, DecoratedSpan } from './decorations';
import { Disposable, KeyedDebouncer } from './lifecycle';
import type { ArticleEntry, ArticleStore } from './store';

/** The decorated kind of an annotation: a duration claim is drawn as a duration. */
export function kindOf(a: SidecarAnnotation): DecoratedKind {
  if (a.type === 'claim' && a.attribute === 'duration') return 'duration';
  return a.type;
}

/** Whether a document is a news article for Newsmark (the `newsmark.articles` glob or the news-article language). */
export function isArticle(document: vscode.TextDocument): boolean {
  if (document.languageId === 'news-article') return true;
  if (document.uri.scheme !== 'file' && document.uri.scheme !== 'vscode-remote' && document.uri.scheme !== 'untitled') return false;
  if (document.uri.path.includes('/node_modules/')) return false;
  const glob = vscode.workspace.getConfiguration('newsmark').get<string>('articles', '**/*.txt');
  return vscode.languages.match({ pattern: glob }, document) > 0;
}

export function enabledSuggestionKinds(): SuggestionKind[] {
  const config = vscode.workspace.getConfiguration('newsmark.detect');
  const setting: Record<SuggestionKind, string> = { person: 'people', date: 'dates', duration: 'durations', quote: 'quotes' };
  return SUGGESTION_KINDS.filter((k) => config.get<boolean>(setting[k], true));
}

/**
 * Connects open article editors to the store: opens sessions, re-anchors on edits (debounced, off
 * the typing path), and paints annotations and suggestions, plus Problems-panel diagnostics.
 */
export class ArticleEditors extends Disposable {
  private readonly debounce = this._register(new KeyedDebouncer());
  private readonly diagnostics = this._register(vscode.languages.createDiagnosticCollection('newsmark'));
  private readonly warnedLarge = new Set<string>();

  constructor(
    private readonly store: ArticleStore,
    private readonly decorations: AnnotationDecorations,
  ) {
    super();
    this._register(vscode.workspace.onDidOpenTextDocument((d) => void this.track(d)));
    this._register(vscode.workspace.onDidCloseTextDocument((d) => void this.store.close(d)));
    this._register(
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.contentChanges.length === 0 || !this.store.get(e.document.uri)) return;
        const delay = vscode.workspace.getConfiguration('newsmark.detect').get<number>('debounceMs', 250);
        this.debounce.schedule(e.document.uri.toString(), delay, () => this.store.textChanged(e.document));
      }),
    );
    this._register(vscode.window.onDidChangeVisibleTextEditors((editors) => editors.forEach((ed) => void this.track(ed.document))));
    this._register(this.store.onDidChangeArticle((entry) => this.refresh(entry)));
    this._register(
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('newsmark')) for (const entry of this.store.all()) this.refresh(entry);
      }),
    );
    for (const d of vscode.workspace.textDocuments) void this.track(d);
  }

  /** Opens the session of an article document; resolves when its first paint is done. */
  async track(document: vscode.TextDocument): Promise<ArticleEntry | undefined> {
    if (!isArticle(document)) return undefined;
    const entry = await this.store.open(document);
    if (entry.session.detectionSkipped && !this.warnedLarge.has(document.uri.toString())) {
      this.warnedLarge.add(document.uri.toString());
      void vscode.window.showInformationMessage(
        `${vscode.workspace.asRelativePath(document.uri)} is too large for automatic suggestions (over 1 MB); tagging by hand still works.`,
      );
    }
    this.refresh(entry);
    return entry;
  }

  /** Re-anchors now any pending edit of the document (commands call this before acting). */
  settle(document: vscode.TextDocument): void {
    this.debounce.flush(document.uri.toString());
  }

  private refresh(entry: ArticleEntry): void {
    const editors = vscode.window.visibleTextEditors.filter((e) => e.document.uri.toString() === entry.articleUri.toString());
    const document = editors[0]?.document ?? vscode.workspace.textDocuments.find((d) => d.uri.toString() === entry.articleUri.toString());
    if (document && document.getText() !== entry.session.text) {
      // The editor is ahead of the session (a debounced edit): paint after the session catches up.
      return;
    }
    if (editors.length > 0 && document) {
      const spans = this.spans(entry, document);
      for (const editor of editors) this.decorations.paint(editor, spans);
    }
    this.updateDiagnostics(entry, document);
  }

  private spans(entry: ArticleEntry, document: vscode.TextDocument): DecoratedSpan[] {
    const offsets = offsetsOf(document);
    const spans: DecoratedSpan[] = [];
    for (const a of entry.session.annotations()) {
      const status = annotationStatus(a);
      if (status === 'orphan') continue;
      spans.push({ kind: kindOf(a), range: offsets.range(a.start, a.end), suggestion: false, review: status === 'review' });
    }
    for (const s of entry.session.suggestions(enabledSuggestionKinds())) {
      spans.push({ kind: s.kind, range: offsets.range(s.start, s.end), suggestion: true });
    }
    return spans;
  }

  private updateDiagnostics(entry: ArticleEntry, document: vscode.TextDocument | undefined): void {
    const list: vscode.Diagnostic[] = [];
    if (document) {
      const offsets = offsetsOf(document);
      for (const a of entry.session.annotations()) {
        const status = annotationStatus(a);
        if (status === 'orphan') {
          const at = offsets.range(Math.min(a.start, offsets.textIndex.length), Math.min(a.start, offsets.textIndex.length));
          const d = new vscode.Diagnostic(
            at,
            `Orphaned ${a.type} annotation "${a.quote}": its text was not found. It is kept in the sidecar; select the right text and run "Newsmark: Re-attach Orphaned Annotation".`,
            vscode.DiagnosticSeverity.Warning,
          );
          d.source = 'newsmark';
          d.code = 'orphan';
          list.push(d);
        } else if (status === 'review') {
          const d = new vscode.Diagnostic(
            offsets.range(a.start, a.end),
            `The ${a.type} annotation "${a.quote}" was re-anchored on similar text after an edit: check it.`,
            vscode.DiagnosticSeverity.Information,
          );
          d.source = 'newsmark';
          d.code = 'review';
          list.push(d);
        }
      }
    }
    this.diagnostics.set(entry.articleUri, list);
    const sidecarDiagnostics = entry.problems.map((p) => {
      const pos = new vscode.Position(Math.max(0, p.line - 1), Math.max(0, p.column - 1));
      const d = new vscode.Diagnostic(new vscode.Range(pos, pos.translate(0, 1)), p.message, vscode.DiagnosticSeverity.Error);
      d.source = 'newsmark';
      d.code = 'invalid-sidecar';
      return d;
    });
    this.diagnostics.set(entry.sidecarUri, sidecarDiagnostics);
    const corpus = this.store.corpusProblems();
    if (corpus.uri) {
      this.diagnostics.set(
        corpus.uri,
        corpus.problems.map((p) => {
          const pos = new vscode.Position(Math.max(0, p.line - 1), Math.max(0, p.column - 1));
          const d = new vscode.Diagnostic(new vscode.Range(pos, pos.translate(0, 1)), p.message, vscode.DiagnosticSeverity.Error);
          d.source = 'newsmark';
          return d;
        }),
      );
    }
  }
}
