import { join } from 'node:path';

/** The repository's resources/: a new center publishes its demo catalog and knowledge base from here. */
export const centerResourcesDir = join(import.meta.dirname, '..', '..', 'resources');
