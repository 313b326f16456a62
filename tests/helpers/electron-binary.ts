import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from './spawn-built-host';

/**
 * The Electron executable if it is already on this machine. Never triggers
 * the npm package's download-on-first-use: a test must not reach the network.
 */
export function installedElectronBinary(env = process.env): string | undefined {
  const packageDir = join(repoRoot, 'node_modules', 'electron');
  const pathFile = join(packageDir, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8') : undefined;
  if (env.ELECTRON_OVERRIDE_DIST_PATH) {
    const candidate = join(env.ELECTRON_OVERRIDE_DIST_PATH, relative ?? 'electron');
    return existsSync(candidate) ? candidate : undefined;
  }
  if (!relative) return undefined;
  const candidate = join(packageDir, 'dist', relative);
  return existsSync(candidate) ? candidate : undefined;
}
