import * as vscode from 'vscode';
import { Disposable } from './lifecycle';

/** Kinds drawn in the editor; each has a confirmed and a suggestion style, themable through `newsmark.*` colours. */
export const DECORATED_KINDS = ['person', 'date', 'quote', 'duration', 'event', 'claim', 'place', 'organisation', 'note'] as const;
export type DecoratedKind = (typeof DECORATED_KINDS)[number];

export interface DecoratedSpan {
  kind: DecoratedKind;
  range: vscode.Range;
  /** A detection not yet accepted: drawn lighter, with a dotted underline. */
  suggestion: boolean;
  /** A confirmed annotation re-anchored fuzzily: drawn with a review border. */
  review?: boolean;
}

/**
 * Owns the decoration types (created once) and paints an editor: every type is set on every pass,
 * with `[]` clearing what is gone, so nothing stale survives.
 */
export class AnnotationDecorations extends Disposable {
  private readonly confirmed = new Map<DecoratedKind, vscode.TextEditorDecorationType>();
  private readonly suggested = new Map<DecoratedKind, vscode.TextEditorDecorationType>();
  private readonly review: vscode.TextEditorDecorationType;
  /** Last painted spans per document, for tests and the benchmark to observe. */
  private readonly painted = new Map<string, { confirmed: number; suggestions: number }>();
  private readonly _onDidPaint = this._register(new vscode.EventEmitter<vscode.Uri>());
  readonly onDidPaint = this._onDidPaint.event;

  constructor() {
    super();
    for (const kind of DECORATED_KINDS) {
      this.confirmed.set(
        kind,
        this._register(
          vscode.window.createTextEditorDecorationType({
            backgroundColor: new vscode.ThemeColor(`newsmark.${kind}Background`),
            borderColor: new vscode.ThemeColor(`newsmark.${kind}Border`),
            borderStyle: 'solid',
            borderWidth: '0 0 2px 0',
            overviewRulerColor: new vscode.ThemeColor(`newsmark.${kind}Border`),
            overviewRulerLane: vscode.OverviewRulerLane.Right,
            rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
          }),
        ),
      );
      this.suggested.set(
        kind,
        this._register(
          vscode.window.createTextEditorDecorationType({
            backgroundColor: new vscode.ThemeColor(`newsmark.${kind}SuggestionBackground`),
            borderColor: new vscode.ThemeColor(`newsmark.${kind}Border`),
            borderStyle: 'dotted',
            borderWidth: '0 0 1px 0',
            rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
          }),
        ),
      );
    }
    this.review = this._register(
      vscode.window.createTextEditorDecorationType({
        outlineColor: new vscode.ThemeColor('newsmark.reviewBorder'),
        outlineStyle: 'dashed',
        outlineWidth: '1px',
        overviewRulerColor: new vscode.ThemeColor('newsmark.reviewBorder'),
        overviewRulerLane: vscode.OverviewRulerLane.Left,
      }),
    );
  }

  paint(editor: vscode.TextEditor, spans: readonly DecoratedSpan[]): void {
    const confirmed = new Map<DecoratedKind, vscode.Range[]>(DECORATED_KINDS.map((k) => [k, []]));
    const suggested = new Map<DecoratedKind, vscode.Range[]>(DECORATED_KINDS.map((k) => [k, []]));
    const review: vscode.Range[] = [];
    for (const span of spans) {
      (span.suggestion ? suggested : confirmed).get(span.kind)?.push(span.range);
      if (span.review) review.push(span.range);
    }
    let confirmedCount = 0;
    let suggestionCount = 0;
    for (const kind of DECORATED_KINDS) {
      const c = confirmed.get(kind) ?? [];
      const s = suggested.get(kind) ?? [];
      confirmedCount += c.length;
      suggestionCount += s.length;
      editor.setDecorations(this.confirmed.get(kind)!, c);
      editor.setDecorations(this.suggested.get(kind)!, s);
    }
    editor.setDecorations(this.review, review);
    this.painted.set(editor.document.uri.toString(), { confirmed: confirmedCount, suggestions: suggestionCount });
    this._onDidPaint.fire(editor.document.uri);
  }

  /** What was last painted for a document (confirmed annotations and suggestions counted). */
  paintedCounts(uri: vscode.Uri): { confirmed: number; suggestions: number } | undefined {
    return this.painted.get(uri.toString());
  }
}
