import type { SeatMigration } from '../migration';

/**
 * The local intake store: tickets, their append-only notes, events and
 * links, the drafts typed during calls, and the outbox the sync engine will
 * drain. Self-contained: it references only its own tables.
 *
 * Shape decisions, each measured at 1 M tickets (bench/intake):
 * - Tickets have an integer `ticket_key` besides the UUIDv7 `id`, so every
 *   index and child row carries a few bytes instead of 36.
 * - The call notes live only in ticket_notes (revision 1 is the description
 *   taken at intake); the tickets row stays narrow for list scans.
 * - The bigram profiles for "already reported?" sit in their own table for
 *   the same reason; only the similarity lookup reads them.
 * - Text search covers titles (an FTS5 index of their bigrams), ticket
 *   numbers and caller numbers, not the notes: an index of a million call
 *   notes would be most of the database.
 * - Every list index ends in received_at, the order every list is shown in.
 *
 * The CHECK lists are written out rather than read from the shared enums: a
 * migration is frozen once released, while the enums may grow (a test
 * compares them, so a new status comes with a new migration).
 */
export const intakeStoreMigration: SeatMigration = {
  version: 3,
  name: '0003-intake-store',
  up(db) {
    db.exec(`
      CREATE TABLE tickets (
        ticket_key           INTEGER PRIMARY KEY,
        id                   TEXT NOT NULL UNIQUE,
        -- The center's human number; NULL until the center has accepted the ticket.
        number               TEXT UNIQUE,
        -- What the seat shows: the center's status, or the one the seat asked for while pending.
        status               TEXT NOT NULL CHECK (status IN (
          'queued', 'received', 'dispatched', 'returned', 'signed_for', 'replied', 'callback_done',
          'unsatisfied', 'rework', 'linked', 'closed', 'direct_answered', 'reopened')),
        channel              TEXT NOT NULL CHECK (channel IN ('phone', 'wechat', 'weibo', 'web', 'app', 'message_board', 'other')),
        appeal_type          TEXT NOT NULL CHECK (appeal_type IN ('consultation', 'help', 'complaint', 'report', 'suggestion', 'praise')),
        urgency              TEXT NOT NULL CHECK (urgency IN ('normal', 'urgent', 'emergency')),
        category_id          TEXT NOT NULL,
        district_code        TEXT NOT NULL,
        street_code          TEXT NOT NULL,
        community_code       TEXT NOT NULL,
        address              TEXT NOT NULL,
        lat                  REAL,
        lng                  REAL,
        title                TEXT NOT NULL,
        -- As typed or sent by the softphone, the key normalizePhone/phoneLookupKey made of it
        -- (NULL for withheld and unreadable numbers), and the display form.
        caller_phone_raw     TEXT NOT NULL,
        caller_phone_key     TEXT,
        caller_phone_display TEXT NOT NULL,
        caller_name          TEXT NOT NULL,
        caller_gender        TEXT NOT NULL CHECK (caller_gender IN ('female', 'male', 'unspecified')),
        anonymous            INTEGER NOT NULL CHECK (anonymous IN (0, 1)),
        callback_consent     INTEGER NOT NULL CHECK (callback_consent IN (0, 1)),
        callback_phone       TEXT NOT NULL,
        lead_unit_id         TEXT,
        co_unit_ids          TEXT NOT NULL CHECK (json_valid(co_unit_ids)),
        -- The current repeat-of parent by its id: a synced ticket may name a parent outside this seat's cache.
        repeat_of_id         TEXT,
        kb_document_ids      TEXT NOT NULL CHECK (json_valid(kb_document_ids)),
        direct_answer        INTEGER NOT NULL CHECK (direct_answer IN (0, 1)),
        catalog_version      TEXT NOT NULL,
        created_by           TEXT NOT NULL,
        -- The intake draft this ticket was finished from: finishing twice returns the same ticket.
        draft_id             TEXT,
        received_at          INTEGER NOT NULL,
        dispatch_by          INTEGER,
        feedback_by          INTEGER,
        created_at           INTEGER NOT NULL,
        updated_at           INTEGER NOT NULL,
        -- The deadline whose clock runs now: dispatch while the desk has the ticket, feedback while a unit
        -- has it (ticket-status.ts). Derived, so "overdue" is one index range whatever changed the status.
        due_at               INTEGER GENERATED ALWAYS AS (CASE
          WHEN status IN ('queued', 'received', 'returned', 'reopened') THEN dispatch_by
          WHEN status IN ('dispatched', 'signed_for', 'rework') THEN feedback_by
        END) VIRTUAL
      ) STRICT;

      CREATE INDEX tickets_by_received ON tickets (received_at);
      CREATE INDEX tickets_by_caller ON tickets (caller_phone_key, received_at) WHERE caller_phone_key IS NOT NULL;
      -- category_id rides along so "already reported?" filters a street's month by category in the index.
      CREATE INDEX tickets_by_street ON tickets (street_code, received_at, category_id);
      CREATE INDEX tickets_by_district ON tickets (district_code, received_at);
      CREATE INDEX tickets_by_category ON tickets (category_id, received_at);
      CREATE INDEX tickets_by_status ON tickets (status, received_at);
      CREATE INDEX tickets_by_creator ON tickets (created_by, received_at);
      CREATE INDEX tickets_by_position ON tickets (lat, lng) WHERE lat IS NOT NULL;
      CREATE INDEX tickets_by_due ON tickets (due_at, received_at) WHERE due_at IS NOT NULL;
      CREATE UNIQUE INDEX tickets_by_draft ON tickets (draft_id) WHERE draft_id IS NOT NULL;

      -- Sorted bigram codes of the title and of the start of the description (bigram-profile-bytes.ts).
      CREATE TABLE ticket_text_profiles (
        ticket_key  INTEGER PRIMARY KEY REFERENCES tickets (ticket_key),
        title       BLOB NOT NULL,
        description BLOB NOT NULL
      ) STRICT;

      -- Titles as the knowledge base's token stream (Han bigrams, words whole; kb/index/bigram-tokens.ts),
      -- rowid = ticket_key, for the tickets list's text search. Contentless: the title is in tickets.
      CREATE VIRTUAL TABLE ticket_title_fts USING fts5 (
        title,
        content = '',
        contentless_delete = 1,
        tokenize = 'unicode61 remove_diacritics 0'
      );

      -- Revisions of the call notes, never edited: revision 1 is the description taken at intake.
      -- id is the idempotency key of ticket.addNote@1.
      CREATE TABLE ticket_notes (
        note_key   INTEGER PRIMARY KEY,
        id         TEXT NOT NULL UNIQUE,
        ticket_key INTEGER NOT NULL REFERENCES tickets (ticket_key),
        revision   INTEGER NOT NULL CHECK (revision > 0),
        body       TEXT NOT NULL,
        author     TEXT NOT NULL,
        at         INTEGER NOT NULL,
        UNIQUE (ticket_key, revision)
      ) STRICT;

      CREATE TABLE ticket_events (
        id         INTEGER PRIMARY KEY,
        ticket_key INTEGER NOT NULL REFERENCES tickets (ticket_key),
        kind       TEXT NOT NULL,
        at         INTEGER NOT NULL,
        actor      TEXT NOT NULL,
        data       TEXT NOT NULL CHECK (json_valid(data))
      ) STRICT;

      CREATE INDEX ticket_events_by_ticket ON ticket_events (ticket_key, id);

      -- The audit trail is append-only (DOMAIN.md, "audit"): the database refuses edits, not just the code.
      CREATE TRIGGER ticket_notes_append_only_update BEFORE UPDATE ON ticket_notes
        BEGIN SELECT RAISE(ABORT, 'ticket notes are append-only'); END;
      CREATE TRIGGER ticket_notes_append_only_delete BEFORE DELETE ON ticket_notes
        BEGIN SELECT RAISE(ABORT, 'ticket notes are append-only'); END;
      CREATE TRIGGER ticket_events_append_only_update BEFORE UPDATE ON ticket_events
        BEGIN SELECT RAISE(ABORT, 'ticket events are append-only'); END;
      CREATE TRIGGER ticket_events_append_only_delete BEFORE DELETE ON ticket_events
        BEGIN SELECT RAISE(ABORT, 'ticket events are append-only'); END;

      -- Links confirmed by an operator (never a silent merge); the target by id, like repeat_of_id.
      CREATE TABLE ticket_links (
        ticket_key       INTEGER NOT NULL REFERENCES tickets (ticket_key),
        kind             TEXT NOT NULL CHECK (kind IN ('repeat_of', 'related')),
        linked_ticket_id TEXT NOT NULL,
        at               INTEGER NOT NULL,
        PRIMARY KEY (ticket_key, kind, linked_ticket_id)
      ) STRICT, WITHOUT ROWID;

      -- What the intake form holds while the operator types, valid or not.
      CREATE TABLE drafts (
        id              TEXT PRIMARY KEY,
        call_id         TEXT,
        call_started_at INTEGER,
        fields          TEXT NOT NULL CHECK (json_valid(fields)),
        created_at      INTEGER NOT NULL,
        updated_at      INTEGER NOT NULL
      ) STRICT;

      -- One draft per call, so a softphone that repeats its "ringing" event opens the same intake.
      CREATE UNIQUE INDEX drafts_by_call ON drafts (call_id) WHERE call_id IS NOT NULL;

      -- Local changes waiting for the center, in the order they were made. AUTOINCREMENT so a
      -- client_seq is never reused after the newest rows were drained: the center dedupes by it.
      CREATE TABLE outbox (
        client_seq INTEGER PRIMARY KEY AUTOINCREMENT,
        mutation   TEXT NOT NULL CHECK (mutation GLOB '*@[0-9]*'),
        ticket_key INTEGER REFERENCES tickets (ticket_key),
        args       TEXT NOT NULL CHECK (json_valid(args)),
        created_at INTEGER NOT NULL
      ) STRICT;

      CREATE INDEX outbox_by_ticket ON outbox (ticket_key) WHERE ticket_key IS NOT NULL;
    `);
  },
};
