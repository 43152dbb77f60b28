import * as vscode from 'vscode';
import { ArticleSession } from '../core/session/articleSession';
import type { Person } from '../core/model';
import { decodeStrict as decode, notUtf8, recoverLeftovers, settleLeftovers, SidecarSync } from '../core/sidecar/sidecarFile';
import { sidecarFileName, SIDECAR_SUFFIX } from '../core/sidecar/schema';
import type { Corpus } from '../core/sidecar/schema';
import { emptyCorpus, parseCorpus, parseSidecar, serializeCorpus } from '../core/sidecar/yamlStore';
import type { YamlProblem } from '../core/sidecar/yamlStore';
import { problemAt } from '../core/sidecar/problems';
import { problemMessage } from './problemWords';
import type { MergeConflict } from '../core/sidecar/merge';
import { mergeCorpus } from '../core/sidecar/merge';
import type { Authorship } from '../core/team/authorship';
import type { Document } from 'yaml';
import type { Detector } from './detector';
import { Disposable, KeyedDebouncer } from './lifecycle';
import { markOpen } from './marks';
import { readWorkspaceFile, VsCodeWorkspace } from './vscodeFs';

/** The state of one article's sidecar as the store knows it. */
export interface ArticleEntry {
  readonly articleUri: vscode.Uri;
  readonly sidecarUri: vscode.Uri;
  readonly session: ArticleSession;
  /** Problems of the sidecar on disk; when non-empty, Newsmark refuses to overwrite it. */
  problems: YamlProblem[];
  /** Set while the sidecar on disk cannot be written (invalid, read-only, disk full). */
  writeError?: string;
  /** Conflicts from the last merge of an external change. */
  conflicts: MergeConflict[];
}

export function sidecarUriOf(article: vscode.Uri): vscode.Uri {
  return vscode.Uri.joinPath(article, '..', sidecarFileName(article.path.slice(article.path.lastIndexOf('/') + 1)));
}

function articleUriOfSidecar(sidecar: vscode.Uri): vscode.Uri {
  return sidecar.with({ path: sidecar.path.slice(0, -SIDECAR_SUFFIX.length) });
}

/**
 * Sessions of the articles the user has open, their sidecars and the corpus file: reading,
 * debounced atomic writing, and merging of external changes. The only place that touches sidecar
 * files from the extension.
 */
export class ArticleStore extends Disposable {
  private readonly entries = new Map<string, ArticleEntry>();
  private readonly loading = new Map<string, Promise<ArticleEntry>>();
  private readonly fs = new VsCodeWorkspace();
  private readonly saves = this._register(new KeyedDebouncer());
  /** Writes, and tells our own writes (and files nobody changed) from external changes. */
  private readonly sync = new SidecarSync(this.fs);
  private readonly writing = new Map<string, Promise<void>>();
  private corpus: { uri: vscode.Uri | undefined; value: Corpus; doc?: Document; problems: YamlProblem[] } = {
    uri: undefined,
    value: emptyCorpus(),
    problems: [],
  };

  private readonly _onDidChangeArticle = this._register(new vscode.EventEmitter<ArticleEntry>());
  /** An article's annotations or sidecar state changed (edit, tag, external change, save error). */
  readonly onDidChangeArticle = this._onDidChangeArticle.event;
  private readonly _onDidSave = this._register(new vscode.EventEmitter<vscode.Uri>());
  /** A sidecar was written (its URI). */
  readonly onDidSave = this._onDidSave.event;
  private readonly _onDidChangeCorpus = this._register(new vscode.EventEmitter<Corpus>());
  readonly onDidChangeCorpus = this._onDidChangeCorpus.event;

  /** The workspace's full names, as last set (setKnownNames). */
  private knownNames: readonly string[] = [];

  /** Who makes annotations now (services.ts sets it; without it annotations record no author). */
  stamp: (() => Authorship) | undefined;

  constructor(
    private readonly saveDelay: () => number,
    /** Shared by the sessions and the corpus index (services.ts); without it each session detects on its own. */
    private readonly detector?: Detector,
  ) {
    super();
    // Sidecars and newsmark.yaml changed by someone else (git, another editor, a teammate's pull).
    this._register(
      this.fs.watch(`**/*{${SIDECAR_SUFFIX},newsmark.yaml}`, (path, change) => {
        const uri = vscode.Uri.parse(path);
        void (change === 'deleted' ? this.onExternalDelete(uri) : this.onExternalChange(uri));
      }),
    );
  }

  get(article: vscode.Uri): ArticleEntry | undefined {
    return this.entries.get(article.toString());
  }

  all(): ArticleEntry[] {
    return [...this.entries.values()];
  }

