// Bundles the benchmark tasks with esbuild, as the extension is bundled (same code, same optimiser input).
import * as esbuild from 'esbuild';
export async function buildBench(root) {
  const common = { bundle: true, platform: 'node', target: 'node20', format: 'cjs', sourcemap: 'linked', logLevel: 'warning' };
  await Promise.all([
    esbuild.build({ ...common, entryPoints: [`${root}/bench/worker.ts`], outfile: `${root}/out/bench/worker.js` }),
    // The analysis pool's workers run the extension's worker entry, as in dist/.
    esbuild.build({ ...common, entryPoints: [`${root}/src/core/worker/entry.ts`], outfile: `${root}/out/bench/detectWorker.js` }),
  ]);
}
if (import.meta.url === `file://${process.argv[1]}`) await buildBench(process.cwd());
