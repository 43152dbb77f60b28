import * as vscode from 'vscode';
import { DECORATED_KINDS, type DecoratedKind } from '../core/session/detectorKinds';
import { Disposable } from './lifecycle';

// Kinds drawn in the editor come from the detector registry; each has a confirmed and a suggestion style,
// themable through `newsmark.*` colours.
export { DECORATED_KINDS, type DecoratedKind } from '../core/session/detectorKinds';

export interface DecoratedSpan {
  kind: DecoratedKind;
  /** UTF-16 offsets in the document as it is when painted (convert.ts turns core code points into these). */
  start: number;
  end: number;
  /** A detection not yet accepted: drawn lighter, with a dotted underline. */
  suggestion: boolean;
  /** A confirmed annotation re-anchored fuzzily: drawn with a review border. */
  review?: boolean;
}

/** One change of a document, as `TextDocumentContentChangeEvent` gives it (UTF-16 offsets). */
export interface TextChange {
  rangeOffset: number;
  rangeLength: number;
  text: string;
}

/** What was last painted for a document. */
export interface PaintedState {
  confirmed: number;
  suggestions: number;
  /** The document version the spans are for. */
  version: number;
  /**
   * True when the spans come from the session at this very text (re-anchored annotations, fresh detections);
   * false when they are the previous ones moved along an edit, or when suggestions are still being detected.
   */
  fresh: boolean;
}

/**
 * Moves spans along document changes applied in order (as VS Code reports them). Text inserted at either
 * edge stays outside a span; a suggestion the change cuts into is dropped (detection will say what it is
 * now); an annotation the change cuts into keeps covering what is left of it until re-anchoring decides.
 * `touched` tells whether a change met a span (cut into it or reached its edge): elsewhere, VS Code has
 * moved the decorations exactly so already.
 */
export function shiftSpans(spans: readonly DecoratedSpan[], changes: readonly TextChange[]): { spans: DecoratedSpan[]; touched: boolean } {
  let out = spans as DecoratedSpan[];
  let touched = false;
  for (const c of changes) {
    const cs = c.rangeOffset;
    const ce = cs + c.rangeLength;
    const delta = c.text.length - c.rangeLength;
    const next: DecoratedSpan[] = [];
    for (const s of out) {
      if (cs <= s.end && s.start <= ce) touched = true;
      if (s.end <= cs) next.push(s);
      else if (s.start >= ce) next.push(delta === 0 ? s : { ...s, start: s.start + delta, end: s.end + delta });
      else if (!s.suggestion) {
        const start = s.start < cs ? s.start : cs;
        const end = s.end > ce ? s.end + delta : cs + c.text.length;
        if (end > start) next.push({ ...s, start, end });
      }
    }
    out = next;
  }
  return { spans: out === spans ? [...spans] : out, touched };
}

/**
 * Owns the decoration types (created once, on the first paint) and paints an editor: every type is set on every pass,
 * with `[]` clearing what is gone, so nothing stale survives.
 */
export class AnnotationDecorations extends Disposable {
  /** The decoration types, created on the first paint: activation (which builds this class) does not pay for them. */
  private types:
    | {
        confirmed: Map<DecoratedKind, vscode.TextEditorDecorationType>;
        suggested: Map<DecoratedKind, vscode.TextEditorDecorationType>;
        review: vscode.TextEditorDecorationType;
      }
    | undefined;
  /** Last painted spans per document: followed along edits, and observed by tests and the benchmark. */
  private readonly painted = new Map<string, { spans: DecoratedSpan[]; state: PaintedState }>();
  private readonly _onDidPaint = this._register(new vscode.EventEmitter<vscode.Uri>());
  /** The decorations of a document's editors changed: painted, or moved along an edit. */
  readonly onDidPaint = this._onDidPaint.event;

  constructor() {
    super();
    this._register(vscode.workspace.onDidCloseTextDocument((d) => this.painted.delete(d.uri.toString())));
  }

