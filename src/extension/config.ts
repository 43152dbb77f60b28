/**
 * Newsmark's settings, read in one place: typed, with the defaults of settings.ts, and change events that
 * say which settings changed. VS Code's configuration stays the only state: every read asks it, so a
 * change is seen at once, and there is nothing to keep in sync.
 */
import * as vscode from 'vscode';
import { SETTING_DEFAULTS, SETTING_KEYS, type SettingKey, type Settings } from './settings';

/** The value of a `newsmark.*` setting (its default when unset or of the wrong type). */
export function setting<K extends SettingKey>(key: K): Settings[K] {
  const value = vscode.workspace.getConfiguration('newsmark').get<unknown>(key);
  const fallback = SETTING_DEFAULTS[key];
  return (typeof value === typeof fallback ? value : fallback) as Settings[K];
}

/**
 * Calls `listener` with the settings that changed, when one of `keys` (default: any Newsmark setting) did.
 * Dispose of the result to stop.
 */
export function onDidChangeSettings(listener: (changed: SettingKey[]) => void, keys: readonly SettingKey[] = SETTING_KEYS): vscode.Disposable {
  return vscode.workspace.onDidChangeConfiguration((e) => {
    const changed = keys.filter((k) => e.affectsConfiguration(`newsmark.${k}`));
    if (changed.length) listener(changed);
  });
}