  /**
   * Full names the workspace's articles give (services.ts passes the corpus index's): every session
   * detects with them, and the articles whose detections change are painted again.
   */
  setKnownNames(names: readonly string[]): void {
    if (names.length === this.knownNames.length && names.every((n, i) => n === this.knownNames[i])) return;
    this.knownNames = names;
    for (const entry of this.entries.values()) {
      entry.session.setKnownNames(names);
      this._onDidChangeArticle.fire(entry);
    }
  }

  registry(): Person[] {
    return this.corpus.value.people.map((p) => ({ id: p.id, name: p.name, aliases: p.aliases }));
  }

  corpusValue(): Readonly<Corpus> {
    return this.corpus.value;
  }

  corpusProblems(): { uri: vscode.Uri | undefined; problems: YamlProblem[] } {
    return { uri: this.corpus.uri, problems: this.corpus.problems };
  }

  /** Opens (once) the session of an article document, reading its sidecar if there is one. */
  open(document: vscode.TextDocument): Promise<ArticleEntry> {
    const key = document.uri.toString();
    const existing = this.entries.get(key);
    if (existing) return Promise.resolve(existing);
    let pending = this.loading.get(key);
    if (!pending) {
      pending = this.load(document).finally(() => this.loading.delete(key));
      this.loading.set(key, pending);
    }
    return pending;
  }

  private async load(document: vscode.TextDocument): Promise<ArticleEntry> {
    const sidecarUri = sidecarUriOf(document.uri);
    // Both reads at once: the first article opened would otherwise wait for newsmark.yaml, then its sidecar.
    const bytes = readWorkspaceFile(sidecarUri);
    const read = () => markOpen('sidecarRead', document.uri);
    void bytes.then(read, read); // its failure is handled below, after the corpus file
    await this.ensureCorpusLoaded(document.uri);
    markOpen('corpusLoaded', document.uri);
    const fileName = document.uri.path.slice(document.uri.path.lastIndexOf('/') + 1);
    let problems: YamlProblem[] = [];
    let loaded: { sidecar: import('../core/sidecar/schema').Sidecar; doc?: Document } | undefined;
    try {
      const text = decode(await bytes);
      const parsed = parseSidecar(text, sidecarUri.path);
      this.sync.remember(sidecarUri.toString(), text);
      if (parsed.ok) loaded = { sidecar: parsed.value, doc: parsed.doc };
      else problems = parsed.errors;
    } catch (e) {
      if (notUtf8(e)) problems = notUtf8(e)!;
      else if (!(e instanceof vscode.FileSystemError && e.code === 'FileNotFound')) {
        problems = [problemAt('cannot-read', 1, 1, String((e as Error).message ?? e))];
      }
    }
    const session = new ArticleSession(fileName, document.getText(), loaded, {
      registry: this.registry(),
      knownNames: this.knownNames,
      ...(this.detector ? { detect: this.detector.detect } : {}),
      ...(this.stamp ? { stamp: this.stamp } : {}),
    });
    markOpen('session', document.uri);
    const entry: ArticleEntry = { articleUri: document.uri, sidecarUri, session, problems, conflicts: [] };
    this.entries.set(document.uri.toString(), entry);
    // Re-anchoring on open may have moved annotations: write them back (if the sidecar is valid).
    if (session.isDirty && session.hasContent) this.scheduleSave(entry);
    this._onDidChangeArticle.fire(entry);
    // Off the open's path: what an interrupted save left beside the sidecar.
    if (problems.length === 0) void this.recoverLeftovers(entry, loaded?.sidecar).catch((e) => console.error('[newsmark] leftovers', e));
    return entry;
  }

