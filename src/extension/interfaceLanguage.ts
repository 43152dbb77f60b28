import * as vscode from 'vscode';
import type { Lang } from '../core/session/describe';

/**
 * The language Newsmark's words are in: VS Code's display language when it is French, else English
 * (the two languages l10n/ and package.nls.*.json hold). Dates and durations in hovers follow it too.
 */
export function interfaceLanguage(): Lang {
  return vscode.env.language.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}
