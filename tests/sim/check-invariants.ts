import Database from 'better-sqlite3';
import { mutationReceiptSchema } from '../../src/shared/sync/mutation-receipt-schema';
import { ticketActionSchema } from '../../src/shared/tickets/ticket-action';
import { checkPath, type LifecycleEvent } from '../../src/shared/tickets/legal-path';
import type { TicketStatus } from '../../src/shared/tickets/ticket-status';
import type { SeatLedger } from './sim-ledger';

export interface Violation {
  invariant: number;
  detail: string;
}

export interface CheckResult {
  violations: Violation[];
  lost: number;
  duplicated: number;
  /** Mutations the center holds receipts for, from all seats. */
  mutations: number;
}

interface CenterTicket {
  id: string;
  status: TicketStatus;
  last_change: number;
  created_by_client: string;
}

/**
 * The eight invariants of the sync protocol (ARCHITECTURE.md), checked on
 * the files themselves after the faults stopped and every seat synced:
 * the center's database, each seat's database, and what each operator was
 * shown along the way.
 */
export function checkInvariants(centerPath: string, seats: readonly SeatLedger[]): CheckResult {
  const violations: Violation[] = [];
  const report = (invariant: number, detail: string) => violations.push({ invariant, detail });
  let lost = 0;
  let duplicated = 0;
  const center = new Database(centerPath, { readonly: true });
  try {
    const centerTickets = new Map((center.prepare('SELECT id, status, last_change, created_by_client FROM ticket').all() as CenterTicket[]).map((t) => [t.id, t]));
    const centerNotes = new Set(center.prepare('SELECT id FROM ticket_note').pluck().all() as string[]);
    const centerCursor = center.prepare("SELECT n FROM counter WHERE name = 'tickets'").pluck().get() as number;
    const receiptsOf = center.prepare<[string], { client_seq: number; receipt: string }>('SELECT client_seq, receipt FROM sync_receipt WHERE client_id = ? ORDER BY client_seq');
    const mutations = center.prepare('SELECT count(*) FROM sync_receipt').pluck().get() as number;

    // (7) Every history on the center is a legal path of the state machine.
    const events = center.prepare('SELECT ticket_id, action, actor_role, actor_unit_id, status FROM ticket_event WHERE kind = \'action\' ORDER BY id').all() as {
      ticket_id: string; action: string; actor_role: LifecycleEvent['actor']['role']; actor_unit_id: string | null; status: TicketStatus;
    }[];
    const histories = new Map<string, LifecycleEvent[]>();
    for (const event of events) {
      const history = histories.get(event.ticket_id) ?? [];
      history.push({ action: ticketActionSchema.parse(JSON.parse(event.action)), actor: { role: event.actor_role, ...(event.actor_unit_id ? { unitId: event.actor_unit_id } : {}) }, status: event.status });
      histories.set(event.ticket_id, history);
    }
    for (const [ticketId, history] of histories) {
      const path = checkPath(history);
      if (!path.ok) report(7, `ticket ${ticketId}: ${path.reason}`);
    }
    // (2) Each field edit applied once: a ticket never has more edits recorded than edits acknowledged.
    const appliedEdits = new Map<string, number>();
    for (const row of center.prepare("SELECT receipt FROM sync_receipt").pluck().all() as string[]) {
      const receipt = mutationReceiptSchema.parse(JSON.parse(row));
      if (receipt.outcome === 'applied' && receipt.name === 'ticket.setFields@1' && receipt.ticket) {
        appliedEdits.set(receipt.ticket.id, (appliedEdits.get(receipt.ticket.id) ?? 0) + 1);
      }
    }
    for (const row of center.prepare("SELECT ticket_id, count(*) AS n FROM ticket_event WHERE kind = 'fields' GROUP BY ticket_id").all() as { ticket_id: string; n: number }[]) {
      const acknowledged = appliedEdits.get(row.ticket_id) ?? 0;
      if (row.n > acknowledged) {
        duplicated += row.n - acknowledged;
        report(2, `ticket ${row.ticket_id} has ${row.n} field edits recorded for ${acknowledged} acknowledged: an edit was applied again`);
      }
    }
    // (2) Each ticket was created once.
    for (const row of center.prepare("SELECT ticket_id, count(*) AS n FROM ticket_event WHERE kind = 'created' GROUP BY ticket_id HAVING n > 1").all() as { ticket_id: string; n: number }[]) {
      duplicated += 1;
      report(2, `ticket ${row.ticket_id} was created ${row.n} times`);
    }

    for (const seat of seats) {
      const db = new Database(seat.databasePath, { readonly: true });
      try {
        const clientId = db.prepare("SELECT value FROM seat_meta WHERE key = 'client_id'").pluck().get() as string;
        const rejections = db.prepare('SELECT client_seq, mutation, args, receipt FROM sync_rejections').all() as { client_seq: number; mutation: string; args: string; receipt: string }[];
        const rejectedTickets = new Set(rejections.filter((r) => r.mutation === 'ticket.create@1').map((r) => (JSON.parse(r.args) as { ticketId: string }).ticketId));
        const rejectedNotes = new Set(rejections.filter((r) => r.mutation === 'ticket.addNote@1').map((r) => (JSON.parse(r.args) as { noteId: string }).noteId));

        // (1) What the operator saw as saved is on the center, or visibly refused.
        for (const ticketId of seat.savedTickets) {
          if (!centerTickets.has(ticketId) && !rejectedTickets.has(ticketId)) {
            lost += 1;
            report(1, `${seat.name}: ticket ${ticketId} was saved but is neither on the center nor refused`);
          }
        }
        for (const { noteId } of seat.savedNotes) {
          if (!centerNotes.has(noteId) && !rejectedNotes.has(noteId)) {
            lost += 1;
            report(1, `${seat.name}: note ${noteId} was saved but is neither on the center nor refused`);
          }
        }

        // (2) Applied at most once: a mutation the operator is told was refused must not have been applied,
        // and (3) a seat's mutations applied in order: change numbers grow with the sequence.
        const receipts = receiptsOf.all(clientId).map((row) => ({ seq: row.client_seq, receipt: mutationReceiptSchema.parse(JSON.parse(row.receipt)) }));
        const bySeq = new Map(receipts.map((r) => [r.seq, r.receipt]));
        for (const rejection of rejections) {
          const stored = bySeq.get(rejection.client_seq);
          if (stored?.outcome === 'applied') {
            duplicated += 1;
            report(2, `${seat.name}: mutation ${rejection.client_seq} (${rejection.mutation}) was applied on the center but shown as refused: it was applied again on a repeated delivery`);
          }
        }
        let lastChange = 0;
        receipts.forEach(({ seq, receipt }, index) => {
          if (seq !== index + 1) report(3, `${seat.name}: receipts skip from ${index} to ${seq}`);
          if (receipt.outcome === 'applied' && receipt.change !== null) {
            if (receipt.change <= lastChange) report(3, `${seat.name}: mutation ${seq} committed at change ${receipt.change}, before an earlier one (${lastChange})`);
            lastChange = receipt.change;
          }
        });

        // (4) Converged: no pending work, the center's cursor, and every center ticket as the center has it.
        const pending = db.prepare('SELECT count(*) FROM outbox').pluck().get() as number;
        if (pending > 0) report(4, `${seat.name}: ${pending} mutations still pending after the faults stopped`);
        const cursor = (db.prepare("SELECT value FROM sync_state WHERE key = 'ticket_cursor'").pluck().get() as number | undefined) ?? 0;
        if (cursor !== centerCursor) report(4, `${seat.name}: cursor ${cursor}, center at ${centerCursor}`);
        const local = new Map((db.prepare('SELECT id, status, server_version FROM tickets').all() as { id: string; status: string; server_version: number | null }[]).map((t) => [t.id, t]));
        for (const ticket of centerTickets.values()) {
          const mine = local.get(ticket.id);
          if (!mine) report(4, `${seat.name}: center ticket ${ticket.id} never arrived`);
          else if (mine.server_version !== ticket.last_change || mine.status !== ticket.status) {
            report(4, `${seat.name}: ticket ${ticket.id} shows ${mine.status}@${mine.server_version}, center has ${ticket.status}@${ticket.last_change}`);
          }
        }

        // (5) The cursor never went backwards and no ticket went back to an older version;
        // (6) what was saved stayed visible in every later look at the seat.
        const versions = new Map<string, number>();
        let previousCursor = 0;
        for (const { probe, savedTickets, savedNotes } of seat.probes) {
          if (probe.cursor < previousCursor) report(5, `${seat.name}: cursor went back from ${previousCursor} to ${probe.cursor}`);
          previousCursor = Math.max(previousCursor, probe.cursor);
          const shown = new Set<string>();
          for (const [id, version] of probe.tickets) {
            shown.add(id);
            const before = versions.get(id) ?? 0;
            if (version !== null && version < before) report(5, `${seat.name}: ticket ${id} went back from version ${before} to ${version}`);
            versions.set(id, Math.max(before, version ?? 0));
          }
          for (const ticketId of seat.savedTickets.slice(0, savedTickets)) {
            if (!shown.has(ticketId)) report(6, `${seat.name}: saved ticket ${ticketId} was not shown`);
          }
          for (const [id, shownTitle, editedTitle] of probe.pendingTitles) {
            if (shownTitle !== editedTitle) report(6, `${seat.name}: ticket ${id} shows "${shownTitle}" while the edit to "${editedTitle}" is pending`);
          }
          const notes = new Set(probe.noteIds);
          for (const { noteId } of seat.savedNotes.slice(0, savedNotes)) {
            if (!notes.has(noteId)) report(6, `${seat.name}: saved note ${noteId} was not shown`);
          }
        }

        // (8) After every SIGKILL the file is sound, with no orphan rows.
        const integrity = db.pragma('integrity_check', { simple: true });
        if (integrity !== 'ok') report(8, `${seat.name}: integrity_check says ${String(integrity)}`);
        const orphans = db.pragma('foreign_key_check') as unknown[];
        if (orphans.length > 0) report(8, `${seat.name}: ${orphans.length} rows reference missing parents`);
        // An empty seat's first pull drops its list indexes; killed midway or not, a converged seat has them all again.
        const deferred = db.prepare('SELECT count(*) FROM deferred_indexes').pluck().get() as number;
        if (deferred > 0) report(8, `${seat.name}: ${deferred} list indexes its first pull deferred were never built`);
      } finally {
        db.close();
      }
    }
    return { violations, lost, duplicated, mutations };
  } finally {
    center.close();
  }
}
