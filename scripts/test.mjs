// npm test: everything that proves the seat works, in the order that fails
// fastest: types, lint, build (the end-to-end tests use it), then vitest's
// Node, jsdom, sync-simulation and Chromium projects. Sets up Node, dependencies and Chromium.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ensureChromium } from './lib/chromium.mjs';
import { ensureDependencies, ensureNode, root, run, runOrExit, say } from './lib/toolchain.mjs';

ensureNode();
ensureDependencies();
const chromium = ensureChromium();
const bin = (name) => join(root, 'node_modules', '.bin', name);

say('typecheck');
runOrExit(bin('tsc'), ['-p', 'tsconfig.json', '--noEmit']);
say('lint');
runOrExit(bin('eslint'), ['--max-warnings=0', '.']);
say('build');
runOrExit(bin('electron-vite'), ['build']);
say(`vitest (node, jsdom, sim, e2e in ${chromium})`);
const report = join(root, 'test-results', 'vitest.json');
const status = run(bin('vitest'), ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`], {
  env: { ...process.env, SEAT_CHROMIUM: chromium },
});

if (existsSync(report)) {
  const totals = JSON.parse(readFileSync(report, 'utf8'));
  const skipped = totals.numPendingTests + totals.numTodoTests;
  console.log(`Tests: ${totals.numPassedTests} passed, ${totals.numFailedTests} failed, ${skipped} skipped`);
}
process.exit(status);