  /**
   * A save interrupted between writing `<sidecar>.<random>.tmp` and renaming it (a crash, a killed
   * window) leaves that file, which may hold annotations the sidecar lacks. Readable leftovers are merged
   * in as additions and written; each is deleted only once the sidecar holding it is on disk, and kept
   * when one of its annotations differs from the sidecar's (that version is reported, the sidecar's kept).
   * An unreadable leftover is reported with its line and column and left where it is.
   */
  private async recoverLeftovers(entry: ArticleEntry, onDisk: import('../core/sidecar/schema').Sidecar | undefined): Promise<void> {
    const { unreadable, absorbed } = await recoverLeftovers(this.fs, entry.sidecarUri.toString(), onDisk);
    const name = vscode.workspace.asRelativePath(entry.sidecarUri);
    const shown = (path: string) => vscode.workspace.asRelativePath(vscode.Uri.parse(path));
    for (const l of unreadable) {
      void vscode.window.showWarningMessage(
        vscode.l10n.t(
          'An interrupted save of {0} left {1}, which cannot be read (line {2}, column {3}: {4}). Newsmark left it in place: look at it, then delete it.',
          name,
          shown(l.path),
          l.problem!.line,
          l.problem!.column,
          problemMessage(l.problem!),
        ),
      );
    }
    if (!absorbed || this.entries.get(entry.articleUri.toString()) !== entry) return;
    const conflicts = entry.session.absorbRecovered(absorbed.sidecar);
    this._onDidChangeArticle.fire(entry);
    if (!(await this.save(entry))) return; // not on disk: the leftovers stay, and are read again next time
    const differing = new Set([...absorbed.conflicts, ...conflicts].map((c) => c.id));
    const { kept, failed } = await settleLeftovers(this.fs, absorbed, differing);
    const parts = [
      absorbed.added === 1
        ? vscode.l10n.t('Newsmark recovered 1 annotation from an interrupted save of {0} and wrote it to it.', name)
        : vscode.l10n.t('Newsmark recovered {0} annotations from an interrupted save of {1} and wrote them to it.', absorbed.added, name),
    ];
    if (differing.size) {
      const ids = [...differing].join(', ');
      const left = kept.map((l) => shown(l.path)).join(', ');
      parts.push(
        differing.size === 1
          ? vscode.l10n.t("1 annotation differs there ({0}): the sidecar's version is kept, and {1} left in place to compare.", ids, left)
          : vscode.l10n.t("{0} annotations differ there ({1}): the sidecar's version is kept, and {2} left in place to compare.", differing.size, ids, left),
      );
    }
    if (failed.length) parts.push(vscode.l10n.t('Could not delete {0}.', failed.map(shown).join(', ')));
    void vscode.window.showInformationMessage(parts.join(' '));
  }

  /** The article's text changed in the editor: re-anchor now, write later. */
  textChanged(document: vscode.TextDocument): void {
    const entry = this.get(document.uri);
    if (!entry) return;
    const before = entry.session.version;
    entry.session.setText(document.getText());
    if (entry.session.version !== before) this.scheduleSave(entry);
    this._onDidChangeArticle.fire(entry);
  }

  /** Applies a change to an article's session, then notifies and schedules the write. */
  mutate<T>(entry: ArticleEntry, change: (session: ArticleSession) => T): T {
    const result = change(entry.session);
    this.scheduleSave(entry);
    this._onDidChangeArticle.fire(entry);
    return result;
  }

  private scheduleSave(entry: ArticleEntry): void {
    this.saves.schedule(entry.sidecarUri.toString(), this.saveDelay(), () => void this.save(entry));
  }

  /** Writes every pending sidecar now (used on deactivate and by tests through a command). */
  async flush(): Promise<void> {
    this.saves.flush();
    await Promise.all([...this.writing.values()]);
  }

  /** Writes one sidecar atomically, unless the file on disk is invalid: then the work stays in memory. */
  async save(entry: ArticleEntry): Promise<boolean> {
    const key = entry.sidecarUri.toString();
    const previous = this.writing.get(key);
    if (previous) await previous;
    if (!entry.session.isDirty) return true;
    if (entry.problems.length > 0) {
      const first = !entry.writeError;
      const p = entry.problems[0];
      entry.writeError = vscode.l10n.t(
        '{0}:{1}:{2} is not valid ({3}): Newsmark will not overwrite it. Fix it and your annotations, kept in memory, will be written.',
        vscode.workspace.asRelativePath(entry.sidecarUri),
        p.line,
        p.column,
        problemMessage(p),
      );
      if (first) {
        const open = vscode.l10n.t('Open Sidecar');
        void vscode.window.showErrorMessage(entry.writeError, open).then((pick) => {
          if (pick === open)
            void vscode.window.showTextDocument(entry.sidecarUri, { selection: new vscode.Range(p.line - 1, p.column - 1, p.line - 1, p.column - 1) });
        });
      }
      this._onDidChangeArticle.fire(entry);
      return false;
    }
    // Another writer (a second window, git) may have changed the file since we last saw it and before our
    // watcher told us: merge what is on disk first, so its annotations are not taken for deletions.
    if (!(await this.mergeIfChangedOnDisk(entry))) return false;
    const version = entry.session.version;
    const text = entry.session.serialize();
    const job = (async () => {
      const result = await this.sync.write(key, text);
      if (result.ok) {
        const parsed = parseSidecar(text, entry.sidecarUri.path);
        entry.session.markSaved(version, parsed.ok ? parsed.doc : undefined);
        entry.writeError = undefined;
        this._onDidSave.fire(entry.sidecarUri);
      } else {
        if (result.reason === 'invalid-on-disk') entry.problems = result.problems ?? [];
        entry.writeError = vscode.l10n.t(
          'Newsmark could not save {0}: {1}. Your annotations are kept in memory.',
          vscode.workspace.asRelativePath(entry.sidecarUri),
          problemMessage(result.words),
        );
        const retry = vscode.l10n.t('Retry');
        void vscode.window.showErrorMessage(entry.writeError, retry).then((pick) => {
          if (pick === retry) void this.save(entry);
        });
      }
      this._onDidChangeArticle.fire(entry);
    })();
    this.writing.set(key, job);
    try {
      await job;
    } finally {
      if (this.writing.get(key) === job) this.writing.delete(key);
    }
    return entry.writeError === undefined;
  }

