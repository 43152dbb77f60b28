import * as vscode from 'vscode';
import { problemText, type ProblemWords } from '../core/sidecar/problems';

/**
 * A problem of a sidecar or newsmark.yaml in the interface's language: core gives its code and values, its
 * English text (core/sidecar/problems.ts PROBLEM_TEXTS) is the key of its French in l10n/bundle.l10n.fr.json.
 */
export function problemMessage(p: ProblemWords): string {
  return problemText(p, (template, ...args) => vscode.l10n.t(template, ...args));
}
