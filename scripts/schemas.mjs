// Generates schemas/sidecar.schema.json and schemas/newsmark.schema.json from the zod schemas in
// src/core/sidecar/schema.ts (the single source of truth). esbuild.mjs calls writeSchemas() on
// every build; `node scripts/schemas.mjs` runs it alone. The output is committed, so the YAML
// extension can validate sidecars (package.json `yamlValidation`) without a build.
import * as esbuild from 'esbuild';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

// Bundled with the schema module so both use the same zod instance.
const entry = `
import { z } from 'zod';
import { sidecarSchema, corpusSchema } from './src/core/sidecar/schema';
const options = { io: 'input', target: 'draft-07', unrepresentable: 'any' };
export const sidecar = z.toJSONSchema(sidecarSchema, options);
export const corpus = z.toJSONSchema(corpusSchema, options);
`;

function withHeader(schema, id, title, description) {
  const { $schema, ...rest } = schema;
  return { $schema, $id: id, title, description, ...rest };
}

/** Writes the JSON Schemas; returns their paths. Leaves a file untouched when its content is unchanged. */
export async function writeSchemas() {
  const result = await esbuild.build({
    stdin: { contents: entry, resolveDir: root, loader: 'ts', sourcefile: 'schemas-entry.ts' },
    bundle: true,
    platform: 'node',
    format: 'cjs',
    write: false,
    logLevel: 'warning',
  });
  const tmp = mkdtempSync(join(tmpdir(), 'newsmark-schemas-'));
  let mod;
  try {
    const file = join(tmp, 'schemas.cjs');
    writeFileSync(file, result.outputFiles[0].text);
    mod = createRequire(pathToFileURL(file).href)(file);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  const out = [
    [
      'sidecar.schema.json',
      withHeader(
        mod.sidecar,
        'https://newsmark.invalid/schemas/sidecar.schema.json',
        'Newsmark sidecar (<article>.annotations.yaml)',
        'Annotations of one news article. Generated from src/core/sidecar/schema.ts; see docs/sidecar-format.md.',
      ),
    ],
    [
      'newsmark.schema.json',
      withHeader(
        mod.corpus,
        'https://newsmark.invalid/schemas/newsmark.schema.json',
        'Newsmark corpus file (newsmark.yaml)',
        'People, events, verdicts and links across articles. Generated from src/core/sidecar/schema.ts; see docs/sidecar-format.md.',
      ),
    ],
  ];
  mkdirSync(join(root, 'schemas'), { recursive: true });
  const written = [];
  for (const [name, schema] of out) {
    const path = join(root, 'schemas', name);
    const text = JSON.stringify(schema, null, 2) + '\n';
    let old;
    try {
      old = readFileSync(path, 'utf8');
    } catch {
      old = undefined;
    }
    if (old !== text) writeFileSync(path, text);
    written.push(path);
  }
  return written;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  writeSchemas().then(
    (paths) => console.log(paths.join('\n')),
    (e) => {
      console.error(e);
      process.exit(1);
    },
  );
}
