// Runs on whatever Node the machine has (Node 20 included), so: no
// TypeScript, no dependencies, only node: built-ins.
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const localNodeDir = join(root, '.cache', 'node');
const localNode = join(localNodeDir, 'node_modules', '.bin', 'node');
const minimum = [22, 12];

export function say(line) {
  console.log(`seat: ${line}`);
}

export function run(command, args, options = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', cwd: root, ...options });
  if (result.error) throw result.error;
  return result.status ?? 1;
}

export function runOrExit(command, args, options) {
  const status = run(command, args, options);
  if (status !== 0) process.exit(status);
}

function nodeIsRecentEnough(version = process.versions.node) {
  const [major, minor] = version.split('.').map(Number);
  return major > minimum[0] || (major === minimum[0] && minor >= minimum[1]);
}

/**
 * Re-runs the current script under Node 24 when the machine's Node is older
 * than the project needs, installing Node 24 from the npm registry into
 * .cache/node once.
 */
export function ensureNode() {
  if (nodeIsRecentEnough()) return;
  if (!existsSync(localNode)) {
    say(`Node ${process.versions.node} is older than ${minimum.join('.')}; installing Node 24 into .cache/node (once)...`);
    runOrExit('npm', ['install', '--prefix', localNodeDir, '--no-save', '--no-audit', '--no-fund', 'node@24']);
  }
  const binDir = dirname(localNode);
  const headers = join(localNodeDir, 'node_modules', 'node', 'node_modules', `node-${process.platform}-${process.arch}`);
  const env = {
    ...process.env,
    PATH: `${binDir}${process.platform === 'win32' ? ';' : ':'}${process.env.PATH}`,
    // Native addons that fall back to compiling must use Node 24's headers, not the machine's.
    npm_config_nodedir: existsSync(join(headers, 'include')) ? headers : process.env.npm_config_nodedir,
  };
  const result = spawnSync(localNode, process.argv.slice(1), { stdio: 'inherit', env });
  process.exit(result.status ?? 1);
}

/** Installs dependencies when node_modules is missing or older than the lock file. */
export function ensureDependencies() {
  const lock = join(root, 'package-lock.json');
  const installed = join(root, 'node_modules', '.package-lock.json');
  if (existsSync(installed) && statSync(installed).mtimeMs >= statSync(lock).mtimeMs) return;
  say('installing dependencies (npm ci)...');
  runOrExit('npm', ['ci', '--no-audit', '--no-fund']);
}
