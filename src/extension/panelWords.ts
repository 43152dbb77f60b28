import * as vscode from 'vscode';
import type { CompareWords, TimelineWords } from '../core/views/messages';

/** The timeline panel's words in the interface's language, sent with its events. */
export function timelineWords(): TimelineWords {
  return {
    zoomIn: vscode.l10n.t('Zoom in'),
    zoomOut: vscode.l10n.t('Zoom out'),
    fit: vscode.l10n.t('Fit'),
    byKind: vscode.l10n.t('By kind'),
    byPlace: vscode.l10n.t('By place'),
    compare: vscode.l10n.t('Compare sources'),
    undated: vscode.l10n.t('Undated:'),
    before: vscode.l10n.t('← {0} earlier'),
    after: vscode.l10n.t('{0} later →'),
    oneSource: vscode.l10n.t('{0} source'),
    sources: vscode.l10n.t('{0} sources'),
    disagreement: vscode.l10n.t('sources disagree'),
    empty: vscode.l10n.t('No event in the corpus.'),
    help: vscode.l10n.t('Arrows: move · Enter: open · C: compare · + / −: zoom · Shift+arrows: scroll'),
  };
}

/** The comparison panel's words in the interface's language, sent with its table. */
export function compareWords(): CompareWords {
  return {
    attribute: vscode.l10n.t('Attribute'),
    disagreements: vscode.l10n.t('Disagreements'),
    none: vscode.l10n.t('No disagreement between these sources.'),
    confirmed: vscode.l10n.t('confirmed'),
    missing: vscode.l10n.t('Event {0} no longer exists.'),
  };
}
