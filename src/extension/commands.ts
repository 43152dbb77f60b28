import * as vscode from 'vscode';
import type { CommandRegistrar } from './lifecycle';
import { personSlug } from '../core/detect/index';
import type { AnnotationFields, SuggestionKind } from '../core/session/articleSession';
import { annotationStatus } from '../core/sidecar/schema';
import type { AnnotationType } from '../core/sidecar/schema';
import { setting } from './config';
import { offsetsOf } from './convert';
import { kindTitle, kindWord } from './interfaceLanguage';
import type { ArticleEditors } from './articleEditors';
import { enabledSuggestionKinds } from './articleEditors';
import type { ArticleEntry, ArticleStore } from './store';

/** Extra arguments a command accepts from keybindings, hovers and tests, so no prompt is needed. */
export interface TagArgs {
  note?: string;
  attribute?: string;
  value?: string;
  qualifier?: string;
  entity?: string;
  event?: string;
  /** Person tagging: also tag every other mention of the same text. */
  allMentions?: boolean;
}

const TAG_TYPES: Array<[string, AnnotationType]> = [
  ['tagPerson', 'person'],
  ['tagDate', 'date'],
  ['tagQuote', 'quote'],
  ['tagEvent', 'event'],
  ['tagClaim', 'claim'],
  ['tagPlace', 'place'],
  ['tagOrganisation', 'organisation'],
];

/** How messages name what a span was tagged as, in the interface's language (built on use: l10n is ready by then). */
function typeWord(type: AnnotationType): string {
  const words: Record<AnnotationType, string> = {
    person: vscode.l10n.t('a person'),
    date: vscode.l10n.t('a date'),
    quote: vscode.l10n.t('a quote'),
    event: vscode.l10n.t('an event'),
    claim: vscode.l10n.t('a claim'),
    place: vscode.l10n.t('a place'),
    organisation: vscode.l10n.t('an organisation'),
    note: vscode.l10n.t('a note'),
  };
  return words[type];
}

const CLAIM_ATTRIBUTES = ['duration', 'date', 'time', 'count', 'place', 'participants', 'ordinal', 'statement'];

/** Registers the editor commands. Each resolves its article and acts through the store. */
export class EditorCommands {
  constructor(
    private readonly store: ArticleStore,
    private readonly editors: ArticleEditors,
    /** Events known to the corpus, for "Link to event". */
    private readonly knownEvents: () => Array<{ id: string; title: string; date?: string }>,
  ) {}

  register(r: CommandRegistrar): vscode.Disposable[] {
    return [
      ...TAG_TYPES.map(([id, type]) => r(id, (args?: TagArgs) => this.tag(type, args))),
      r('addNote', (args?: TagArgs) => this.tag('note', args)),
      r('removeAnnotation', (uri?: string, id?: string) => this.remove(uri, id)),
      r('editAnnotation', (uri?: string, id?: string, note?: string) => this.editNote(uri, id, note)),
      r('confirmReview', (uri?: string, id?: string) => this.confirmReview(uri, id)),
      r('linkPerson', (uri?: string, id?: string, personId?: string) => this.linkPerson(uri, id, personId)),
      r('linkEvent', (uri?: string, id?: string, eventId?: string) => this.linkEvent(uri, id, eventId)),
      r('setPublished', (value?: string) => this.setPublished(value)),
      r('reattachOrphan', (id?: string) => this.reattach(id)),
      r('nextAnnotation', () => this.step(1)),
      r('previousAnnotation', () => this.step(-1)),
      r('undo', () => this.undo()),
      r('acceptSuggestion', (uri?: string, key?: string) => this.accept(uri, key)),
      r('rejectSuggestion', (uri?: string, key?: string) => this.reject(uri, key)),
      r('acceptAllOfKind', (uri?: string, kind?: SuggestionKind) => this.acceptAll(uri, kind)),
    ];
  }

