import * as vscode from 'vscode';
import { dateTimex } from '../core/detect/timex';
import { annotationTitle, describeValue } from '../core/session/describe';
import { annotationStatus } from '../core/sidecar/schema';
import { personIdKey } from '../core/detect/personKey';
import { describeAuthorship } from '../core/team/authorship';
import { offsetsOf } from './convert';
import { enabledSuggestionKinds } from './articleEditors';
import { isArticle } from './articles';
import { interfaceLanguage, kindWord } from './interfaceLanguage';
import type { ArticleStore } from './store';

function commandLink(title: string, command: string, args: unknown[]): string {
  return `[${title}](command:${command}?${encodeURIComponent(JSON.stringify(args))})`;
}

/** Hover on annotations and suggestions: what it is, its value in words, who, and actions. */
export class AnnotationHoverProvider implements vscode.HoverProvider {
  constructor(private readonly store: ArticleStore) {}

  provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    if (!isArticle(document)) return undefined;
    const entry = this.store.get(document.uri);
    if (!entry || entry.session.text !== document.getText()) return undefined;
    const offsets = offsetsOf(document);
    const at = offsets.offset(position);
    const session = entry.session;
    const published = session.published();
    // Values in words follow the interface's language, not the article's: the reader's words.
    const lang = interfaceLanguage();
    // By key: a sidecar's older phonetic id ("iuri-uchakov") names the person detected as "iouri-ouchakov".
    const people = new Map(this.store.registry().map((p) => [p.id, p.name]));
    for (const p of session.detections().people) if (!people.has(personIdKey(p.id))) people.set(personIdKey(p.id), p.name);
    const name = (id: string | undefined) => (id ? (people.get(id) ?? people.get(personIdKey(id)) ?? id) : undefined);
    const uri = document.uri.toString();

    const annotation = session.annotationsAt(at)[0];
    if (annotation) {
      const md = new vscode.MarkdownString(undefined, true);
      md.isTrusted = {
        enabledCommands: ['newsmark.removeAnnotation', 'newsmark.editAnnotation', 'newsmark.linkPerson', 'newsmark.linkEvent', 'newsmark.confirmReview'],
      };
      const status = annotationStatus(annotation);
      const title = annotationTitle(annotation, lang);
      md.appendMarkdown(`${status === 'review' ? vscode.l10n.t('**{0}** · _re-anchored, please review_', title) : `**${title}**`}\n\n`);
      const timex = annotation.timexType && annotation.timexValue ? { type: annotation.timexType, value: annotation.timexValue } : undefined;
      if (annotation.value !== undefined) md.appendMarkdown(`${describeValue(annotation, published, lang, annotation.candidates, timex)}\n\n`);
      if (annotation.entity) md.appendMarkdown(`${vscode.l10n.t('Person: {0}', name(annotation.entity) ?? '')}\n\n`);
      if (annotation.speaker) md.appendMarkdown(`${vscode.l10n.t('Speaker: {0}', name(annotation.speaker) ?? '')}\n\n`);
      if (annotation.event) md.appendMarkdown(`${vscode.l10n.t('Event: {0}', `\`${annotation.event}\``)}\n\n`);
      if (annotation.note) md.appendMarkdown(`${vscode.l10n.t('Note: {0}', annotation.note)}\n\n`);
      const by = describeAuthorship(annotation);
      if (by) md.appendMarkdown(`_${vscode.l10n.t('Annotated: {0}', by)}_\n\n`);
      const actions = [
        commandLink(vscode.l10n.t('Edit note'), 'newsmark.editAnnotation', [uri, annotation.id]),
        commandLink(vscode.l10n.t('Link person'), 'newsmark.linkPerson', [uri, annotation.id]),
        commandLink(vscode.l10n.t('Link event'), 'newsmark.linkEvent', [uri, annotation.id]),
        commandLink(vscode.l10n.t('Remove'), 'newsmark.removeAnnotation', [uri, annotation.id]),
      ];
      if (status === 'review') actions.unshift(commandLink(vscode.l10n.t('Looks right'), 'newsmark.confirmReview', [uri, annotation.id]));
      md.appendMarkdown(actions.join(' · '));
      return new vscode.Hover(md, offsets.range(annotation.start, annotation.end));
    }

    const suggestion = session.suggestionAt(at, enabledSuggestionKinds());
    if (!suggestion) return undefined;
    const md = new vscode.MarkdownString(undefined, true);
    md.isTrusted = { enabledCommands: ['newsmark.acceptSuggestion', 'newsmark.rejectSuggestion', 'newsmark.acceptAllOfKind'] };
    md.appendMarkdown(`${vscode.l10n.t('**Suggestion: {0}** _(automatic detection)_', kindWord(suggestion.kind))}\n\n`);
    const fields = suggestion.fields;
    if (suggestion.kind === 'date') {
      const d = session.detections().dates.find((m) => m.start === suggestion.start && m.end === suggestion.end);
      md.appendMarkdown(`${describeValue({ type: 'date', value: fields.value }, published, lang, d?.candidates, d ? dateTimex(d) : undefined)}\n\n`);
      if (!published && d?.relative)
        md.appendMarkdown(`_${vscode.l10n.t('Publication date unknown: set it with "Newsmark: Set Publication Date of Article…".')}_\n\n`);
    } else if (suggestion.kind === 'duration') {
      md.appendMarkdown(`${describeValue({ type: 'claim', attribute: 'duration', value: fields.value, qualifier: fields.qualifier }, published, lang)}\n\n`);
    } else if (suggestion.kind === 'person') {
      md.appendMarkdown(`${vscode.l10n.t('Person: {0}', name(fields.entity) ?? '')}\n\n`);
    } else if (suggestion.kind === 'quote') {
      md.appendMarkdown(`${fields.speaker ? vscode.l10n.t('Speaker: {0}', name(fields.speaker) ?? '') : vscode.l10n.t('Speaker: not found')}\n\n`);
    }
    md.appendMarkdown(
      [
        commandLink(vscode.l10n.t('Accept'), 'newsmark.acceptSuggestion', [uri, suggestion.key]),
        commandLink(vscode.l10n.t('Reject'), 'newsmark.rejectSuggestion', [uri, suggestion.key]),
        commandLink(vscode.l10n.t('Accept all suggestions of this kind in the file'), 'newsmark.acceptAllOfKind', [uri, suggestion.kind]),
      ].join(' · '),
    );
    return new vscode.Hover(md, offsets.range(suggestion.start, suggestion.end));
  }
}
