import * as vscode from 'vscode';

/** Words of the corpus trees in the interface's language, as whole messages (vscode.l10n.t). */

export type Counted = 'year' | 'month' | 'week' | 'day' | 'mention' | 'quote' | 'article' | 'contradiction';

/** "1 mention", "3 mentions", in the interface's language: whole messages, so that each language has its own plural. */
export function plural(n: number, what: Counted): string {
  const one = n === 1;
  switch (what) {
    case 'year':
      return one ? vscode.l10n.t('{0} year', n) : vscode.l10n.t('{0} years', n);
    case 'month':
      return one ? vscode.l10n.t('{0} month', n) : vscode.l10n.t('{0} months', n);
    case 'week':
      return one ? vscode.l10n.t('{0} week', n) : vscode.l10n.t('{0} weeks', n);
    case 'day':
      return one ? vscode.l10n.t('{0} day', n) : vscode.l10n.t('{0} days', n);
    case 'mention':
      return one ? vscode.l10n.t('{0} mention', n) : vscode.l10n.t('{0} mentions', n);
    case 'quote':
      return one ? vscode.l10n.t('{0} quote', n) : vscode.l10n.t('{0} quotes', n);
    case 'article':
      return one ? vscode.l10n.t('{0} article', n) : vscode.l10n.t('{0} articles', n);
    default:
      return one ? vscode.l10n.t('{0} contradiction', n) : vscode.l10n.t('{0} contradictions', n);
  }
}

/** What a contradiction is about, in the interface's language (built on use: l10n is ready by then). */
export function attributeLabel(attribute: string): string {
  const labels: Record<string, string> = {
    duration: vscode.l10n.t('Duration'),
    date: vscode.l10n.t('Date'),
    time: vscode.l10n.t('Time'),
    count: vscode.l10n.t('Count'),
    place: vscode.l10n.t('Place'),
    participants: vscode.l10n.t('Participants'),
    ordinal: vscode.l10n.t('Round of talks'),
    magnitude: vscode.l10n.t('Magnitude'),
    direction: vscode.l10n.t('Bearing'),
    distance: vscode.l10n.t('Distance'),
    depth: vscode.l10n.t('Depth'),
    speed: vscode.l10n.t('Speed'),
    area: vscode.l10n.t('Area'),
    penalty: vscode.l10n.t('Prison sentence'),
    quote: vscode.l10n.t('Quote'),
    user: vscode.l10n.t('Marked by you'),
  };
  return labels[attribute] ?? attribute;
}

/** A contradiction's verdict as its tooltip says it, in the interface's language. */
export function verdictWord(status: string): string {
  const words: Record<string, string> = { open: vscode.l10n.t('open'), confirmed: vscode.l10n.t('confirmed'), dismissed: vscode.l10n.t('dismissed') };
  return words[status] ?? status;
}
