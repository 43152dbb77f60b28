// Bundles the benchmark tasks with esbuild, as the extension is bundled (same code, same optimiser input).
import * as esbuild from 'esbuild';
export async function buildBench(root) {
  await esbuild.build({
    entryPoints: [`${root}/bench/worker.ts`],
    outfile: `${root}/out/bench/worker.js`,
    bundle: true, platform: 'node', target: 'node20', format: 'cjs', sourcemap: 'linked', logLevel: 'warning',
  });
}
if (import.meta.url === `file://${process.argv[1]}`) await buildBench(process.cwd());
