// Mocha reporter for the extension host: spec-style lines through console.log, each one prefixed with
// $NEWSMARK_REPORT_PREFIX when set. In code-server the extension host's console reaches us only through the
// browser console, mixed with the workbench's own logging; the prefix is how the launcher keeps mocha's lines.
// The summary lines are mocha's ("N passing", "N failing") so scripts/test-all.mjs counts every suite alike.

class ExtensionHostReporter {
  constructor(runner: Mocha.Runner) {
    const prefix = process.env.NEWSMARK_REPORT_PREFIX ?? '';
    const out = (text: string) => {
      for (const line of text.split('\n')) console.log(prefix + line);
    };
    const failures: { title: string; err: Error }[] = [];
    let passed = 0;
    let pending = 0;
    let depth = 0;
    const indent = () => '  '.repeat(depth + 1);
    const started = Date.now();

    runner.on('suite', (suite: Mocha.Suite) => {
      if (suite.root) return;
      out(indent() + suite.title);
      depth++;
    });
    runner.on('suite end', (suite: Mocha.Suite) => {
      if (!suite.root) depth--;
    });
    runner.on('pass', (test: Mocha.Test) => {
      passed++;
      out(`${indent()}✔ ${test.title} (${test.duration ?? 0}ms)`);
    });
    runner.on('pending', (test: Mocha.Test) => {
      pending++;
      out(`${indent()}- ${test.title}`);
    });
    runner.on('fail', (test: Mocha.Runnable, err: Error) => {
      failures.push({ title: test.fullTitle(), err });
      out(`${indent()}${failures.length}) ${test.title}`);
    });
    runner.once('end', () => {
      out('');
      out(`  ${passed} passing (${Date.now() - started}ms)`);
      if (pending) out(`  ${pending} pending`);
      if (failures.length) {
        out(`  ${failures.length} failing`);
        failures.forEach(({ title, err }, i) => {
          out('');
          out(`  ${i + 1}) ${title}:`);
          out(`     ${err.stack ?? err.message}`);
        });
      }
      out('');
    });
  }
}

export = ExtensionHostReporter;
