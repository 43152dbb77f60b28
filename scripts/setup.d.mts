// Types for scripts/setup.mjs, which plain Node runs before any dependency is installed.
export const ROOT: string;
/** Why the dependencies must be (re)installed, or undefined when node_modules matches package-lock.json. */
export function dependencyState(root?: string): string | undefined;
/** Why dist/ must be rebuilt, or undefined when it is newer than every source. */
export function buildState(root?: string): string | undefined;
/** Runs `npm ci` when needed; true when it did. */
export function ensureDependencies(root?: string): boolean;
/** Bundles with esbuild when needed; true when it did. */
export function ensureBuild(root?: string): boolean;
