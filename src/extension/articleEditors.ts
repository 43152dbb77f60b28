import * as vscode from 'vscode';
import { decoratedKindOf, DETECTOR_KINDS } from '../core/session/detectorKinds';
import type { SuggestionKind } from '../core/session/articleSession';
import { annotationStatus } from '../core/sidecar/schema';
import type { SidecarAnnotation } from '../core/sidecar/schema';
import { isArticle } from './articles';
import { onDidChangeSettings, setting } from './config';
import { offsetsOf } from './convert';
import type { AnnotationDecorations, DecoratedKind, DecoratedSpan } from './decorations';
import { WORKER_MIN_CHARS } from './detector';
import type { Detector } from './detector';
import { Disposable, KeyedDebouncer } from './lifecycle';
import { kindWord } from './interfaceLanguage';
import { markOpen } from './marks';
import { problemMessage } from './problemWords';
import type { YamlProblem } from '../core/sidecar/problems';
import type { ArticleEntry, ArticleStore } from './store';

/** How long after a large article opens the detection worker is started. */
const WARM_UP_AFTER_MS = 1000;

/** The decorated kind of an annotation (the detector registry's: a duration claim is drawn as a duration). */
export function kindOf(a: SidecarAnnotation): DecoratedKind {
  return decoratedKindOf(a);
}

/** The suggestion kinds whose setting (detector registry, core/session/detectorKinds.ts) is on. */
export function enabledSuggestionKinds(): SuggestionKind[] {
  return DETECTOR_KINDS.filter((k) => setting(k.setting)).map((k) => k.kind);
}

/**
 * Connects open article editors to the store: opens sessions, paints annotations and suggestions, plus
 * Problems-panel diagnostics. On an edit, what was painted follows the text at once; re-anchoring and
 * detection run debounced, and a large article is detected in a worker thread, so typing never waits.
 */
export class ArticleEditors extends Disposable {
  private readonly debounce = this._register(new KeyedDebouncer());
  private readonly diagnostics = this._register(vscode.languages.createDiagnosticCollection('newsmark'));
  private readonly warnedLarge = new Set<string>();
  /** Sessions painted with their suggestions at least once. */
  private readonly painted = new WeakSet<ArticleEntry>();
  /** Sessions whose first complete paint was marked (marks.ts). */
  private readonly marked = new WeakSet<ArticleEntry>();

