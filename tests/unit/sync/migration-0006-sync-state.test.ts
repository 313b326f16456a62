import { describe, expect, it } from 'vitest';
import { syncMutationArgsSchemas } from '../../../src/shared/sync/sync-mutation-schema';
import { completeTicket } from '../../helpers/complete-intake-ticket';
import { databaseAtVersion } from '../../helpers/migration-harness';
import { useTempDir } from '../../helpers/temp-dir';

const insertTicket = `INSERT INTO tickets (id, status, channel, appeal_type, urgency, category_id, district_code, street_code,
  community_code, address, title, caller_phone_raw, caller_phone_display, caller_name, caller_gender, anonymous,
  callback_consent, callback_phone, co_unit_ids, kb_document_ids, direct_answer, catalog_version, created_by,
  received_at, created_at, updated_at)
  VALUES (?, 'queued', 'phone', 'complaint', 'normal', 'c', '110101', '110101001', '', '', 't', '', '', '', 'unspecified', 0, 0, '',
  '[]', '[]', 0, 'v1', 'seat', 1, 1, 1)`;

const ticketId = '01a20598-3eca-7229-a723-78ddebddbfff';
const noteId = '01a20598-3ed9-710a-af95-2d82ab7e5577';

describe('migration 0006 sync state', () => {
  const tempDir = useTempDir();

  it('rewrites outbox rows queued by an older seat into the wire shape, in the same order', () => {
    const { db, migrateTo } = databaseAtVersion(tempDir(), 5);
    const key = Number(db.prepare(insertTicket).run(ticketId).lastInsertRowid);
    const { description, ...fields } = completeTicket();
    // What 0003-era intake queued: the whole form plus seat-only keys, the description as a note.
    const oldCreate = {
      ...fields,
      ticketId,
      draftId: 'd',
      callId: null,
      callerPhoneKey: '+8613812345678',
      descriptionNote: { ticketId, noteId, revision: 1, body: description, author: 'seat', at: 5 },
      receivedAt: 5,
      dispatchBy: 10,
      feedbackBy: 20,
      catalogVersion: '2026.11-demo.1',
      createdBy: 'seat',
    };
    const oldRequest = { ticketId, action: { type: 'dispatch', leadUnitId: 'street-110101001', coUnitIds: [] } };
    const oldNote = { ticketId, noteId, revision: 2, body: '补充', author: 'seat', at: 6 };
    const queue = db.prepare('INSERT INTO outbox (mutation, ticket_key, args, created_at) VALUES (?, ?, ?, 1)');
    queue.run('ticket.create@1', key, JSON.stringify(oldCreate));
    queue.run('ticket.request@1', key, JSON.stringify(oldRequest));
    queue.run('ticket.addNote@1', key, JSON.stringify(oldNote));

    expect(migrateTo(6)).toBe(6);
    const rows = db.prepare('SELECT client_seq, mutation, args FROM outbox ORDER BY client_seq').all() as { client_seq: number; mutation: keyof typeof syncMutationArgsSchemas; args: string }[];
    expect(rows.map((row) => row.client_seq)).toEqual([1, 2, 3]);
    for (const row of rows) expect(() => syncMutationArgsSchemas[row.mutation].parse(JSON.parse(row.args)), row.mutation).not.toThrow();
    const { leadUnitId: _lead, coUnitIds: _co, repeatOfTicketId: _repeat, ...content } = completeTicket();
    expect(JSON.parse(rows[0]!.args)).toEqual({ ticketId, receivedAt: 5, catalogVersion: '2026.11-demo.1', ticket: content });
    expect(JSON.parse(rows[1]!.args)).toEqual(oldRequest);
    expect(JSON.parse(rows[2]!.args)).toEqual({ ticketId, noteId, body: '补充' });
    db.close();
  });

  it('adds the server-state columns empty, the sync tables, and keeps center event ids unique', () => {
    const { db, migrateTo } = databaseAtVersion(tempDir(), 5);
    const key = Number(db.prepare(insertTicket).run(ticketId).lastInsertRowid);
    migrateTo(6);
    expect(db.prepare('SELECT server_version, server_lifecycle, field_versions FROM tickets').get()).toEqual({ server_version: null, server_lifecycle: null, field_versions: null });
    for (const table of ['sync_state', 'sync_rejections', 'sign_in_verifiers']) {
      expect(db.prepare('SELECT strict FROM pragma_table_list WHERE name = ?').pluck().get(table), table).toBe(1);
    }
    const addEvent = db.prepare("INSERT INTO ticket_events (ticket_key, kind, at, actor, data, center_event_id) VALUES (?, 'center.dispatch', 1, 'u', '{}', ?)");
    addEvent.run(key, 7);
    expect(() => addEvent.run(key, 7)).toThrow(/UNIQUE/);
    expect(() => db.prepare("UPDATE tickets SET server_lifecycle = 'not json'").run()).toThrow(/CHECK/);
    db.close();
  });
});
