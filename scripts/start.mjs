// npm start: the Electron seat where Electron can run, else the same seat in
// the browser through the local host. Sets up Node, dependencies and the build.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { buildIsStale } from './lib/build-freshness.mjs';
import { electronAvailability } from './lib/electron-availability.mjs';
import { ensureDependencies, ensureNode, root, runOrExit, say } from './lib/toolchain.mjs';

ensureNode();
ensureDependencies();
if (buildIsStale()) {
  say('building...');
  runOrExit(process.execPath, [join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build']);
}

const forceBrowser = process.argv.includes('--browser');
const electron = forceBrowser ? { ok: false, reason: '--browser was given' } : electronAvailability();
const hostArgs = process.argv.slice(2).filter((arg) => arg !== '--browser');

const child = electron.ok
  ? spawn(electron.path, ['.', ...hostArgs], { cwd: root, stdio: 'inherit' })
  : (say(`Electron cannot run here (${electron.reason}); serving the seat to your browser instead.`),
    spawn(process.execPath, [join(root, 'out', 'main', 'host.js'), ...hostArgs], { cwd: root, stdio: 'inherit' }));

for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code) => process.exit(code ?? 0));