  constructor(
    private readonly store: ArticleStore,
    private readonly decorations: AnnotationDecorations,
    private readonly detector?: Detector,
  ) {
    super();
    this._register(vscode.workspace.onDidOpenTextDocument((d) => void this.track(d)));
    this._register(vscode.workspace.onDidCloseTextDocument((d) => void this.store.close(d)));
    this._register(
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.contentChanges.length === 0 || !this.store.get(e.document.uri)) return;
        this.decorations.follow(e.document, e.contentChanges);
        const delay = setting('detect.debounceMs');
        this.debounce.schedule(e.document.uri.toString(), delay, () => this.store.textChanged(e.document));
      }),
    );
    this._register(vscode.window.onDidChangeVisibleTextEditors((editors) => editors.forEach((ed) => void this.track(ed.document))));
    this._register(this.store.onDidChangeArticle((entry) => this.refresh(entry)));
    this._register(
      onDidChangeSettings(() => {
        for (const entry of this.store.all()) this.refresh(entry);
      }),
    );
    for (const d of vscode.workspace.textDocuments) void this.track(d);
  }

  /** Opens the session of an article document; resolves when its first paint is done. */
  async track(document: vscode.TextDocument): Promise<ArticleEntry | undefined> {
    if (!isArticle(document)) return undefined;
    if (!this.store.get(document.uri)) markOpen('track', document.uri);
    const entry = await this.store.open(document);
    if (entry.session.detectionSkipped && !this.warnedLarge.has(document.uri.toString())) {
      this.warnedLarge.add(document.uri.toString());
      void vscode.window.showInformationMessage(
        vscode.l10n.t('{0} is too large for automatic suggestions (over 1 MB); tagging by hand still works.', vscode.workspace.asRelativePath(document.uri)),
      );
    }
    this.refresh(entry);
    this.detectAhead(entry);
    return entry;
  }

  /**
   * An article just opened is usually shown a moment later: detect it now, while VS Code opens the editor,
   * so the first paint does not wait for detection.
   */
  private detectAhead(entry: ArticleEntry): void {
    const session = entry.session;
    if (session.detectionSkipped) return;
    // The worker will re-detect this article as it is edited: start it before the first keystroke, but
    // after the first paint, which it would otherwise compete with for the CPU.
    if (session.text.length >= WORKER_MIN_CHARS && this.detector) {
      const detector = this.detector;
      setTimeout(() => {
        if (!this.isDisposed) detector.warmUp(entry.session.text);
      }, WARM_UP_AFTER_MS).unref();
    }
    if (vscode.window.visibleTextEditors.some((e) => e.document.uri.toString() === entry.articleUri.toString())) return;
    session.detections();
    markOpen('detected', entry.articleUri);
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
      const detected = this.detectionsReady(entry);
      const first = !this.marked.has(entry);
      this.decorations.paint(document, editors, this.spans(entry, document, detected), detected);
      if (first && detected) {
        this.marked.add(entry);
        markOpen('paint', entry.articleUri);
      }
    }
    this.updateDiagnostics(entry, document);
  }

  /**
   * True when the suggestions are to be painted now: always for a small article, and for the first paint of
   * a large one (detecting it here is quicker than in a worker that has yet to start). Otherwise (a large
   * article whose text changed) the worker detects it, and the article is painted again once it has.
   */
  private detectionsReady(entry: ArticleEntry): boolean {
    const session = entry.session;
    if (!this.detector || session.detectionSkipped || session.text.length < WORKER_MIN_CHARS) return true;
    if (!this.painted.has(entry)) {
      this.painted.add(entry);
      return true;
    }
    const options = session.detectOptions();
    if (this.detector.has(session.text, options)) return true;
    const text = session.text;
    void this.detector.prepare(text, options, entry.articleUri.toString()).then((ready) => {
      if (ready && !this.isDisposed && this.store.get(entry.articleUri) === entry && entry.session.text === text) this.refresh(entry);
    });
    return false;
  }

  /** Annotations, and the suggestions when `detected` (else the ones painted before, moved along the edits). */
  private spans(entry: ArticleEntry, document: vscode.TextDocument, detected: boolean): DecoratedSpan[] {
    const offsets = offsetsOf(document);
    const index = offsets.textIndex;
    const spans: DecoratedSpan[] = [];
    for (const a of entry.session.annotations()) {
      const status = annotationStatus(a);
      if (status === 'orphan') continue;
      spans.push({ kind: kindOf(a), start: index.toUtf16(a.start), end: index.toUtf16(a.end), suggestion: false, review: status === 'review' });
    }
    if (!detected) return [...spans, ...(this.decorations.paintedSuggestions(document) ?? [])];
    for (const s of entry.session.suggestions(enabledSuggestionKinds())) {
      spans.push({ kind: s.kind, start: index.toUtf16(s.start), end: index.toUtf16(s.end), suggestion: true });
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
            vscode.l10n.t(
              'Orphaned {0} annotation "{1}": its text was not found. It is kept in the sidecar; select the right text and run "Newsmark: Re-attach Orphaned Annotation to Selection…".',
              kindWord(a),
              a.quote,
            ),
            vscode.DiagnosticSeverity.Warning,
          );
          d.source = 'newsmark';
          d.code = 'orphan';
          list.push(d);
        } else if (status === 'review') {
          const d = new vscode.Diagnostic(
            offsets.range(a.start, a.end),
            vscode.l10n.t('The {0} annotation "{1}" was re-anchored on similar text after an edit: check it.', kindWord(a), a.quote),
            vscode.DiagnosticSeverity.Information,
          );
          d.source = 'newsmark';
          d.code = 'review';
          list.push(d);
        }
      }
    }
    this.diagnostics.set(entry.articleUri, list);
    this.diagnostics.set(
      entry.sidecarUri,
      entry.problems.map((p) => problemDiagnostic(p, 'invalid-sidecar')),
    );
    const corpus = this.store.corpusProblems();
    if (corpus.uri)
      this.diagnostics.set(
        corpus.uri,
        corpus.problems.map((p) => problemDiagnostic(p)),
      );
  }
}

/** A sidecar's or newsmark.yaml's problem in the Problems panel, in the interface's language, at its line and column. */
function problemDiagnostic(p: YamlProblem, code?: string): vscode.Diagnostic {
  const pos = new vscode.Position(Math.max(0, p.line - 1), Math.max(0, p.column - 1));
  const d = new vscode.Diagnostic(new vscode.Range(pos, pos.translate(0, 1)), problemMessage(p), vscode.DiagnosticSeverity.Error);
  d.source = 'newsmark';
  if (code) d.code = code;
  return d;
}
