// npx tsx src/core/tickets/dev/generate-tickets-cli.ts <seat.sqlite> [count]: fills a seat database for trying the UI at scale.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateCatalog } from '../../../shared/catalog/validate-catalog';
import { openSeatDatabase } from '../../db/open-seat-database';
import { readSeatIdentity } from '../../seat/seat-identity';
import { generateTickets } from './generate-tickets';

const [path, countArg = '100000'] = process.argv.slice(2);
if (!path) {
  console.error('usage: tsx src/core/tickets/dev/generate-tickets-cli.ts <seat.sqlite> [count]');
  process.exit(2);
}
const catalogFile = join(import.meta.dirname, '..', '..', '..', '..', 'resources', 'catalog', 'catalog.json');
const validation = validateCatalog(JSON.parse(readFileSync(catalogFile, 'utf8')));
if (!validation.ok) throw new Error(`the shipped catalog is invalid: ${validation.problems[0]?.reason ?? ''}`);

const db = openSeatDatabase(path);
const { ms, count } = generateTickets(db, {
  count: Number(countArg),
  catalog: validation.catalog,
  seatClientId: readSeatIdentity(db).clientId,
  onProgress: (written) => process.stdout.write(`\r${written} tickets`),
});
db.close();
console.log(`\n${count} tickets in ${(ms / 1000).toFixed(1)} s → ${path}`);