  private async onExternalChange(uri: vscode.Uri): Promise<void> {
    if (uri.path.endsWith('/newsmark.yaml')) {
      await this.reloadCorpus(uri);
      return;
    }
    const entry = this.get(articleUriOfSidecar(uri));
    if (!entry) return;
    const read = await this.sync.readChanged(uri.toString());
    if (read.state === 'unreadable') {
      entry.problems = read.problems;
      this._onDidChangeArticle.fire(entry);
    }
    if (read.state !== 'changed') return;
    const text = read.text;
    const hadProblems = entry.problems.length > 0;
    if (!this.mergeText(entry, text)) {
      this._onDidChangeArticle.fire(entry);
      return;
    }
    if (entry.session.isDirty || hadProblems) this.scheduleSave(entry);
    this._onDidChangeArticle.fire(entry);
  }

  /** Merges a sidecar text read from disk into the session; false (with problems set) when it is invalid. */
  private mergeText(entry: ArticleEntry, text: string): boolean {
    const parsed = parseSidecar(text, entry.sidecarUri.path);
    if (!parsed.ok) {
      entry.problems = parsed.errors;
      return false;
    }
    this.sync.remember(entry.sidecarUri.toString(), text);
    entry.problems = [];
    entry.conflicts = entry.session.mergeFromDisk(parsed.value, parsed.doc);
    if (entry.conflicts.length > 0) {
      void vscode.window.showWarningMessage(
        entry.conflicts.length === 1
          ? vscode.l10n.t(
              '{0} changed on disk and 1 annotation was also changed here. Newsmark kept your version of: {1}.',
              vscode.workspace.asRelativePath(entry.sidecarUri),
              entry.conflicts[0].id,
            )
          : vscode.l10n.t(
              '{0} changed on disk and {1} annotations were also changed here. Newsmark kept your version of: {2}.',
              vscode.workspace.asRelativePath(entry.sidecarUri),
              entry.conflicts.length,
              entry.conflicts.map((c) => c.id).join(', '),
            ),
      );
    }
    return true;
  }

  /** Before a write: merges the file on disk if it is not what we last read or wrote. False when it is invalid. */
  private async mergeIfChangedOnDisk(entry: ArticleEntry): Promise<boolean> {
    const read = await this.sync.readChanged(entry.sidecarUri.toString());
    if (read.state === 'unreadable') {
      entry.problems = read.problems;
      this._onDidChangeArticle.fire(entry);
      return false;
    }
    // No file (yet, or deleted): ours is the whole truth.
    if (read.state !== 'changed') return true;
    if (this.mergeText(entry, read.text)) return true;
    this._onDidChangeArticle.fire(entry);
    return false;
  }

  private async onExternalDelete(uri: vscode.Uri): Promise<void> {
    if (uri.path.endsWith('/newsmark.yaml')) return;
    const entry = this.get(articleUriOfSidecar(uri));
    if (!entry || !entry.session.hasContent) return;
    // A late event for a file that exists again (our own rewrite, a git checkout) is not a deletion.
    if (await this.fs.stat(uri.toString()).catch(() => undefined)) return;
    this.sync.forget(uri.toString());
    entry.problems = [];
    // What is in memory is no longer on disk: it is unsaved work, written back at the latest on close.
    entry.session.markSaved(-1);
    this._onDidChangeArticle.fire(entry);
    const restore = vscode.l10n.t('Restore Now');
    const discard = vscode.l10n.t('Discard Annotations');
    const count = entry.session.annotations().length;
    const shown = vscode.workspace.asRelativePath(uri);
    const pick = await vscode.window.showWarningMessage(
      count === 1
        ? vscode.l10n.t('{0} was deleted. Newsmark still holds its 1 annotation and will write it back when the article closes.', shown)
        : vscode.l10n.t('{0} was deleted. Newsmark still holds its {1} annotations and will write them back when the article closes.', shown, count),
      restore,
      discard,
    );
    if (pick === restore) void this.save(entry);
    else if (pick === discard) this.entries.delete(entry.articleUri.toString());
  }

