import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inListsAsEquals } from '../../../src/core/db/migrations/0007-center-events-and-deferred-indexes';
import { databaseAtVersion } from '../../helpers/migration-harness';
import { useTempDir } from '../../helpers/temp-dir';

const insertTicket = `INSERT INTO tickets (id, status, channel, appeal_type, urgency, category_id, district_code, street_code,
  community_code, address, title, caller_phone_raw, caller_phone_display, caller_name, caller_gender, anonymous,
  callback_consent, callback_phone, co_unit_ids, kb_document_ids, direct_answer, catalog_version, created_by,
  received_at, created_at, updated_at)
  VALUES (@id, @status, 'phone', 'complaint', 'normal', 'c', '110101', '110101001', '', '', 't', '', '', '', @gender, 0, 0, '',
  '[]', '[]', 0, 'v1', 'seat', 1, 1, 1)`;

const statuses = ['queued', 'received', 'dispatched', 'returned', 'signed_for', 'replied', 'callback_done', 'unsatisfied', 'rework', 'linked', 'closed', 'direct_answered', 'reopened'];

describe('migration 0007 center events and deferred indexes', () => {
  const tempDir = useTempDir();

  it('moves the center events out of the audit trail into one array per ticket, in their order, keeping the seat’s own', () => {
    const { db, migrateTo } = databaseAtVersion(tempDir(), 6);
    const key = Number(db.prepare(insertTicket).run({ id: 'a', status: 'queued', gender: 'female' }).lastInsertRowid);
    const addEvent = db.prepare('INSERT INTO ticket_events (ticket_key, kind, at, actor, data, center_event_id) VALUES (?, ?, ?, ?, ?, ?)');
    addEvent.run(key, 'intake', 1, 'seat', '{}', null);
    addEvent.run(key, 'center.created', 2, 'operator-1', '{"status":"queued"}', 10);
    addEvent.run(key, 'center.sign_for', 3, 'unit-1', '{"status":"signed_for","comment":null}', 12);

    expect(migrateTo(7)).toBe(7);
    const stored = db.prepare('SELECT ticket_key, events FROM ticket_center_events').all() as { ticket_key: number; events: string }[];
    expect(stored).toHaveLength(1);
    expect(stored[0]!.ticket_key).toBe(key);
    expect(JSON.parse(stored[0]!.events)).toEqual([
      { id: 10, kind: 'created', at: 2, actor: 'operator-1', data: { status: 'queued' } },
      { id: 12, kind: 'sign_for', at: 3, actor: 'unit-1', data: { status: 'signed_for', comment: null } },
    ]);
    expect(db.prepare('SELECT kind FROM ticket_events').pluck().all()).toEqual(['intake']);
    expect(db.prepare("SELECT count(*) FROM pragma_table_info('ticket_events') WHERE name = 'center_event_id'").pluck().get()).toBe(0);
    // The seat's own trail is still append-only.
    expect(() => db.prepare('DELETE FROM ticket_events').run()).toThrow(/append-only/);
    expect(db.prepare('PRAGMA integrity_check').pluck().get()).toBe('ok');
    db.close();
  });

  it('keeps every rule of the tickets checks after rewriting them, on this connection and a new one', () => {
    const dir = tempDir();
    const { db, migrateTo } = databaseAtVersion(dir, 6);
    migrateTo(7);
    const sql = db.prepare("SELECT sql FROM sqlite_schema WHERE name = 'tickets'").pluck().get() as string;
    expect(sql).not.toMatch(/ IN \(/);
    const insert = db.prepare(insertTicket);
    statuses.forEach((status, i) => insert.run({ id: `ok-${i}`, status, gender: 'male' }));
    expect(() => insert.run({ id: 'bad-1', status: 'archived', gender: 'male' })).toThrow(/CHECK/);
    db.close();
    const again = new Database(join(dir, 'seat.sqlite'));
    expect(() => again.prepare(insertTicket).run({ id: 'bad-2', status: 'queued', gender: 'other' })).toThrow(/CHECK/);
    expect(again.prepare('PRAGMA integrity_check').pluck().get()).toBe('ok');
    again.close();
  });

  it('rewrites only lists of constants, as one parenthesized term', () => {
    expect(inListsAsEquals("a TEXT CHECK (a IN ('x', 'y')), b INTEGER CHECK (b IN (0, 1)), c TEXT CHECK (json_valid(c))")).toBe(
      "a TEXT CHECK ((a = 'x' OR a = 'y')), b INTEGER CHECK ((b = 0 OR b = 1)), c TEXT CHECK (json_valid(c))",
    );
    expect(inListsAsEquals("CASE WHEN s IN ('a') AND t IN ('b', 'c') THEN 1 END")).toBe("CASE WHEN (s = 'a') AND (t = 'b' OR t = 'c') THEN 1 END");
    expect(inListsAsEquals('CHECK (a IN (SELECT x FROM y))')).toBe('CHECK (a IN (SELECT x FROM y))');
    expect(inListsAsEquals("CHECK (a IN (b, 'c'))")).toBe("CHECK (a IN (b, 'c'))");
  });

  it('computes the due column as before', () => {
    const { db, migrateTo } = databaseAtVersion(tempDir(), 6);
    const insert = db.prepare(insertTicket);
    const setDeadlines = db.prepare('UPDATE tickets SET dispatch_by = 100, feedback_by = 200 WHERE id = ?');
    statuses.forEach((status, i) => {
      insert.run({ id: `t-${i}`, status, gender: 'male' });
      setDeadlines.run(`t-${i}`);
    });
    const dueBefore = db.prepare('SELECT status, due_at FROM tickets ORDER BY id').all();
    migrateTo(7);
    expect(db.prepare('SELECT status, due_at FROM tickets ORDER BY id').all()).toEqual(dueBefore);
    expect(db.prepare('SELECT count(*) FROM tickets WHERE due_at = 200').pluck().get()).toBe(3);
    expect(db.prepare('PRAGMA integrity_check').pluck().get()).toBe('ok');
    db.close();
  });
});
