// Makes seeds/*.annotations.yaml with the extension itself: copies seeds/ to a scratch folder, runs
// tools/seedSidecars.ts in the real extension host (code-server), and copies the sidecars back.
//   node scripts/seed-sidecars.mjs
import * as esbuild from 'esbuild';
import { copyFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, ensureHost, runExtensionTests, scratchWorkspace } from './vscode-host.mjs';

ensureHost();
const out = join(ROOT, 'out', 'tools', 'seedSidecars.js');
await esbuild.build({
  entryPoints: [join(ROOT, 'tools', 'seedSidecars.ts')],
  outfile: out,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  external: ['vscode'],
});
const folder = scratchWorkspace('seed-sidecars');
for (const f of readdirSync(folder)) if (f.endsWith('.annotations.yaml') || f === 'newsmark.yaml') rmSync(join(folder, f));
const code = await runExtensionTests({ folder, extensionTestsPath: out });
if (code !== 0) {
  console.error(`seed-sidecars: the extension host run failed (exit ${code})`);
  process.exit(code);
}
let n = 0;
for (const f of readdirSync(folder)) {
  if (!f.endsWith('.annotations.yaml')) continue;
  copyFileSync(join(folder, f), join(ROOT, 'seeds', f));
  n++;
}
console.log(`seed-sidecars: wrote ${n} sidecar(s) into seeds/`);
process.exit(0);