  /** The article document was closed: write what is pending and forget the session once it is on disk. */
  async close(document: vscode.TextDocument): Promise<void> {
    const entry = this.get(document.uri);
    if (!entry) return;
    this.saves.cancel(entry.sidecarUri.toString());
    if (entry.session.isDirty && entry.session.hasContent) await this.save(entry);
    if (!entry.session.isDirty) this.entries.delete(document.uri.toString());
  }

  // ---- newsmark.yaml ---------------------------------------------------------------------

  private corpusLoaded: Promise<void> | undefined;

  private ensureCorpusLoaded(near: vscode.Uri): Promise<void> {
    if (!this.corpusLoaded) {
      const folder = vscode.workspace.getWorkspaceFolder(near) ?? vscode.workspace.workspaceFolders?.[0];
      const uri = folder ? vscode.Uri.joinPath(folder.uri, 'newsmark.yaml') : undefined;
      this.corpusLoaded = uri ? this.reloadCorpus(uri, readWorkspaceFile) : Promise.resolve();
    }
    return this.corpusLoaded;
  }

  /** Reads newsmark.yaml again: through `workspace.fs`, unless on the way to a first paint (`read`, see vscodeFs.ts). */
  private async reloadCorpus(uri: vscode.Uri, read: (uri: vscode.Uri) => Thenable<Uint8Array> = (u) => vscode.workspace.fs.readFile(u)): Promise<void> {
    const disk = await this.sync.readChanged(uri.toString(), () => read(uri));
    if (disk.state === 'own') return;
    if (disk.state !== 'changed') {
      this.corpus = { uri, value: this.corpus.value, doc: this.corpus.doc, problems: disk.state === 'unreadable' ? disk.problems : [] };
      return;
    }
    const text = disk.text;
    const parsed = parseCorpus(text, uri.path);
    if (!parsed.ok) {
      this.corpus = { ...this.corpus, uri, problems: parsed.errors };
    } else {
      this.corpus = { uri, value: parsed.value, doc: parsed.doc, problems: [] };
      const registry = this.registry();
      for (const entry of this.entries.values()) entry.session.setRegistry(registry);
    }
    this._onDidChangeCorpus.fire(this.corpus.value);
  }

  /**
   * Changes newsmark.yaml (created on first need, at the root of the first workspace folder) and
   * writes it atomically. Refuses, with a message, when the file on disk is invalid.
   */
  async updateCorpus(change: (corpus: Corpus) => void): Promise<boolean> {
    const folder = vscode.workspace.workspaceFolders?.[0];
    await this.ensureCorpusLoaded(folder?.uri ?? vscode.Uri.file('/'));
    const uri = this.corpus.uri ?? (folder ? vscode.Uri.joinPath(folder.uri, 'newsmark.yaml') : undefined);
    if (!uri) {
      void vscode.window.showErrorMessage(vscode.l10n.t('Newsmark needs an open folder to keep newsmark.yaml.'));
      return false;
    }
    if (this.corpus.problems.length > 0) {
      const p = this.corpus.problems[0];
      void vscode.window.showErrorMessage(
        vscode.l10n.t('newsmark.yaml is not valid ({0}:{1}: {2}); Newsmark will not overwrite it.', p.line, p.column, problemMessage(p)),
      );
      return false;
    }
    const base = structuredClone(this.corpus.value);
    const next = structuredClone(this.corpus.value);
    change(next);
    // Merge with what is on disk now, in case another writer changed it since we read it.
    let merged = next;
    try {
      const onDisk = parseCorpus(decode(await vscode.workspace.fs.readFile(uri)), uri.path);
      if (onDisk.ok) merged = mergeCorpus(base, next, onDisk.value).merged;
    } catch {
      // No file yet: ours is the whole truth.
    }
    const text = serializeCorpus(merged, this.corpus.doc);
    const result = await this.sync.write(uri.toString(), text);
    if (!result.ok) {
      void vscode.window.showErrorMessage(vscode.l10n.t('Newsmark could not save newsmark.yaml: {0}', problemMessage(result.words)));
      return false;
    }
    const parsed = parseCorpus(text, uri.path);
    this.corpus = { uri, value: merged, doc: parsed.ok ? parsed.doc : undefined, problems: [] };
    const registry = this.registry();
    for (const entry of this.entries.values()) entry.session.setRegistry(registry);
    this._onDidChangeCorpus.fire(merged);
    return true;
  }
}
