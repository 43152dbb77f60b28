import * as vscode from 'vscode';
import { dateTimex } from '../core/detect/timex';
import { annotationTitle, describeValue } from '../core/session/describe';
import { annotationStatus } from '../core/sidecar/schema';
import { describeAuthorship } from '../core/team/authorship';
import { offsetsOf } from './convert';
import { enabledSuggestionKinds } from './articleEditors';
import { isArticle } from './articles';
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
    const lang = session.detections().language;
    const people = new Map(this.store.registry().map((p) => [p.id, p.name]));
    for (const p of session.detections().people) if (!people.has(p.id)) people.set(p.id, p.name);
    const name = (id: string | undefined) => (id ? (people.get(id) ?? id) : undefined);
    const uri = document.uri.toString();

    const annotation = session.annotationsAt(at)[0];
    if (annotation) {
      const md = new vscode.MarkdownString(undefined, true);
      md.isTrusted = { enabledCommands: ['newsmark.removeAnnotation', 'newsmark.editAnnotation', 'newsmark.linkPerson', 'newsmark.linkEvent', 'newsmark.confirmReview'] };
      const status = annotationStatus(annotation);
      md.appendMarkdown(`**${annotationTitle(annotation)}**${status === 'review' ? ' · _re-anchored, please review_' : ''}\n\n`);
      const timex = annotation.timexType && annotation.timexValue ? { type: annotation.timexType, value: annotation.timexValue } : undefined;
      if (annotation.value !== undefined) md.appendMarkdown(`${describeValue(annotation, published, lang, annotation.candidates, timex)}\n\n`);
      if (annotation.entity) md.appendMarkdown(`Person: ${name(annotation.entity)}\n\n`);
      if (annotation.speaker) md.appendMarkdown(`Speaker: ${name(annotation.speaker)}\n\n`);
      if (annotation.event) md.appendMarkdown(`Event: \`${annotation.event}\`\n\n`);
      if (annotation.note) md.appendMarkdown(`Note: ${annotation.note}\n\n`);
      const by = describeAuthorship(annotation);
      if (by) md.appendMarkdown(`_Annotated: ${by}_\n\n`);
      const actions = [
        commandLink('Edit note', 'newsmark.editAnnotation', [uri, annotation.id]),
        commandLink('Link person', 'newsmark.linkPerson', [uri, annotation.id]),
        commandLink('Link event', 'newsmark.linkEvent', [uri, annotation.id]),
        commandLink('Remove', 'newsmark.removeAnnotation', [uri, annotation.id]),
      ];
      if (status === 'review') actions.unshift(commandLink('Looks right', 'newsmark.confirmReview', [uri, annotation.id]));
      md.appendMarkdown(actions.join(' · '));
      return new vscode.Hover(md, offsets.range(annotation.start, annotation.end));
    }

    const suggestion = session.suggestionAt(at, enabledSuggestionKinds());
    if (!suggestion) return undefined;
    const md = new vscode.MarkdownString(undefined, true);
    md.isTrusted = { enabledCommands: ['newsmark.acceptSuggestion', 'newsmark.rejectSuggestion', 'newsmark.acceptAllOfKind'] };
    md.appendMarkdown(`**Suggested ${suggestion.kind}** _(automatic detection)_\n\n`);
    const fields = suggestion.fields;
    if (suggestion.kind === 'date') {
      const d = session.detections().dates.find((m) => m.start === suggestion.start && m.end === suggestion.end);
      md.appendMarkdown(`${describeValue({ type: 'date', value: fields.value }, published, lang, d?.candidates, d ? dateTimex(d) : undefined)}\n\n`);
      if (!published && d?.relative) md.appendMarkdown('_Publication date unknown: set it with "Newsmark: Set Publication Date of Article…"._\n\n');
    } else if (suggestion.kind === 'duration') {
      md.appendMarkdown(`${describeValue({ type: 'claim', attribute: 'duration', value: fields.value, qualifier: fields.qualifier }, published, lang)}\n\n`);
    } else if (suggestion.kind === 'person') {
      md.appendMarkdown(`Person: ${name(fields.entity)}\n\n`);
    } else if (suggestion.kind === 'quote') {
      md.appendMarkdown(fields.speaker ? `Speaker: ${name(fields.speaker)}\n\n` : 'Speaker: not found\n\n');
    }
    md.appendMarkdown(
      [
        commandLink('Accept', 'newsmark.acceptSuggestion', [uri, suggestion.key]),
        commandLink('Reject', 'newsmark.rejectSuggestion', [uri, suggestion.key]),
        commandLink(`Accept all ${suggestion.kind} suggestions in file`, 'newsmark.acceptAllOfKind', [uri, suggestion.kind]),
      ].join(' · '),
    );
    return new vscode.Hover(md, offsets.range(suggestion.start, suggestion.end));
  }
}
