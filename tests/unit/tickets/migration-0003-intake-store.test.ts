import { describe, expect, it } from 'vitest';
import { urgencySchema } from '../../../src/shared/catalog/urgency';
import { appealTypeSchema } from '../../../src/shared/tickets/appeal-type';
import { channelSchema } from '../../../src/shared/tickets/channel';
import {
  isAwaitingDispatchStatus,
  isWithUnitStatus,
  ticketStatusSchema,
} from '../../../src/shared/tickets/ticket-status';
import { databaseAtVersion } from '../../helpers/migration-harness';
import { useTempDir } from '../../helpers/temp-dir';

const insertTicket = `INSERT INTO tickets (id, status, channel, appeal_type, urgency, category_id, district_code, street_code,
  community_code, address, title, caller_phone_raw, caller_phone_display, caller_name, caller_gender, anonymous,
  callback_consent, callback_phone, co_unit_ids, kb_document_ids, direct_answer, catalog_version, created_by,
  received_at, created_at, updated_at)
  VALUES (?, ?, 'phone', 'complaint', 'normal', 'c', '110101', '110101001', '', '', 't', '', '', '', 'unspecified', 0, 0, '',
  '[]', '[]', 0, 'v1', 'seat', 1, 1, 1)`;

function checkValues(sql: string, column: string): string[] {
  const match = new RegExp(`${column}\\s+TEXT NOT NULL CHECK \\(${column} IN \\(([^)]*)\\)\\)`).exec(sql);
  return [...(match?.[1] ?? '').matchAll(/'([^']+)'/g)].map((m) => m[1] as string);
}

describe('migration 0003 intake store', () => {
  const tempDir = useTempDir();

  it('adds the intake tables to a seat at version 2 and keeps what was there', () => {
    const { db, migrateTo } = databaseAtVersion(tempDir(), 2);
    const clientId = db.prepare("SELECT value FROM seat_meta WHERE key = 'client_id'").pluck().get();
    expect(migrateTo(3)).toBe(3);
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").pluck().all();
    expect(tables).toEqual(expect.arrayContaining(['tickets', 'ticket_text_profiles', 'ticket_notes', 'ticket_events', 'ticket_links', 'drafts', 'outbox']));
    expect(db.prepare("SELECT value FROM seat_meta WHERE key = 'client_id'").pluck().get()).toBe(clientId);
    for (const table of ['tickets', 'ticket_text_profiles', 'ticket_notes', 'ticket_events', 'ticket_links', 'drafts', 'outbox']) {
      expect(db.prepare('SELECT strict FROM pragma_table_list WHERE name = ?').pluck().get(table), table).toBe(1);
    }
    db.close();
  });

  it('spells out exactly the values of the shared enums in its CHECK constraints', () => {
    const { db } = databaseAtVersion(tempDir(), 3);
    const sql = db.prepare("SELECT sql FROM sqlite_master WHERE name = 'tickets'").pluck().get() as string;
    expect(checkValues(sql, 'status')).toEqual(ticketStatusSchema.options);
    expect(checkValues(sql, 'channel')).toEqual(channelSchema.options);
    expect(checkValues(sql, 'appeal_type')).toEqual(appealTypeSchema.options);
    expect(checkValues(sql, 'urgency')).toEqual(urgencySchema.options);
    expect(() => db.prepare(insertTicket).run('a', 'lost')).toThrow(/CHECK constraint failed/);
    // due_at follows the state machine's notion of which clock runs in which status.
    const [awaiting, withUnit] = [...sql.matchAll(/WHEN status IN \(([^)]*)\)/g)].map((m) =>
      [...(m[1] ?? '').matchAll(/'([^']+)'/g)].map((v) => v[1]),
    );
    expect(awaiting).toEqual(ticketStatusSchema.options.filter(isAwaitingDispatchStatus));
    expect(withUnit).toEqual(ticketStatusSchema.options.filter(isWithUnitStatus));
    db.close();
  });

  it('refuses edits and deletions of notes and events, and orphans', () => {
    const { db } = databaseAtVersion(tempDir(), 3);
    const key = Number(db.prepare(insertTicket).run('t1', 'queued').lastInsertRowid);
    db.prepare("INSERT INTO ticket_notes (id, ticket_key, revision, body, author, at) VALUES ('n1', ?, 1, 'notes', 'seat', 1)").run(key);
    db.prepare("INSERT INTO ticket_events (ticket_key, kind, at, actor, data) VALUES (?, 'intake', 1, 'seat', '{}')").run(key);
    expect(() => db.prepare("UPDATE ticket_notes SET body = 'rewritten'").run()).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM ticket_notes').run()).toThrow(/append-only/);
    expect(() => db.prepare("UPDATE ticket_events SET kind = 'other'").run()).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM ticket_events').run()).toThrow(/append-only/);
    expect(() =>
      db.prepare("INSERT INTO ticket_events (ticket_key, kind, at, actor, data) VALUES (999, 'intake', 1, 'seat', '{}')").run(),
    ).toThrow(/FOREIGN KEY constraint failed/);
    expect(() =>
      db.prepare("INSERT INTO outbox (mutation, ticket_key, args, created_at) VALUES ('ticket.create@1', ?, 'not json', 1)").run(key),
    ).toThrow(/CHECK constraint failed/);
    db.close();
  });

  it('never reuses an outbox sequence number, even after the newest rows were drained', () => {
    const { db } = databaseAtVersion(tempDir(), 3);
    const append = db.prepare("INSERT INTO outbox (mutation, args, created_at) VALUES ('ticket.request@1', '{}', 1)");
    append.run();
    const second = Number(append.run().lastInsertRowid);
    db.prepare('DELETE FROM outbox').run();
    expect(Number(append.run().lastInsertRowid)).toBe(second + 1);
    db.close();
  });

  it('keeps one draft per call', () => {
    const { db } = databaseAtVersion(tempDir(), 3);
    const insert = db.prepare("INSERT INTO drafts (id, call_id, fields, created_at, updated_at) VALUES (?, ?, '{}', 1, 1)");
    insert.run('d1', 'call-1');
    insert.run('d2', null);
    insert.run('d3', null);
    expect(() => insert.run('d4', 'call-1')).toThrow(/UNIQUE constraint failed/);
    db.close();
  });
});