  private decorationTypes(): NonNullable<AnnotationDecorations['types']> {
    if (this.types) return this.types;
    const confirmed = new Map<DecoratedKind, vscode.TextEditorDecorationType>();
    const suggested = new Map<DecoratedKind, vscode.TextEditorDecorationType>();
    for (const kind of DECORATED_KINDS) {
      confirmed.set(
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
      suggested.set(
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
    const review = this._register(
      vscode.window.createTextEditorDecorationType({
        outlineColor: new vscode.ThemeColor('newsmark.reviewBorder'),
        outlineStyle: 'dashed',
        outlineWidth: '1px',
        overviewRulerColor: new vscode.ThemeColor('newsmark.reviewBorder'),
        overviewRulerLane: vscode.OverviewRulerLane.Left,
      }),
    );
    this.types = { confirmed, suggested, review };
    return this.types;
  }

  /**
   * Paints every visible editor of a document (`fresh`: see PaintedState). Fires onDidPaint once the
   * decorations are set.
   */
  paint(document: vscode.TextDocument, editors: readonly vscode.TextEditor[], spans: readonly DecoratedSpan[], fresh = true): void {
    const confirmed = new Map<DecoratedKind, vscode.Range[]>(DECORATED_KINDS.map((k) => [k, []]));
    const suggested = new Map<DecoratedKind, vscode.Range[]>(DECORATED_KINDS.map((k) => [k, []]));
    const review: vscode.Range[] = [];
    for (const span of spans) {
      const range = new vscode.Range(document.positionAt(span.start), document.positionAt(span.end));
      (span.suggestion ? suggested : confirmed).get(span.kind)?.push(range);
      if (span.review) review.push(range);
    }
    const types = this.decorationTypes();
    let confirmedCount = 0;
    let suggestionCount = 0;
    for (const kind of DECORATED_KINDS) {
      const c = confirmed.get(kind) ?? [];
      const s = suggested.get(kind) ?? [];
      confirmedCount += c.length;
      suggestionCount += s.length;
      for (const editor of editors) {
        editor.setDecorations(types.confirmed.get(kind)!, c);
        editor.setDecorations(types.suggested.get(kind)!, s);
      }
    }
    for (const editor of editors) editor.setDecorations(types.review, review);
    const state: PaintedState = { confirmed: confirmedCount, suggestions: suggestionCount, version: document.version, fresh };
    this.painted.set(document.uri.toString(), { spans: [...spans], state });
    this._onDidPaint.fire(document.uri);
  }

  /**
   * The document changed: moves what was painted along the changes, at once. VS Code moves decorations on
   * its own, but grows them over text typed at their edges and keeps a suggestion over a word cut into:
   * where a change met a span, the moved spans are painted again; elsewhere VS Code's move is already right.
   * Either way the painted state follows the text until re-anchoring and detection catch up.
   */
  follow(document: vscode.TextDocument, changes: readonly TextChange[]): void {
    const key = document.uri.toString();
    const last = this.painted.get(key);
    // One change event per version: a gap means an event we did not see, and spans we cannot move.
    if (!last || last.state.version !== document.version - 1) {
      this.painted.delete(key);
      return;
    }
    const { spans, touched } = shiftSpans(last.spans, changes);
    const editors = vscode.window.visibleTextEditors.filter((e) => e.document.uri.toString() === key);
    if (touched && editors.length > 0) {
      this.paint(document, editors, spans, false);
      return;
    }
    const confirmed = spans.filter((s) => !s.suggestion).length;
    this.painted.set(key, { spans, state: { confirmed, suggestions: spans.length - confirmed, version: document.version, fresh: false } });
    if (editors.length > 0) this._onDidPaint.fire(document.uri);
  }

  /** The suggestions last painted for a document, when they are for its current version. */
  paintedSuggestions(document: vscode.TextDocument): DecoratedSpan[] | undefined {
    const last = this.painted.get(document.uri.toString());
    return last && last.state.version === document.version ? last.spans.filter((s) => s.suggestion) : undefined;
  }

  /** The spans last painted for a document (UTF-16 offsets of its version in `paintedCounts`). */
  paintedSpans(uri: vscode.Uri): readonly DecoratedSpan[] | undefined {
    return this.painted.get(uri.toString())?.spans;
  }

  /** What was last painted for a document (confirmed annotations and suggestions counted). */
  paintedCounts(uri: vscode.Uri): PaintedState | undefined {
    return this.painted.get(uri.toString())?.state;
  }
}
