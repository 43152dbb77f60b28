// The timeline and comparison panels show the interface's language: their words come from the extension
// (vscode.l10n.t, with the messages), and the page scripts hold none of their own.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fillWords } from '../../../src/core/views/messages';
import { sources } from './messages';

const WEBVIEW = join(__dirname, '..', '..', '..', 'src', 'webview');

/** Literal words a page script would show as they are: text of an element, a title, an aria label. */
function shownLiterals(code: string): string[] {
  const literal = /(['"`])((?:\\.|(?!\1)[^\\])*)\1/.source;
  const places = [String.raw`\.(?:textContent|title)\s*=\s*`, String.raw`\bhtml\(\s*'[a-z0-9]+'\s*,\s*[^,()]+,\s*`, String.raw`'aria-label'(?:\s*,|:)\s*`];
  // What is left once the template's ${…} parts (values, not words) are taken out.
  const words = (s: string) => s.replace(/\$\{[^}]*(\}|$)/g, '');
  const shown = places.flatMap((p) => [...code.matchAll(new RegExp(p + literal, 'g'))].map((m) => m[2])).filter((s) => /\p{L}{2}/u.test(words(s)));
  // A table of words (`zoomIn: 'Zoom avant'`): a property whose value is a phrase.
  const table = [...code.matchAll(new RegExp(/\b[A-Za-z]+:\s*/.source + literal, 'g'))].map((m) => m[2]).filter((s) => /\p{L}+ \p{L}+/u.test(words(s)));
  return [...shown, ...table];
}

describe('the panels in the interface language', () => {
  it('fills the numbered placeholders of the words the extension sends, and leaves unknown ones', () => {
    assert.equal(fillWords('← {0} earlier', 3), '← 3 earlier');
    assert.equal(fillWords("L'événement {0} n'existe plus.", 'talks-1'), "L'événement talks-1 n'existe plus.");
    assert.equal(fillWords('{1} of {0}', 'a'), '{1} of a');
  });

  it('finds no word of their own in the page scripts', () => {
    const found = sources(WEBVIEW).flatMap((f) => shownLiterals(readFileSync(f, 'utf8')).map((s) => `${f.slice(WEBVIEW.length + 1)}: ${s}`));
    assert.deepEqual(found, [], 'send these words from the extension (src/extension/panelWords.ts)');
  });

  it('flags a literal label in a page script, not a computed one or a symbol', () => {
    const code = [
      "b.textContent = 'Zoom in';",
      "const WORDS = { fr: { fit: 'Tout voir', role: 'list' } };",
      "html('h2', undefined, 'Désaccords', root);",
      "zoomIn.textContent = '+';",
      'fit.textContent = w.fit;',
      "html('p', 'none', w.none, root);",
    ].join('\n');
    assert.deepEqual(shownLiterals(code), ['Zoom in', 'Désaccords', 'Tout voir']);
  });
});
