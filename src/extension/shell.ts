import * as vscode from 'vscode';
import type { AnnotationDecorations } from './decorations';
import { Disposable } from './lifecycle';

export type CommandHandler = (...args: never[]) => unknown;

/**
 * What activation (extension.ts, dist/extension.js) hands the services (services.ts, dist/services.js)
 * when they load on first need: commands and views exist from activation on, the services fill them in.
 */
export interface ServicesHost {
  readonly context: vscode.ExtensionContext;
  readonly decorations: AnnotationDecorations;
  /** Sets the handler of a command (a full id, `newsmark.…`); the command itself may exist since activation. */
  registerCommand(id: string, handler: CommandHandler): vscode.Disposable;
  /** The tree view created at activation for `id`, from now on served by `provider`. */
  treeView<T>(id: string, provider: vscode.TreeDataProvider<T>): vscode.TreeView<T>;
}

/**
 * Commands registered at activation whose handlers arrive with the services: running one before they are
 * loaded loads them (synchronously) and then runs it, so a command never goes missing.
 */
export class LazyCommands extends Disposable {
  private readonly handlers = new Map<string, CommandHandler>();
  private readonly declared = new Set<string>();

  constructor(private readonly load: () => void) {
    super();
  }

  /** Registers a command with VS Code now; its handler comes later through `set`. */
  declare(id: string): void {
    if (this.declared.has(id)) return;
    this.declared.add(id);
    this._register(
      vscode.commands.registerCommand(id, (...args: never[]) => {
        if (!this.handlers.has(id)) this.load();
        const handler = this.handlers.get(id);
        if (!handler) throw new Error(vscode.l10n.t('Newsmark has no handler for {0}', id));
        return handler(...args);
      }),
    );
  }

  /** The handler of a command; declares the command if activation did not. */
  set(id: string, handler: CommandHandler): vscode.Disposable {
    this.handlers.set(id, handler);
    this.declare(id);
    return { dispose: () => void (this.handlers.get(id) === handler && this.handlers.delete(id)) };
  }
}

/**
 * A tree data provider that exists from activation on and forwards to the real one once the services are
 * loaded; the first question of a visible view loads them.
 */
export class LazyTreeDataProvider<T> extends Disposable implements vscode.TreeDataProvider<T> {
  private target: vscode.TreeDataProvider<T> | undefined;
  private readonly _onDidChangeTreeData = this._register(new vscode.EventEmitter<T | T[] | undefined | null | void>());
  readonly onDidChangeTreeData = this._onDidChangeTreeData.event;

  constructor(private readonly load: () => void) {
    super();
  }

  attach(target: vscode.TreeDataProvider<T>): void {
    this.target = target;
    if (target.onDidChangeTreeData) this._register(target.onDidChangeTreeData((e) => this._onDidChangeTreeData.fire(e)));
  }

  private resolve(): vscode.TreeDataProvider<T> | undefined {
    if (!this.target) this.load();
    return this.target;
  }

  getTreeItem(element: T): vscode.TreeItem | Thenable<vscode.TreeItem> {
    const target = this.resolve();
    if (!target) throw new Error(vscode.l10n.t('Newsmark could not load its corpus views'));
    return target.getTreeItem(element);
  }

  getChildren(element?: T): vscode.ProviderResult<T[]> {
    return this.resolve()?.getChildren(element) ?? [];
  }

  getParent(element: T): vscode.ProviderResult<T> {
    return this.resolve()?.getParent?.(element);
  }
}

/** Timer period of `whenIdle`, and how late a tick may be for the thread to count as idle. */
const IDLE_TICK_MS = 25;
const IDLE_SLACK_MS = 5;
const IDLE_TICKS = 4;

/**
 * Runs `run` once the extension host thread has been idle for a while (`IDLE_TICKS` timer ticks in a row on
 * time: no other extension activating, no burst of events), or after `maxWaitMs` at the latest. Node has no
 * requestIdleCallback; a late timer is what a busy thread looks like from inside.
 */
export function whenIdle(run: () => void, maxWaitMs = 3000): vscode.Disposable {
  const start = performance.now();
  let quiet = 0;
  let timer: NodeJS.Timeout | undefined;
  const tick = (scheduled: number) => {
    const now = performance.now();
    quiet = now - scheduled <= IDLE_TICK_MS + IDLE_SLACK_MS ? quiet + 1 : 0;
    if (quiet >= IDLE_TICKS || now - start >= maxWaitMs) {
      timer = undefined;
      run();
      return;
    }
    timer = setTimeout(tick, IDLE_TICK_MS, performance.now());
  };
  timer = setTimeout(tick, IDLE_TICK_MS, performance.now());
  return { dispose: () => timer && clearTimeout(timer) };
}
