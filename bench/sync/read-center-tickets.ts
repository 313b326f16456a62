import { join } from 'node:path';
import Database from 'better-sqlite3';
import { centerDatabaseFileName } from '../../src/server/open-center';
import { loadSyncTickets } from '../../src/server/tickets/ticket-documents';
import type { SyncTicket } from '../../src/shared/sync/sync-ticket-schema';

/**
 * Every ticket of a (stopped) center as a pull delivers it, whole, in
 * commit order: the PouchDB peer replicates exactly the documents a seat's
 * initial sync receives. Read-only, through the center's own loader.
 */
export function readCenterTickets(dataDir: string, pageSize = 1000): SyncTicket[] {
  const db = new Database(join(dataDir, centerDatabaseFileName), { readonly: true });
  try {
    const ids = db.prepare<[], { id: string }>('SELECT id FROM ticket ORDER BY last_change').all().map((row) => row.id);
    const tickets: SyncTicket[] = [];
    for (let from = 0; from < ids.length; from += pageSize) tickets.push(...loadSyncTickets(db, ids.slice(from, from + pageSize)));
    return tickets;
  } finally {
    db.close();
  }
}
