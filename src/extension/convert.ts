import * as vscode from 'vscode';
import { TextIndex } from '../core/text/offsets';

/**
 * Converts core code-point offsets to VS Code ranges and back for one document version.
 * The only adapter-side use of offsets: everything goes through TextIndex.
 */
export class DocumentOffsets {
  private readonly index: TextIndex;

  constructor(private readonly document: vscode.TextDocument) {
    this.index = new TextIndex(document.getText());
  }

  get text(): string {
    return this.index.text;
  }

  get textIndex(): TextIndex {
    return this.index;
  }

  range(start: number, end: number): vscode.Range {
    return new vscode.Range(this.position(start), this.position(end));
  }

  position(codePoint: number): vscode.Position {
    return this.document.positionAt(this.index.toUtf16(codePoint));
  }

  offset(position: vscode.Position): number {
    return this.index.toCodePoint(this.document.offsetAt(position));
  }

  offsets(range: vscode.Range): { start: number; end: number } {
    return { start: this.offset(range.start), end: this.offset(range.end) };
  }
}

/** Cache of DocumentOffsets keyed by document and version, so a pass builds the index once. */
const cache = new WeakMap<vscode.TextDocument, { version: number; offsets: DocumentOffsets }>();

export function offsetsOf(document: vscode.TextDocument): DocumentOffsets {
  const hit = cache.get(document);
  if (hit && hit.version === document.version) return hit.offsets;
  const offsets = new DocumentOffsets(document);
  cache.set(document, { version: document.version, offsets });
  return offsets;
}
