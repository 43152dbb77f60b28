// Types for scripts/vscode-host.mjs, which plain Node runs (npm start, the test launcher) without a build step.
import type { BrowserContext } from 'playwright-core';

export const ROOT: string;
export const CACHE: string;
export const NODE_VERSION: string;
export const CODE_SERVER_VERSION: string;
export const CHROMIUM_ARGS: readonly string[];
export const WORKBENCH_SETTINGS: Readonly<Record<string, unknown>>;

export interface CodeServer {
  port: number;
  /** `http://127.0.0.1:PORT` */
  origin: string;
  pid: number;
  logFile: string;
  userDataDir: string;
  extensionsDir: string;
  /** Stops the server's whole process group. */
  stop(): Promise<void>;
}

export interface StartOptions {
  port?: number;
  dir?: string;
  userDataDir?: string;
  extensionsDir?: string;
  env?: Record<string, string>;
  quiet?: boolean;
  /** Display language passed to code-server as --locale (e.g. "fr"). */
  locale?: string;
}

export interface WorkbenchUrlOptions {
  folder?: string;
  extensionDevelopmentPath?: string | string[];
  extensionTestsPath?: string;
}

export function ensureHost(options?: { browser?: boolean }): { node: string; codeServer: string; chromium?: string };
export function chromiumPath(): string;
export function onCleanup(fn: () => void): () => void;
export function makeScratch(label: string): string;
export function scratchWorkspace(label?: string): string;
/** `playground/` under `root`: a git-ignored working copy of seeds/ for `npm start`, made when missing. */
export function startFolder(root?: string): string;
export function freePort(preferred?: number): Promise<number>;
export function writeUserSettings(userDataDir: string, settings?: Record<string, unknown>): void;
export function startCodeServer(options?: StartOptions): Promise<CodeServer>;
export function workbenchUrl(origin: string, options?: WorkbenchUrlOptions): string;
export function launchBrowser(options?: { dir?: string; viewport?: { width: number; height: number } }): Promise<BrowserContext>;
export function runExtensionTests(options: {
  folder?: string;
  extensionDevelopmentPath?: string[];
  extensionTestsPath: string;
  extensionsDir?: string;
  env?: Record<string, string>;
  timeoutMs?: number;
}): Promise<number>;
