import * as vscode from 'vscode';

/** Base class for services that own disposables: register once, dispose together, in reverse order. */
export abstract class Disposable implements vscode.Disposable {
  private readonly _disposables: vscode.Disposable[] = [];
  private _isDisposed = false;

  protected get isDisposed(): boolean {
    return this._isDisposed;
  }

  protected _register<T extends vscode.Disposable>(value: T): T {
    if (this._isDisposed) {
      value.dispose();
    } else {
      this._disposables.push(value);
    }
    return value;
  }

  dispose(): void {
    if (this._isDisposed) return;
    this._isDisposed = true;
    while (this._disposables.length) {
      try {
        this._disposables.pop()?.dispose();
      } catch (e) {
        console.error('[newsmark] dispose failed', e);
      }
    }
  }
}

/** Runs `fn` once `delayMs` after the last call for the same key; `flush` runs pending calls now. */
export class KeyedDebouncer implements vscode.Disposable {
  private readonly timers = new Map<string, { timer: NodeJS.Timeout; fn: () => void }>();

  schedule(key: string, delayMs: number, fn: () => void): void {
    this.cancel(key);
    const timer = setTimeout(() => {
      this.timers.delete(key);
      fn();
    }, delayMs);
    this.timers.set(key, { timer, fn });
  }

  cancel(key: string): void {
    const pending = this.timers.get(key);
    if (pending) clearTimeout(pending.timer);
    this.timers.delete(key);
  }

  flush(key?: string): void {
    for (const [k, pending] of [...this.timers]) {
      if (key !== undefined && k !== key) continue;
      clearTimeout(pending.timer);
      this.timers.delete(k);
      pending.fn();
    }
  }

  dispose(): void {
    for (const pending of this.timers.values()) clearTimeout(pending.timer);
    this.timers.clear();
  }
}

/** Registers the handler of `newsmark.<id>` (services.ts decides where commands live). */
export type CommandRegistrar = (id: string, handler: (...args: never[]) => unknown) => vscode.Disposable;

/**
 * Wraps a command handler: an error thrown by it becomes a clear message instead of a silent rejection
 * in the extension host log.
 */
export function reportingErrors(handler: (...args: never[]) => unknown): (...args: never[]) => Promise<unknown> {
  return async (...args: never[]) => {
    try {
      return await handler(...args);
    } catch (e) {
      void vscode.window.showErrorMessage(vscode.l10n.t('Newsmark: {0}', (e as Error).message ?? String(e)));
      return undefined;
    }
  };
}
