import { v7 as uuidv7 } from 'uuid';
import type { SeatMigration } from '../migration';

/** The seat's identity for sync: a client id made once, and an incarnation bumped on every restored copy. */
export const seatMetaMigration: SeatMigration = {
  version: 1,
  name: '0001-seat-meta',
  up(db) {
    db.exec(`
      CREATE TABLE seat_meta (
        key   TEXT PRIMARY KEY,
        value TEXT NOT NULL
      ) STRICT;
    `);
    const insert = db.prepare('INSERT INTO seat_meta (key, value) VALUES (?, ?)');
    insert.run('client_id', uuidv7());
    insert.run('incarnation', '1');
    insert.run('created_at', String(Date.now()));
  },
};
