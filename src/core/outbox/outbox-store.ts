import type { Database } from 'better-sqlite3';
import {
  outboxMutationNames,
  type AddTicketNoteArgs,
  type CreateTicketArgs,
  type RequestTicketActionArgs,
} from './outbox-mutations';

export interface OutboxStore {
  /** Each returns the mutation's client_seq. Call inside the transaction that writes the local change. */
  createTicket(ticketKey: number, args: CreateTicketArgs, at: number): number;
  requestTicketAction(ticketKey: number, args: RequestTicketActionArgs, at: number): number;
  addTicketNote(ticketKey: number, args: AddTicketNoteArgs, at: number): number;
}

/**
 * Appends to the outbox. It never opens a transaction of its own: a mutation
 * is only meaningful together with the local write it describes, so the
 * caller's transaction holds both (docs/architecture.md, "Sync protocol").
 */
export function createOutboxStore(db: Database): OutboxStore {
  const insert = db.prepare<[string, number, string, number]>(
    'INSERT INTO outbox (mutation, ticket_key, args, created_at) VALUES (?, ?, ?, ?)',
  );
  const append = (mutation: string, ticketKey: number, args: unknown, at: number) =>
    Number(insert.run(mutation, ticketKey, JSON.stringify(args), at).lastInsertRowid);
  return {
    createTicket: (ticketKey, args, at) => append(outboxMutationNames.createTicket, ticketKey, args, at),
    requestTicketAction: (ticketKey, args, at) => append(outboxMutationNames.requestTicketAction, ticketKey, args, at),
    addTicketNote: (ticketKey, args, at) => append(outboxMutationNames.addTicketNote, ticketKey, args, at),
  };
}
