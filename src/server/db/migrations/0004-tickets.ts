import type { CenterMigration } from '../migration';

/**
 * Tickets, their immutable history and notes, the daily number sequence,
 * and which seats opened which tickets (part of a seat's pull scope).
 *
 * Content fields are columns, so each can be written on its own (per-field
 * last-write-wins) and searched; field_versions holds the change number of
 * the last write of each risky field (setFields' conflict check). The
 * lifecycle is the state machine's JSON with status and lead unit copied
 * out for indexes.
 *
 * last_change is the change number of the ticket's latest write: pull
 * orders by it, which is commit order because the counter is bumped inside
 * each write transaction. It is UNIQUE because a change number belongs to
 * one ticket (a transaction that touched two would take two numbers), so a
 * pull page can end at any ticket without splitting a change.
 * last_action_at is when the lifecycle last moved, the unit simulator's clock.
 */
export const ticketsMigration: CenterMigration = {
  version: 4,
  name: '0004-tickets',
  up(db) {
    db.exec(`
      CREATE TABLE ticket (
        id                TEXT PRIMARY KEY,
        number            TEXT NOT NULL UNIQUE,
        channel           TEXT NOT NULL,
        appeal_type       TEXT NOT NULL,
        caller_phone      TEXT NOT NULL,
        caller_phone_key  TEXT,
        caller_name       TEXT NOT NULL,
        caller_gender     TEXT NOT NULL,
        anonymous         INTEGER NOT NULL CHECK (anonymous IN (0, 1)),
        callback_consent  INTEGER NOT NULL CHECK (callback_consent IN (0, 1)),
        callback_phone    TEXT NOT NULL,
        category_id       TEXT NOT NULL,
        district_code     TEXT NOT NULL,
        street_code       TEXT NOT NULL,
        community_code    TEXT NOT NULL,
        address           TEXT NOT NULL,
        lat               REAL,
        lng               REAL,
        title             TEXT NOT NULL,
        description       TEXT NOT NULL,
        urgency           TEXT NOT NULL,
        kb_document_ids   TEXT NOT NULL,
        status            TEXT NOT NULL,
        lead_unit_id      TEXT,
        lifecycle         TEXT NOT NULL,
        sla_class         TEXT NOT NULL,
        received_at       INTEGER NOT NULL,
        dispatched_at     INTEGER,
        dispatch_by       INTEGER,
        feedback_by       INTEGER NOT NULL,
        catalog_version   TEXT NOT NULL,
        created_by_client TEXT NOT NULL REFERENCES sync_client (client_id),
        created_by_seat   TEXT NOT NULL,
        created_by_user   TEXT NOT NULL,
        created_at        INTEGER NOT NULL,
        field_versions    TEXT NOT NULL,
        last_change       INTEGER NOT NULL UNIQUE,
        last_action_at    INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX ticket_by_received ON ticket (received_at);
      CREATE INDEX ticket_by_status ON ticket (status, last_action_at);
      CREATE INDEX ticket_by_lead_unit ON ticket (lead_unit_id, status);
      CREATE INDEX ticket_by_caller ON ticket (caller_phone_key, received_at);
      CREATE INDEX ticket_by_client ON ticket (created_by_client);

      CREATE TABLE ticket_event (
        id            INTEGER PRIMARY KEY,
        ticket_id     TEXT NOT NULL REFERENCES ticket (id),
        kind          TEXT NOT NULL CHECK (kind IN ('created', 'action', 'fields')),
        at            INTEGER NOT NULL,
        actor_role    TEXT NOT NULL,
        actor_unit_id TEXT,
        actor_user    TEXT NOT NULL,
        action        TEXT,
        status        TEXT NOT NULL,
        comment       TEXT,
        fields        TEXT,
        change        INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX ticket_event_by_ticket ON ticket_event (ticket_id, id);

      -- The history is evidence (KPIs are computed from these timestamps): never edited, never removed.
      CREATE TRIGGER ticket_event_no_update BEFORE UPDATE ON ticket_event
        BEGIN SELECT RAISE(ABORT, 'ticket events are immutable'); END;
      CREATE TRIGGER ticket_event_no_delete BEFORE DELETE ON ticket_event
        BEGIN SELECT RAISE(ABORT, 'ticket events are immutable'); END;

      CREATE TABLE ticket_note (
        id         TEXT PRIMARY KEY,
        ticket_id  TEXT NOT NULL REFERENCES ticket (id),
        body       TEXT NOT NULL,
        author     TEXT NOT NULL,
        at         INTEGER NOT NULL,
        change     INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX ticket_note_by_ticket ON ticket_note (ticket_id, at);

      CREATE TRIGGER ticket_note_no_update BEFORE UPDATE ON ticket_note
        BEGIN SELECT RAISE(ABORT, 'notes are append-only'); END;
      CREATE TRIGGER ticket_note_no_delete BEFORE DELETE ON ticket_note
        BEGIN SELECT RAISE(ABORT, 'notes are append-only'); END;

      -- Center numbers: the Beijing calendar day and the last number given that day.
      CREATE TABLE ticket_number_day (
        day  TEXT PRIMARY KEY,
        last INTEGER NOT NULL
      ) STRICT;

      CREATE TABLE sync_subscription (
        client_id TEXT NOT NULL REFERENCES sync_client (client_id),
        ticket_id TEXT NOT NULL REFERENCES ticket (id),
        since     INTEGER NOT NULL,
        PRIMARY KEY (client_id, ticket_id)
      ) STRICT, WITHOUT ROWID;
    `);
  },
};
