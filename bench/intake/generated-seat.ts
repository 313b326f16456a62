import { existsSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSeatDatabase } from '../../src/core/db/open-seat-database';
import { readSeatIdentity } from '../../src/core/seat/seat-identity';
import { generateTickets } from '../../src/core/tickets/dev/generate-tickets';
import type { Catalog } from '../../src/shared/catalog/catalog-schema';
import { validateCatalog } from '../../src/shared/catalog/validate-catalog';

export function shippedCatalog(): Catalog {
  const file = join(import.meta.dirname, '..', '..', 'resources', 'catalog', 'catalog.json');
  const validation = validateCatalog(JSON.parse(readFileSync(file, 'utf8')));
  if (!validation.ok) throw new Error(`the shipped catalog is invalid: ${validation.problems[0]?.reason ?? ''}`);
  return validation.catalog;
}

export interface GeneratedSeat {
  path: string;
  generateMs: number | null;
}

/**
 * A seat database filled with `count` generated tickets, kept in the temp
 * directory between runs (a million takes a couple of minutes to make);
 * the file name carries the count and seed, and the file only gets its
 * final name once complete. `fresh` makes it again.
 */
export function generatedSeat(count: number, seed: number, catalog: Catalog, fresh: boolean): GeneratedSeat {
  const path = join(tmpdir(), `seat-bench-intake-${count}-${seed}.sqlite`);
  if (existsSync(path) && !fresh) return { path, generateMs: null };
  const partial = `${path}.partial`;
  for (const file of [path, partial, `${partial}-wal`, `${partial}-shm`]) rmSync(file, { force: true });
  const db = openSeatDatabase(partial);
  const { ms } = generateTickets(db, {
    count,
    catalog,
    seed,
    seatClientId: readSeatIdentity(db).clientId,
    onProgress: (written) => process.stdout.write(`\rgenerating tickets: ${written}/${count}`),
  });
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
  process.stdout.write('\n');
  renameSync(partial, path);
  return { path, generateMs: ms };
}
