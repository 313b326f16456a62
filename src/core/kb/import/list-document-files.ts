import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { formatOfPath } from '../document/parse-document-source';

/**
 * The importable files under a folder, recursively, in a stable order so
 * progress and reports read the same on every run. Hidden entries and
 * node_modules are skipped; sidecar .yml files are read with their document.
 */
export function listDocumentFiles(root: string): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile() && formatOfPath(entry.name) !== null) found.push(path);
    }
  };
  walk(root);
  return found.sort((a, b) => {
    const left = relative(root, a);
    const right = relative(root, b);
    return left < right ? -1 : left > right ? 1 : 0;
  });
}
