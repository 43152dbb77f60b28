#!/usr/bin/env node
// `npm test`: build, type check, lint, format check, unit, integration (real VS Code), e2e (browser). Every step runs even
// when an earlier one failed; the last line is `N passed, N failed` over the tests of all suites, where a
// failing build, type check or lint counts as one failure.
import { spawn } from 'node:child_process';
import { join, resolve, dirname } from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name) => join(ROOT, 'node_modules', '.bin', name);
const node = process.execPath;

/** `counts: true` for mocha suites, whose "N passing" / "N failing" lines are summed. */
const steps = [
  { name: 'build', cmd: node, args: ['esbuild.mjs', '--tests'] },
  { name: 'type check', cmd: bin('tsc'), args: ['--noEmit', '-p', '.'] },
  { name: 'lint', cmd: bin('eslint'), args: ['.'] },
  // The formatter's check (the globs of `npm run format`): a file not formatted counts as one failure.
  { name: 'format', cmd: bin('prettier'), args: ['--check', 'src/**/*.ts', 'test/**/*.{ts,mjs}', 'scripts/**/*.{ts,mjs}', 'bench/**/*.{ts,mjs}', '*.mjs'] },
  { name: 'unit', cmd: bin('mocha'), args: ['test/unit/**/*.test.ts'], counts: true },
  { name: 'integration', cmd: node, args: ['scripts/vscode-host.mjs', 'test-integration'], counts: true },
  { name: 'e2e', cmd: node, args: ['scripts/vscode-host.mjs', 'test-e2e'], counts: true },
];

/** Runs a step with its output shown live and kept for counting. */
function runStep({ cmd, args }) {
  return new Promise((res) => {
    // Plain text: the output is parsed, and CI logs show escape codes verbatim.
    const env = { ...process.env, NO_COLOR: '1' };
    delete env.FORCE_COLOR;
    const child = spawn(cmd, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], env });
    let out = '';
    child.stdout.on('data', (d) => {
      out += d;
      process.stdout.write(d);
    });
    child.stderr.on('data', (d) => {
      out += d;
      process.stderr.write(d);
    });
    child.on('error', (e) => res({ code: 1, out: out + String(e) }));
    child.on('close', (code, signal) => res({ code: code ?? (signal ? 1 : 0), out }));
  });
}

/** The last "N passing" / "N failing" of mocha's summary (spec reporter, or test/integration/reporter.ts). */
function mochaCounts(out) {
  const last = (re) => {
    const all = [...out.matchAll(re)];
    return all.length ? Number(all[all.length - 1][1]) : undefined;
  };
  return { passed: last(/^\s*(\d+) passing\b/gm), failed: last(/^\s*(\d+) failing\b/gm) ?? 0 };
}

let passed = 0;
let failed = 0;
const report = [];
for (const step of steps) {
  console.log(`\n=== ${step.name} ===`);
  const started = Date.now();
  const { code, out } = await runStep(step);
  const secs = Math.round((Date.now() - started) / 1000);
  let line;
  if (step.counts) {
    const c = mochaCounts(out);
    let f = c.failed;
    let note = '';
    if (c.passed === undefined) {
      f = Math.max(f, 1);
      note = ' (no test report: the suite did not run)';
    } else if (code !== 0 && f === 0) {
      f = 1;
      note = ` (exit code ${code})`;
    } else if (c.passed + f === 0) {
      f = 1;
      note = ' (no tests found)';
    }
    passed += c.passed ?? 0;
    failed += f;
    line = `${step.name}: ${c.passed ?? 0} passed, ${f} failed${note}`;
  } else {
    if (code !== 0) failed += 1;
    line = `${step.name}: ${code === 0 ? 'ok' : `FAILED (exit code ${code})`}`;
  }
  report.push(`${line} [${secs} s]`);
}

console.log('\n=== summary ===');
for (const line of report) console.log(line);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
