// The interface exists in English and French: every manifest key and every vscode.l10n.t message of the
// extension has its French text, with the same placeholders, and no translation is left over.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXPORT_FORMATS, exportFormat } from '../../../src/core/export';
import { PROBLEM_TEXTS } from '../../../src/core/sidecar/problems';
import { l10nMessages, literalUiStrings, messagesUnder, sources } from './messages';

const ROOT = join(__dirname, '..', '..', '..');
const json = (name: string) => JSON.parse(readFileSync(join(ROOT, name), 'utf8')) as Record<string, unknown>;

const placeholders = (s: string) => [...s.matchAll(/\{(\d+)\}/g)].map((m) => m[1]).sort();

/** Every string value of the manifest's user-facing fields that is not a %key% reference. */
function literalManifestStrings(value: unknown, path: string[] = []): string[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => literalManifestStrings(v, [...path, String(i)]));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => literalManifestStrings(v, [...path, k]));
  const field = path[path.length - 1];
  const userFacing = ['title', 'description', 'markdownDescription', 'name', 'contents', 'label', 'altText', 'contextualTitle', 'shortTitle'];
  if (typeof value === 'string' && userFacing.includes(field) && !/^%.+%$/.test(value) && value !== 'Newsmark') return [path.join('.')];
  return [];
}

describe('the interface in English and French', () => {
  it('gives every manifest key both languages, and package.json only %key% references', () => {
    const en = json('package.nls.json');
    const fr = json('package.nls.fr.json');
    assert.deepEqual(Object.keys(fr).sort(), Object.keys(en).sort());
    for (const [key, text] of Object.entries(en)) assert.deepEqual(placeholders(String(fr[key])), placeholders(String(text)), key);
    const pkg = readFileSync(join(ROOT, 'package.json'), 'utf8');
    for (const m of pkg.matchAll(/"%([^"%]+)%"/g)) assert.ok(m[1] in en, `package.json refers to ${m[1]}, which package.nls.json lacks`);
    const manifest = json('package.json') as { contributes: unknown; displayName: string; description: string };
    assert.deepEqual(
      literalManifestStrings(manifest.contributes).filter((p) => !p.startsWith('languages.')),
      [],
      'run node scripts/nls.mjs',
    );
  });

  it('has a French text for every l10n.t message of the extension, and none left over', () => {
    const messages = messagesUnder(join(ROOT, 'src', 'extension'));
    assert.ok(messages.size > 20, `only ${messages.size} messages found: the extractor is broken`);
    // The problems of sidecars and newsmark.yaml: core's English texts, said through vscode.l10n.t (problemWords.ts).
    for (const text of Object.values(PROBLEM_TEXTS)) messages.add(text);
    // The export formats' descriptions (core/export), said through vscode.l10n.t in the Export… quick pick.
    for (const name of EXPORT_FORMATS) messages.add(exportFormat(name)!.description);
    const fr = json(join('l10n', 'bundle.l10n.fr.json'));
    const missing = [...messages].filter((m) => typeof fr[m] !== 'string');
    assert.deepEqual(missing, [], 'messages without French in l10n/bundle.l10n.fr.json');
    const stale = Object.keys(fr).filter((k) => !messages.has(k));
    assert.deepEqual(stale, [], 'French texts no l10n.t call uses any more');
    for (const m of messages) assert.deepEqual(placeholders(String(fr[m])), placeholders(m), m);
  });

  it('passes no plain literal to a notification, a status bar message or a quick pick / input box / progress title', () => {
    const literals = sources(join(ROOT, 'src', 'extension')).flatMap((f) =>
      literalUiStrings(readFileSync(f, 'utf8')).map((s) => `${f.slice(ROOT.length + 1)}: ${s}`),
    );
    assert.deepEqual(literals, [], 'wrap these in vscode.l10n.t (and add their French)');
  });

  it('flags literal notifications and titles, not l10n.t calls or computed values', () => {
    const code = [
      "vscode.window.showErrorMessage('Broken');",
      'vscode.window.showWarningMessage(`Lost ${n}`);',
      "showQuickPick(items, { title: 'Pick one', placeHolder: vscode.l10n.t('Type') });",
      'showInputBox({ prompt: "Name" });',
      "vscode.window.showInformationMessage(vscode.l10n.t('Fine'));",
      'vscode.window.showErrorMessage(message);',
      "createPanel(uri, { title: vscode.l10n.t('Timeline'), viewType: 'newsmark.timeline' });",
    ].join('\n');
    assert.deepEqual(literalUiStrings(code), ['Broken', 'Lost ${n}', 'Pick one', 'Name']);
  });

  it('reads l10n.t messages with escapes and skips computed ones', () => {
    const code = "vscode.l10n.t('It\\'s {0}', x); l10n.t(\"Say \\\"hi\\\"\"); l10n.t(`a ${'$'}{b}`); l10n.t(`plain`)";
    assert.deepEqual(l10nMessages(code), ["It's {0}", 'Say "hi"', 'plain']);
  });
});
