import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { root } from './toolchain.mjs';

function newestMtime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/** True when out/ is missing or older than any source or build setting. */
export function buildIsStale() {
  const marker = join(root, 'out', 'main', 'index.js');
  if (!existsSync(marker) || !existsSync(join(root, 'out', 'renderer', 'index.html'))) return true;
  const built = statSync(marker).mtimeMs;
  const inputs = [join(root, 'src'), join(root, 'resources')].filter(existsSync).map(newestMtime);
  const configs = ['package.json', 'electron.vite.config.ts'].map((file) => statSync(join(root, file)).mtimeMs);
  return Math.max(...inputs, ...configs) > built;
}
