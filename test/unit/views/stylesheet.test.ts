// The timeline and comparison panels are theme-aware (issue #16): every colour they draw comes from the
// workbench's theme variables (--vscode-*), so a dark, light or high-contrast theme restyles them.
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..', '..');
const COLOUR_PROPERTY = /(?:^|[;{\s])((?:background-)?color|background|fill|stroke|border(?:-[a-z]+)?|outline(?:-color)?|box-shadow)\s*:\s*([^;}]+)/g;
/** A colour written out: #hex, rgb()/hsl(), or a CSS colour name other than the keywords that keep the theme's. */
const LITERAL = /#[0-9a-f]{3,8}\b|\b(?:rgba?|hsla?|hwb|lab|lch|oklab|oklch)\(|\b(?:red|blue|green|white|black|gr[ae]y|yellow|orange|purple|pink)\b/i;

/** A declaration's value with its var(--vscode-…) references taken out (their names say "blue", "red"…). */
const withoutThemeVariables = (value: string) => value.replace(/var\(--vscode-[\w-]+\)/g, '');

describe("the panels' stylesheet", () => {
  it('takes every colour from the theme (var(--vscode-*)), never a written colour', () => {
    const css = readFileSync(join(ROOT, 'media', 'views.css'), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
    const colours = [...css.matchAll(COLOUR_PROPERTY)].map((m) => `${m[1]}: ${m[2].trim()}`);
    assert.ok(colours.length >= 10, `colour declarations found: ${colours.length}`);
    assert.ok(colours.some((d) => /var\(--vscode-/.test(d)));
    for (const d of colours) assert.doesNotMatch(withoutThemeVariables(d), LITERAL, d);
  });

  it("leaves colour to the stylesheet: the panels' scripts set no colour of their own", () => {
    for (const file of readdirSync(join(ROOT, 'src', 'webview'))) {
      const script = readFileSync(join(ROOT, 'src', 'webview', file), 'utf8');
      // An inline style, a fill/stroke attribute, or one in the attribute objects given to svg().
      assert.doesNotMatch(
        script,
        /\.style\.(?:color|background|fill|stroke)|setAttribute\(['"](?:fill|stroke|style)['"]|\b(?:fill|stroke|color)\s*:\s*['"`]/,
        file,
      );
    }
  });
});
