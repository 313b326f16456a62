import type { Database } from 'better-sqlite3';
import type { SeatMigration } from '../migration';

/**
 * Two things that make a seat's first sync of 100,000 tickets fast:
 *
 * - The center's events of a ticket become one JSON array per ticket in
 *   ticket_center_events, shaped as the timeline shows them, instead of a
 *   row each in ticket_events. A pulled ticket carries its whole history,
 *   so each newer version replaces the array; four rows and two index
 *   entries per ticket were a fifth of the initial sync. ticket_events keeps
 *   the seat's own append-only audit trail. The rows' kinds lose their
 *   "center." prefix: the timeline tells the two apart by source.
 * - deferred_indexes holds the definitions of indexes dropped while an empty
 *   seat loads its first pull, so they are built once at the end (and after
 *   a crash midway) instead of being updated row by row.
 * - The tickets table's `column IN (...)` lists (its checks and the
 *   generated due_at) become `column = ... OR ...`: the same rule, but
 *   SQLite built a temporary table for each list on every write, half the
 *   cost of writing a ticket row.
 */
export const centerEventsAndDeferredIndexesMigration: SeatMigration = {
  version: 7,
  name: '0007-center-events-and-deferred-indexes',
  up(db) {
    db.exec(`
      CREATE TABLE ticket_center_events (
        ticket_key INTEGER PRIMARY KEY REFERENCES tickets (ticket_key),
        events     TEXT NOT NULL CHECK (json_valid(events))
      ) STRICT;

      INSERT INTO ticket_center_events (ticket_key, events)
        SELECT ticket_key, json_group_array(json_object('id', center_event_id, 'kind', substr(kind, length('center.') + 1), 'at', at, 'actor', actor, 'data', json(data)))
        FROM (SELECT * FROM ticket_events WHERE center_event_id IS NOT NULL ORDER BY ticket_key, id)
        GROUP BY ticket_key;

      -- Moving the center's rows out is the one delete the append-only trail allows, here and nowhere else.
      DROP TRIGGER ticket_events_append_only_delete;
      DELETE FROM ticket_events WHERE center_event_id IS NOT NULL;
      CREATE TRIGGER ticket_events_append_only_delete BEFORE DELETE ON ticket_events
        BEGIN SELECT RAISE(ABORT, 'ticket events are append-only'); END;
      DROP INDEX ticket_events_by_center_id;
      ALTER TABLE ticket_events DROP COLUMN center_event_id;

      CREATE TABLE deferred_indexes (
        name TEXT PRIMARY KEY,
        sql  TEXT NOT NULL
      ) STRICT;
    `);
    rewriteTableSql(db, 'tickets', inListsAsEquals);
  },
};

/** A list of plain string or integer constants, the only lists inListsAsEquals rewrites. */
const constantList = /^\s*(?:'[^',()]*'|\d+)(?:\s*,\s*(?:'[^',()]*'|\d+))*\s*$/;

/**
 * `status IN ('a', 'b')` → `(status = 'a' OR status = 'b')`, for a column
 * against a list of constants; the parentheses keep it one term wherever it
 * stands (a CHECK, the CASE of the generated due_at column).
 */
export function inListsAsEquals(sql: string): string {
  return sql.replace(/(\w+) IN \(([^()]*)\)/g, (whole, column: string, list: string) =>
    constantList.test(list) ? `(${list.split(',').map((value) => `${column} = ${value.trim()}`).join(' OR ')})` : whole,
  );
}

/**
 * SQLite's documented way to change a table's CHECK constraints without
 * copying it (https://sqlite.org/lang_altertable.html#otheralter): edit the
 * stored CREATE TABLE and bump the schema version. Rows are stored the same
 * either way, so a million-ticket seat migrates at once. Only for rewrites
 * that accept exactly the rows the old text accepted.
 */
function rewriteTableSql(db: Database, table: string, rewrite: (sql: string) => string): void {
  const sql = db.prepare<[string], string>("SELECT sql FROM sqlite_schema WHERE type = 'table' AND name = ?").pluck().get(table);
  if (sql === undefined) throw new Error(`rewriteTableSql: no table ${table}`);
  const version = db.pragma('schema_version', { simple: true }) as number;
  db.unsafeMode(true);
  try {
    db.pragma('writable_schema = ON');
    db.prepare("UPDATE sqlite_schema SET sql = ? WHERE type = 'table' AND name = ?").run(rewrite(sql), table);
    // A number we read a line above; PRAGMA takes no bound parameters.
    db.pragma(`schema_version = ${version + 1}`);
  } finally {
    db.pragma('writable_schema = OFF');
    db.unsafeMode(false);
  }
}
