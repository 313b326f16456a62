import type { SeatMigration } from '../migration';

/** Keys the intake's create args carried for the seat itself, not part of the ticket the center stores. */
const seatOnlyCreateKeys = [
  'ticketId', 'draftId', 'callId', 'callerPhoneKey', 'descriptionNote', 'receivedAt', 'dispatchBy', 'feedbackBy',
  'catalogVersion', 'createdBy', 'leadUnitId', 'coUnitIds', 'repeatOfTicketId',
];

/**
 * What the sync engine keeps:
 * - On each ticket, the center's side apart from what the seat shows
 *   (ARCHITECTURE.md, "Sync protocol"): the version (change number) and
 *   lifecycle last pulled, and the risky fields' versions that an edit must
 *   name. NULL server_version means the center has not confirmed the ticket.
 *   The display columns are that state with pending mutations laid on top.
 * - The center's events on the local timeline once each, by their id.
 * - The pull cursors and the last sync time, in sync_state.
 * - Refused mutations until the operator dismisses them, with the receipt.
 * - A verifier per operator for signing in while the center is unreachable
 *   (scrypt; never the password).
 *
 * Outbox rows written before this step held the seat's own shape of the
 * intents; they are rewritten to the wire shape of src/shared/sync, so the
 * engine sends every row as it is stored.
 */
export const syncStateMigration: SeatMigration = {
  version: 6,
  name: '0006-sync-state',
  up(db) {
    db.exec(`
      ALTER TABLE tickets ADD COLUMN server_version INTEGER;
      ALTER TABLE tickets ADD COLUMN server_lifecycle TEXT CHECK (server_lifecycle IS NULL OR json_valid(server_lifecycle));
      ALTER TABLE tickets ADD COLUMN field_versions TEXT CHECK (field_versions IS NULL OR json_valid(field_versions));

      ALTER TABLE ticket_events ADD COLUMN center_event_id INTEGER;
      CREATE UNIQUE INDEX ticket_events_by_center_id ON ticket_events (center_event_id) WHERE center_event_id IS NOT NULL;

      CREATE TABLE sync_state (
        key   TEXT PRIMARY KEY,
        value INTEGER NOT NULL
      ) STRICT;

      CREATE TABLE sync_rejections (
        client_seq   INTEGER PRIMARY KEY,
        mutation     TEXT NOT NULL,
        ticket_id    TEXT,
        args         TEXT NOT NULL CHECK (json_valid(args)),
        outcome      TEXT NOT NULL CHECK (outcome IN ('rejected', 'conflict')),
        receipt      TEXT NOT NULL CHECK (json_valid(receipt)),
        at           INTEGER NOT NULL,
        dismissed_at INTEGER
      ) STRICT;

      CREATE TABLE sign_in_verifiers (
        username     TEXT PRIMARY KEY,
        verifier     TEXT NOT NULL,
        account      TEXT NOT NULL CHECK (json_valid(account)),
        signed_in_at INTEGER NOT NULL
      ) STRICT;
    `);

    const rows = db.prepare('SELECT client_seq, mutation, args FROM outbox').all() as {
      client_seq: number;
      mutation: string;
      args: string;
    }[];
    const update = db.prepare<[string, number]>('UPDATE outbox SET args = ? WHERE client_seq = ?');
    for (const row of rows) {
      const args = JSON.parse(row.args) as Record<string, unknown>;
      if (row.mutation === 'ticket.create@1' && 'descriptionNote' in args) {
        const content = Object.fromEntries(Object.entries(args).filter(([key]) => !seatOnlyCreateKeys.includes(key)));
        const description = (args.descriptionNote as { body: string }).body;
        const wire = { ticketId: args.ticketId, receivedAt: args.receivedAt, catalogVersion: args.catalogVersion, ticket: { ...content, description } };
        update.run(JSON.stringify(wire), row.client_seq);
      } else if (row.mutation === 'ticket.addNote@1') {
        update.run(JSON.stringify({ ticketId: args.ticketId, noteId: args.noteId, body: args.body }), row.client_seq);
      }
    }
  },
};
