import type { Database } from 'better-sqlite3';
import type { EditableTicketFields } from '../../shared/contract/intake/ticket-edit-schema';
import type { IntakeTicket } from '../../shared/contract/intake/intake-ticket-schema';
import { riskyTicketFields, type RiskyTicketField } from '../../shared/sync/ticket-content-schema';
import { createOutboxStore } from '../outbox/outbox-store';
import type { CatalogInForce } from './catalog-in-force';
import { checkIntake } from './check-intake';
import { invalidIntake } from './invalid-intake';
import { ticketContentColumns } from './ticket-content-columns';
import { ticketEventKinds } from './ticket-event-kinds';
import { createTicketWrites, type TicketInsert } from './ticket-writes';

/** A ticket row as stored, its enum columns narrowed (migration 0003's CHECKs hold them), with the call notes. */
interface EditableRow
  extends Omit<TicketInsert, 'channel' | 'appeal_type' | 'urgency' | 'caller_gender'> {
  ticket_key: number;
  server_version: number | null;
  field_versions: string | null;
  channel: IntakeTicket['channel'];
  appeal_type: IntakeTicket['appealType'];
  urgency: IntakeTicket['urgency'];
  caller_gender: IntakeTicket['callerGender'];
  description: string;
}

const method = 'tickets.editFields';

/**
 * Corrects a ticket after intake: the local row, an event with the new
 * values (the audit trail), and a ticket.setFields@1 in one transaction.
 * Only fields that really change are sent. A field that moves deadlines or
 * routing carries the version the operator saw, so someone else's change
 * in between comes back as a conflict instead of being overwritten; such a
 * field cannot change before the center has confirmed the ticket (there is
 * no version to name yet).
 */
export function createEditTicketFields(db: Database, actor: () => string) {
  const outbox = createOutboxStore(db);
  const find = db.prepare<[string], EditableRow>(
    `SELECT t.*, (SELECT body FROM ticket_notes n WHERE n.ticket_key = t.ticket_key AND n.revision = 1) AS description
     FROM tickets t WHERE t.id = ?`,
  );
  const knownTicket = db.prepare<[string], number>('SELECT 1 FROM tickets WHERE id = ?').pluck();
  const knownKb = db.prepare<[string], string>('SELECT id FROM kb_document WHERE id IN (SELECT value FROM json_each(?))').pluck();
  const update = db.prepare(
    `UPDATE tickets SET appeal_type = @appeal_type, urgency = @urgency, category_id = @category_id, district_code = @district_code,
       street_code = @street_code, community_code = @community_code, address = @address, lat = @lat, lng = @lng, title = @title,
       caller_name = @caller_name, caller_gender = @caller_gender, anonymous = @anonymous, callback_consent = @callback_consent,
       callback_phone = @callback_phone, updated_at = @updated_at
     WHERE ticket_key = @ticket_key`,
  );
  const writes = createTicketWrites(db);

  const write = db.transaction((row: EditableRow, ticketId: string, merged: IntakeTicket, changed: EditableTicketFields, now: number) => {
    const columns = ticketContentColumns(merged, { leadUnitId: row.lead_unit_id, coUnitIds: [], repeatOfTicketId: row.repeat_of_id });
    update.run({ ...columns, updated_at: now, ticket_key: row.ticket_key });
    if (changed.title !== undefined) {
      writes.retitle(row.ticket_key, columns.title, row.description);
    }
    writes.event(row.ticket_key, ticketEventKinds.fieldsEdited, now, actor(), { fields: changed });
    const versions = JSON.parse(row.field_versions ?? '{}') as Partial<Record<RiskyTicketField, number>>;
    const baseVersions = Object.fromEntries(riskyTicketFields.filter((field) => field in changed).map((field) => [field, versions[field] ?? 0]));
    outbox.append('ticket.setFields@1', row.ticket_key, { ticketId, fields: changed, baseVersions }, now);
  });

  return (ticketId: string, fields: EditableTicketFields, catalog: CatalogInForce | null, now: number): boolean => {
    const row = find.get(ticketId);
    if (!row) throw invalidIntake(method, [{ path: 'ticketId', reason: `no ticket "${ticketId}" on this seat` }]);
    const current = intakeOf(row);
    const changed = Object.fromEntries(
      Object.entries(fields).filter(([field, value]) => current[field as keyof IntakeTicket] !== value),
    ) as EditableTicketFields;
    if (Object.keys(changed).length === 0) return false;
    const risky = riskyTicketFields.filter((field) => field in changed);
    if (risky.length > 0 && row.server_version === null) {
      const reason = 'the center has not confirmed this ticket yet; change this once it is synced (the status bar shows pending changes)';
      throw invalidIntake(method, risky.map((field) => ({ path: `fields.${field}`, reason })));
    }
    if (!catalog) throw invalidIntake(method, [{ path: 'fields', reason: 'no valid catalog is loaded on this seat' }]);
    const merged: IntakeTicket = { ...current, ...changed };
    const issues = checkIntake(merged, 'dispatch', {
      index: catalog.index,
      ticketExists: (id) => knownTicket.get(id) !== undefined,
      unknownKbDocuments: (ids) => {
        const known = new Set(knownKb.all(JSON.stringify(ids)));
        return ids.filter((id) => !known.has(id));
      },
    })
      .filter((issue) => issue.path.replace(/^ticket\./, '') in changed)
      .map((issue) => ({ ...issue, path: issue.path.replace(/^ticket\./, 'fields.') }));
    if (issues.length > 0) throw invalidIntake(method, issues);
    write.immediate(row, ticketId, merged, changed, now);
    return true;
  };
}

/** The ticket as the intake form holds it, from its row: what an edit is laid over and checked as a whole. */
function intakeOf(row: EditableRow): IntakeTicket {
  return {
    channel: row.channel,
    appealType: row.appeal_type,
    callerPhone: row.caller_phone_raw,
    callerName: row.caller_name,
    callerGender: row.caller_gender,
    anonymous: row.anonymous === 1,
    callbackConsent: row.callback_consent === 1,
    callbackPhone: row.callback_phone,
    categoryId: row.category_id,
    districtCode: row.district_code,
    streetCode: row.street_code,
    communityCode: row.community_code,
    address: row.address,
    lat: row.lat,
    lng: row.lng,
    title: row.title,
    description: row.description,
    urgency: row.urgency,
    leadUnitId: row.lead_unit_id ?? '',
    coUnitIds: JSON.parse(row.co_unit_ids) as string[],
    repeatOfTicketId: row.repeat_of_id,
    kbDocumentIds: JSON.parse(row.kb_document_ids) as string[],
  };
}