  /** The article editor a command acts on: the one named by `uri`, else the active one. */
  private async target(uri?: string): Promise<{ editor: vscode.TextEditor | undefined; document: vscode.TextDocument; entry: ArticleEntry }> {
    let editor = vscode.window.activeTextEditor;
    let document = editor?.document;
    if (uri) {
      editor = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === uri);
      document = editor?.document ?? vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri);
    }
    if (!document) throw new Error(vscode.l10n.t('open a news article first.'));
    const entry = await this.editors.track(document);
    if (!entry) throw new Error(vscode.l10n.t('{0} is not a news article (see the setting newsmark.articles).', vscode.workspace.asRelativePath(document.uri)));
    this.editors.settle(document);
    return { editor, document, entry };
  }

  private async tag(type: AnnotationType, args: TagArgs = {}): Promise<string | undefined> {
    const { editor, document, entry } = await this.target();
    // The palette and the keybindings offer tagging without a selection, so that this can say why nothing happens.
    if (!editor || editor.selection.isEmpty) throw new Error(vscode.l10n.t('nothing is selected: select the words to tag as {0} first.', typeWord(type)));
    const { start, end } = offsetsOf(document).offsets(editor.selection);
    const fields: AnnotationFields = {
      note: args.note,
      value: args.value,
      qualifier: args.qualifier,
      entity: args.entity,
      event: args.event,
      attribute: args.attribute,
    };
    const detections = entry.session.detections();
    const overlapping = <T extends { start: number; end: number }>(list: T[]) => list.find((m) => m.start < end && start < m.end);
    if (type === 'person' && !fields.entity) {
      const found = overlapping(detections.people);
      fields.entity = found?.id ?? personSlug(document.getText(editor.selection));
    }
    if (type === 'date' && fields.value === undefined) {
      const d = overlapping(detections.dates);
      fields.value = d?.value;
      if (d?.candidates && d.candidates.length > 1) fields.candidates = [...d.candidates];
    }
    if (type === 'quote') {
      const q = overlapping(detections.quotes);
      if (q?.speaker) fields.speaker = q.speaker;
    }
    if (type === 'claim' && !fields.attribute) {
      const d = overlapping(detections.durations);
      if (d) {
        fields.attribute = 'duration';
      } else {
        // Attributes by their names in the interface's language (Durée, Nombre…); the sidecar keeps the code.
        const items = CLAIM_ATTRIBUTES.map((attribute) => ({ label: kindTitle({ type: 'claim', attribute }), attribute }));
        const picked = await vscode.window.showQuickPick(items, {
          title: vscode.l10n.t('What is this claim about?'),
          placeHolder: vscode.l10n.t('attribute (Escape: none)'),
        });
        fields.attribute = picked?.attribute;
      }
    }
    if (type === 'note' && args.note === undefined) {
      const note = await vscode.window.showInputBox({ title: vscode.l10n.t('Note'), prompt: vscode.l10n.t('A note on the selected text') });
      if (note === undefined) return undefined;
      fields.note = note;
    }
    const a = this.store.mutate(entry, (s) => s.tag(type, start, end, fields));
    void vscode.window.setStatusBarMessage(vscode.l10n.t('Newsmark: tagged "{0}" as {1} (Ctrl+Alt+N Z: undo)', a.quote, typeWord(type)), 5000);
    if (type === 'person') void this.offerAllMentions(entry, a.id, args.allMentions);
    return a.id;
  }

  private async offerAllMentions(entry: ArticleEntry, id: string, decided?: boolean): Promise<void> {
    const choice = setting('tagAllMentions');
    const a = entry.session.annotation(id);
    if (!a || decided === false || choice === 'never') return;
    if (decided === true || choice === 'always') {
      this.store.mutate(entry, (s) => s.tagAllMentions(id));
      return;
    }
    const others = entry.session.untaggedMentions(id).length;
    if (others === 0) return;
    // A quick pick, not a notification: it takes the keyboard at once (the keybinding user answers with Enter
    // or Escape), and it shows even where notification toasts do not (a window without focus, Do Not Disturb).
    const all = others === 1 ? vscode.l10n.t('Tag all 1 other mention') : vscode.l10n.t('Tag all {0} other mentions', others);
    const pick = await vscode.window.showQuickPick([all, vscode.l10n.t('Not now')], {
      title: vscode.l10n.t('Tag every other mention of "{0}" in this article as the same person?', a.quote),
      placeHolder: vscode.l10n.t('The setting newsmark.tagAllMentions (ask, always, never) decides without asking'),
      // Run from the command palette, focus goes back to the editor as the palette closes, after this opened:
      // a pick that closed on focus out was gone before it was seen.
      ignoreFocusOut: true,
    });
    if (pick === all) {
      const n = this.store.mutate(entry, (s) => s.tagAllMentions(id)).length;
      void vscode.window.setStatusBarMessage(
        n === 1 ? vscode.l10n.t('Newsmark: tagged 1 more mention of "{0}"', a.quote) : vscode.l10n.t('Newsmark: tagged {0} more mentions of "{1}"', n, a.quote),
        5000,
      );
    }
  }

  private async annotationAtCursorOrId(uri?: string, id?: string) {
    const { editor, document, entry } = await this.target(uri);
    if (id) {
      const a = entry.session.annotation(id);
      if (!a) throw new Error(vscode.l10n.t('no annotation {0} in this article.', id));
      return { entry, a, editor, document };
    }
    if (!editor) throw new Error(vscode.l10n.t('put the cursor on an annotation first.'));
    const at = offsetsOf(document).offset(editor.selection.active);
    const a = entry.session.annotationsAt(at)[0];
    if (!a) throw new Error(vscode.l10n.t('there is no annotation at the cursor.'));
    return { entry, a, editor, document };
  }

  private async remove(uri?: string, id?: string): Promise<void> {
    const { entry, a } = await this.annotationAtCursorOrId(uri, id);
    this.store.mutate(entry, (s) => s.remove(a.id));
    void vscode.window.setStatusBarMessage(
      vscode.l10n.t('Newsmark: removed "{0}", {1} ("Newsmark: Undo Last Annotation Change" brings it back)', a.quote, typeWord(a.type)),
      4000,
    );
  }

  private async editNote(uri?: string, id?: string, note?: string): Promise<void> {
    const { entry, a } = await this.annotationAtCursorOrId(uri, id);
    const value = note ?? (await vscode.window.showInputBox({ title: vscode.l10n.t('Note on {0} "{1}"', kindWord(a), a.quote), value: a.note ?? '' }));
    if (value === undefined) return;
    this.store.mutate(entry, (s) => s.update(a.id, { note: value === '' ? undefined : value }));
  }

  private async confirmReview(uri?: string, id?: string): Promise<void> {
    const { entry, a } = await this.annotationAtCursorOrId(uri, id);
    this.store.mutate(entry, (s) => s.confirmReview(a.id));
  }

  private async linkPerson(uri?: string, id?: string, personId?: string): Promise<void> {
    const { entry, a } = await this.annotationAtCursorOrId(uri, id);
    let chosen = personId;
    if (!chosen) {
      const registry = this.store.registry();
      const detected = entry.session.detections().people.filter((p) => !registry.some((r) => r.id === p.id));
      const items: Array<vscode.QuickPickItem & { id?: string; name?: string }> = [
        ...registry.map((p) => ({ label: p.name, description: p.aliases.join(', '), detail: vscode.l10n.t('registry'), id: p.id, name: p.name })),
        ...[...new Map(detected.map((p) => [p.id, p])).values()].map((p) => ({
          label: p.name,
          detail: vscode.l10n.t('detected in this article'),
          id: p.id,
          name: p.name,
        })),
        { label: `$(add) ${vscode.l10n.t('New person…')}` },
      ];
      const pick = await vscode.window.showQuickPick(items, { title: vscode.l10n.t('Link "{0}" to a person', a.quote), matchOnDescription: true });
      if (!pick) return;
      let name = pick.name;
      if (!pick.id) {
        name = await vscode.window.showInputBox({ title: vscode.l10n.t('New person'), prompt: vscode.l10n.t('Full name'), value: a.quote });
        if (!name) return;
      }
      chosen = pick.id ?? personSlug(name!);
      const personName = name!;
      const personKeyId = chosen;
      if (!registry.some((p) => p.id === personKeyId)) {
        await this.store.updateCorpus((c) => {
          const aliases = a.quote !== personName ? [a.quote] : [];
          c.people.push({ id: personKeyId, name: personName, aliases });
        });
      }
    }
    const field = a.type === 'quote' ? 'speaker' : 'entity';
    const personFieldValue = chosen;
    this.store.mutate(entry, (s) => s.update(a.id, { [field]: personFieldValue }));
  }

  private async linkEvent(uri?: string, id?: string, eventId?: string): Promise<void> {
    const { entry, a } = await this.annotationAtCursorOrId(uri, id);
    let chosen = eventId;
    if (!chosen) {
      const events = this.knownEvents();
      const items: Array<vscode.QuickPickItem & { id?: string }> = [
        ...events.map((e) => ({ label: e.title, description: e.date, id: e.id })),
        { label: `$(add) ${vscode.l10n.t('New event…')}` },
      ];
      const pick = await vscode.window.showQuickPick(items, { title: vscode.l10n.t('Link "{0}" to an event', a.quote) });
      if (!pick) return;
      chosen = pick.id;
      if (!chosen) {
        const title = await vscode.window.showInputBox({ title: vscode.l10n.t('New event'), prompt: vscode.l10n.t('Title (e.g. "Talks in Geneva")') });
        if (!title) return;
        const date = await vscode.window.showInputBox({
          title: vscode.l10n.t('New event'),
          prompt: vscode.l10n.t('Date (YYYY-MM-DD, optional)'),
          validateInput: (v) => (v === '' || /^\d{4}(-\d\d(-\d\d)?)?$/.test(v) ? undefined : vscode.l10n.t('YYYY, YYYY-MM or YYYY-MM-DD')),
        });
        const newId = personSlug(`${date ?? ''} ${title}`).slice(0, 60) || 'event';
        await this.store.updateCorpus((c) => {
          c.events.push({ id: newId, title, ...(date ? { date } : {}), participants: [] });
        });
        chosen = newId;
      }
    }
    const eventValue = chosen;
    this.store.mutate(entry, (s) => s.update(a.id, { event: eventValue }));
  }

  private async setPublished(value?: string): Promise<void> {
    const { entry } = await this.target();
    const current = entry.session.sidecar.document.published ?? entry.session.published() ?? '';
    const v =
      value ??
      (await vscode.window.showInputBox({
        title: vscode.l10n.t('Publication date of this article'),
        prompt: vscode.l10n.t('YYYY-MM-DD (or YYYY-MM, YYYY); relative dates ("jeudi", "hier") are read against it. Empty clears it.'),
        value: current,
        validateInput: (s) =>
          s === '' || /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/.test(s)
            ? undefined
            : vscode.l10n.t('Write the date as YYYY-MM-DD, YYYY-MM or YYYY'),
      }));
    if (v === undefined) return;
    this.store.mutate(entry, (s) => s.setPublished(v === '' ? undefined : v));
  }

  private async reattach(id?: string): Promise<void> {
    const { editor, document, entry } = await this.target();
    if (!editor || editor.selection.isEmpty) throw new Error(vscode.l10n.t('select the text to attach the annotation to.'));
    let chosen = id;
    if (!chosen) {
      const orphans = entry.session.orphans();
      const review = entry.session.annotations().filter((a) => annotationStatus(a) === 'review');
      // Kind and status in words: orphans are "orpheline", the others to check "à vérifier".
      const items = [...orphans, ...review].map((a) => ({
        label: a.quote,
        description: `${kindWord(a)} · ${annotationStatus(a) === 'orphan' ? vscode.l10n.t('orphaned') : vscode.l10n.t('to check')}`,
        id: a.id,
      }));
      if (items.length === 0) throw new Error(vscode.l10n.t('this article has no orphaned annotation.'));
      const pick = await vscode.window.showQuickPick(items, { title: vscode.l10n.t('Re-attach which annotation to the selection?') });
      if (!pick) return;
      chosen = pick.id;
    }
    const { start, end } = offsetsOf(document).offsets(editor.selection);
    const target = chosen;
    this.store.mutate(entry, (s) => s.reattach(target, start, end));
  }

  private async step(direction: 1 | -1): Promise<void> {
    const { editor, document, entry } = await this.target();
    if (!editor) return;
    const offsets = offsetsOf(document);
    const at = offsets.offset(editor.selection.active);
    const starts = [...entry.session.annotations().filter((a) => annotationStatus(a) !== 'orphan'), ...entry.session.suggestions(enabledSuggestionKinds())]
      .map((a) => a.start)
      .sort((x, y) => x - y);
    const next = direction === 1 ? starts.find((s) => s > at) : [...starts].reverse().find((s) => s < at);
    if (next === undefined) {
      void vscode.window.setStatusBarMessage(vscode.l10n.t('Newsmark: no more annotations in that direction'), 3000);
      return;
    }
    const pos = offsets.position(next);
    editor.selection = new vscode.Selection(pos, pos);
    editor.revealRange(new vscode.Range(pos, pos), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }

  private async undo(): Promise<void> {
    const { entry } = await this.target();
    const label = this.store.mutate(entry, (s) => s.undo());
    void vscode.window.setStatusBarMessage(label ? vscode.l10n.t('Newsmark: undid {0}', label) : vscode.l10n.t('Newsmark: nothing to undo'), 3000);
  }

  private async suggestion(uri?: string, key?: string) {
    const { editor, document, entry } = await this.target(uri);
    const kinds = enabledSuggestionKinds();
    if (key) {
      const s = entry.session.suggestions(kinds).find((x) => x.key === key);
      if (!s) throw new Error(vscode.l10n.t('that suggestion is no longer there.'));
      return { entry, s };
    }
    if (!editor) throw new Error(vscode.l10n.t('put the cursor on a suggestion first.'));
    const s = entry.session.suggestionAt(offsetsOf(document).offset(editor.selection.active), kinds);
    if (!s) throw new Error(vscode.l10n.t('there is no suggestion at the cursor.'));
    return { entry, s };
  }

  private async accept(uri?: string, key?: string): Promise<string> {
    const { entry, s } = await this.suggestion(uri, key);
    return this.store.mutate(entry, (session) => session.accept(s)).id;
  }

  private async reject(uri?: string, key?: string): Promise<void> {
    const { entry, s } = await this.suggestion(uri, key);
    this.store.mutate(entry, (session) => session.reject(s));
  }

  private async acceptAll(uri?: string, kind?: SuggestionKind): Promise<number> {
    const { editor, document, entry } = await this.target(uri);
    let k = kind;
    if (!k && editor) k = entry.session.suggestionAt(offsetsOf(document).offset(editor.selection.active))?.kind;
    if (!k) {
      // The kinds by their names in the interface's language, never their codes.
      const items = enabledSuggestionKinds().map((suggestionKind) => ({ label: kindTitle(suggestionKind), suggestionKind }));
      k = (await vscode.window.showQuickPick(items, { title: vscode.l10n.t('Accept all suggestions of which kind?') }))?.suggestionKind;
      if (!k) return 0;
    }
    const kindToAccept = k;
    const n = this.store.mutate(entry, (s) => s.acceptAll(kindToAccept));
    void vscode.window.setStatusBarMessage(
      n === 1
        ? vscode.l10n.t('Newsmark: accepted 1 {0} suggestion', kindWord(kindToAccept))
        : vscode.l10n.t('Newsmark: accepted {0} {1} suggestions', n, kindWord(kindToAccept)),
      3000,
    );
    return n;
  }
}
