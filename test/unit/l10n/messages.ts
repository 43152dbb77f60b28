/** Finding the messages the extension localises, for the coverage test (and for whoever adds translations). */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** The .ts files under `dir`. */
export function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? sources(p) : p.endsWith('.ts') ? [p] : [];
  });
}

/** The messages of `l10n.t('…')` calls whose first argument is a string literal (quotes or a template without `${`). */
export function l10nMessages(code: string): string[] {
  const out: string[] = [];
  const call = /l10n\.t\(\s*(['"`])((?:\\.|(?!\1)[^\\])*)\1/g;
  for (const m of code.matchAll(call)) {
    if (m[1] === '`' && m[2].includes('${')) continue;
    out.push(m[2].replace(/\\(.)/g, (_, c: string) => (c === 'n' ? '\n' : c)));
  }
  return out;
}

/** Every message under `dir`, once each. */
export function messagesUnder(dir: string): Set<string> {
  return new Set(sources(dir).flatMap((f) => l10nMessages(readFileSync(f, 'utf8'))));
}

/**
 * Plain literals (quotes, or a template that starts with a word) handed to the places VS Code shows as they are:
 * notifications, status bar messages, and the title / prompt / placeHolder of quick picks, input boxes and progress.
 * A literal there stays English whatever the interface language; `vscode.l10n.t(…)` there is what is wanted.
 */
export function literalUiStrings(code: string): string[] {
  const shown = /(?:show(?:Error|Information|Warning)Message|setStatusBarMessage)\(\s*(['"`])((?:\\.|(?!\1)[^\\])*)\1/g;
  const option = /\b(?:title|prompt|placeHolder):\s*(['"`])([A-Za-z](?:\\.|(?!\1)[^\\])*)\1/g;
  return [...code.matchAll(shown), ...code.matchAll(option)].map((m) => m[2]);
}

/** Runs `fn` with LANG set to `lang` (LC_ALL and LC_MESSAGES unset, so LANG decides), then restores the environment. */
export async function underLang(lang: string, fn: () => Promise<void>): Promise<void> {
  const saved = { LANG: process.env.LANG, LC_ALL: process.env.LC_ALL, LC_MESSAGES: process.env.LC_MESSAGES };
  try {
    delete process.env.LC_ALL;
    delete process.env.LC_MESSAGES;
    process.env.LANG = lang;
    await fn();
  } finally {
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  }
}
