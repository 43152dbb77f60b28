import { mkdirSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import { Script } from 'node:vm';

/** How long after loading the cache is written: functions compiled lazily in that time are cached too. */
const WRITE_AFTER_MS = 10_000;

/**
 * Requires a CommonJS bundle, compiling it with V8's code cache kept in `cacheDir`: the next window loads
 * it without parsing and compiling it again (a fifth to two fifths of loading dist/services.js). The cache is
 * keyed by the bundle's size and time and by the V8 version and architecture; V8 itself rejects data that does not fit,
 * and any failure falls back to a plain `require`, so the cache can only make loading faster.
 */
export function requireWithCodeCache(file: string, cacheDir: string | undefined, log: (message: string) => void): unknown {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a bundle chosen at run time
  if (!cacheDir) return require(file);
  let compiled: { run: () => unknown; script: Script; cacheFile: string; hadCache: boolean } | undefined;
  try {
    const stat = statSync(file);
    // One cache directory per extension installation (global storage), so the bundle's name is enough.
    const key = `${stat.size}-${Math.round(stat.mtimeMs)}-${process.arch}-v8-${process.versions.v8}`.replace(/[^\w.-]/g, '_');
    const cacheFile = join(cacheDir, `${basename(file)}.${key}.v8cache`);
    let cachedData: Buffer | undefined;
    try {
      cachedData = readFileSync(cacheFile);
    } catch {
      // No cache yet: this load writes it.
    }
    const source = readFileSync(file, 'utf8');
    // The wrapper Node puts around a CommonJS module, so the bundle sees the usual module variables.
    const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, { filename: file, cachedData });
    const run = () => {
      const module = { exports: {} as unknown };
      // A require whose parent is the bundle: VS Code resolves `vscode` for the extension that file is in.
      const moduleRequire = createRequire(file);
      (script.runInThisContext() as (...args: unknown[]) => void).call(module.exports, module.exports, moduleRequire, module, file, dirname(file));
      return module.exports;
    };
    compiled = { run, script, cacheFile, hadCache: cachedData !== undefined && !script.cachedDataRejected };
  } catch (e) {
    log(`the code cache of ${basename(file)} is not usable (${String(e)}); loading it plainly`);
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- a bundle chosen at run time
    return require(file);
  }
  const exports = compiled.run();
  if (!compiled.hadCache) {
    const { script, cacheFile } = compiled;
    setTimeout(() => {
      try {
        mkdirSync(cacheDir, { recursive: true });
        const tmp = `${cacheFile}.${process.pid}.tmp`;
        writeFileSync(tmp, script.createCachedData());
        renameSync(tmp, cacheFile);
        // Caches of earlier builds of the same bundle are of no use any more.
        for (const name of readdirSync(cacheDir)) {
          if (name.startsWith(`${basename(file)}.`) && name.endsWith('.v8cache') && join(cacheDir, name) !== cacheFile) unlinkSync(join(cacheDir, name));
        }
      } catch (e) {
        log(`could not write the code cache of ${basename(file)}: ${String(e)}`);
      }
    }, WRITE_AFTER_MS).unref();
  }
  return exports;
}
