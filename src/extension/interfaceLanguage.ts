import * as vscode from 'vscode';
import { kindName, type Lang } from '../core/session/describe';

/**
 * The language Newsmark's words are in: VS Code's display language when it is French, else English
 * (the two languages l10n/ and package.nls.*.json hold). Dates and durations in hovers follow it too.
 */
export function interfaceLanguage(): Lang {
  return vscode.env.language.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

/** A suggestion kind or an annotation (type, claim attribute) named in the interface's language, for a sentence. */
export function kindWord(what: string | { type: string; attribute?: string }): string {
  return kindName(what, interfaceLanguage());
}

/** The same name as a title or a list item ("Person", "Durée"). */
export function kindTitle(what: string | { type: string; attribute?: string }): string {
  const word = kindWord(what);
  return word.charAt(0).toLocaleUpperCase(interfaceLanguage()) + word.slice(1);
}
