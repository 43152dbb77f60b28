// Messages that tell the user to run a command name it exactly as the command palette shows it
// (issue #18, item 7: the orphan message named a command the palette calls differently).
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..', '..');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? sources(p) : p.endsWith('.ts') ? [p] : [];
  });
}

describe('command names in messages', () => {
  it('names every command as "Newsmark: <its palette title>"', () => {
    const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { contributes: { commands: Array<{ title: string; category?: string }> } };
    // Titles are "%key%" references into package.nls.json (English, the language of these messages).
    const nls = JSON.parse(readFileSync(join(ROOT, 'package.nls.json'), 'utf8')) as Record<string, string>;
    const title = (t: string) => t.replace(/^%(.+)%$/, (_, key: string) => nls[key] ?? t);
    const palette = new Set(manifest.contributes.commands.map((c) => `${c.category ?? ''}: ${title(c.title)}`));
    const cited = sources(join(ROOT, 'src')).flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/"(Newsmark: [^"]+)"/g)].map((m) => ({ file, name: m[1] })),
    );
    assert.ok(cited.length >= 2, 'messages cite commands');
    for (const { file, name } of cited) assert.ok(palette.has(name), `${file} cites "${name}", which the palette does not show`);
  });
});
