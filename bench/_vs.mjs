import { runVsCodeBench } from '/work/main/bench/vscode.mjs';
console.log(JSON.stringify(await runVsCodeBench('/work/main', 1)));
process.exit(0);
