import { join } from 'node:path';

/**
 * Where the demo catalog sits inside the app's resources folder. The caller
 * passes that folder (the repository's resources/ in development and tests,
 * process.resourcesPath in a packaged app), so the core never guesses.
 */
export function demoCatalogFile(resourcesDir: string): string {
  return join(resourcesDir, 'catalog', 'catalog.json');
}
