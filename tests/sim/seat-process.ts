// One simulated seat: a real seat core on its own SQLite file in its own
// process, so the driver can SIGKILL it at any instruction. Commands come
// over the IPC channel; every answer is sent only after the core answered.
import Database from 'better-sqlite3';
import { v7 as uuidv7 } from 'uuid';
import { createSeatCore } from '../../src/core/seat/seat-core';
import { createSeatClient } from '../../src/shared/contract/seat-client';
import { completeTicket } from '../helpers/complete-intake-ticket';
import { createFaultyFetch, noFaults } from './faulty-fetch';
import type { SeatAnswer, SeatCommand, SeatProbe, SeatProcessConfig, SeatRequest } from './sim-protocol';

const config = JSON.parse(process.env.SIM_SEAT ?? '{}') as SeatProcessConfig;
let faultsOn = true;
const counters = noFaults();
const core = createSeatCore({
  databasePath: config.databasePath,
  appVersion: 'sim',
  resourcesDir: config.resourcesDir,
  sync: {
    fetch: createFaultyFetch(config.faultSeed, () => faultsOn, counters, config.lostAnswerRate),
    pollMs: 2_000,
    referenceEveryMs: Number.POSITIVE_INFINITY,
    backoff: { baseMs: 20, maxMs: 400 },
    requestTimeoutMs: 3_000,
    plantedBugs: { dropOutboxOnSend: config.dropOutboxOnSend },
  },
});
const client = createSeatClient(core);
const reader = new Database(config.databasePath, { readonly: true });

function probe(): SeatProbe {
  const cursor = (reader.prepare("SELECT value FROM sync_state WHERE key = 'ticket_cursor'").pluck().get() as number | undefined) ?? 0;
  const pending = reader.prepare('SELECT count(*) FROM outbox').pluck().get() as number;
  const tickets = reader.prepare('SELECT id, server_version, status FROM tickets').raw().all() as [string, number | null, string][];
  const noteIds = reader.prepare('SELECT id FROM ticket_notes').pluck().all() as string[];
  // The newest pending title edit per ticket against the title on show: invariant 6.
  const pendingTitles = reader
    .prepare(
      `SELECT t.id, t.title, json_extract(o.args, '$.fields.title') FROM outbox o JOIN tickets t ON t.ticket_key = o.ticket_key
       WHERE o.client_seq = (SELECT max(client_seq) FROM outbox o2 WHERE o2.ticket_key = o.ticket_key
         AND o2.mutation = 'ticket.setFields@1' AND json_extract(o2.args, '$.fields.title') IS NOT NULL)`,
    )
    .raw()
    .all() as [string, string, string][];
  return { cursor, pending, tickets, noteIds, pendingTitles, faults: { ...counters } };
}

async function run(command: SeatCommand): Promise<unknown> {
  switch (command.op) {
    case 'dispatch': {
      const ticket = completeTicket({ title: command.title, repeatOfTicketId: command.repeatOf });
      return (await client.call('intake.dispatch', { draftId: uuidv7(), ticket })).ticketId;
    }
    case 'note':
      return (await client.call('tickets.addNote', { ticketId: command.ticketId, body: command.body })).id;
    case 'edit': {
      const fields = command.urgency ? { title: command.title, urgency: command.urgency } : { title: command.title };
      return (await client.call('tickets.editFields', { ticketId: command.ticketId, fields })).title;
    }
    case 'sync':
      return client.call('sync.now', {});
    case 'faults':
      faultsOn = command.on;
      return null;
    case 'probe':
      return probe();
    case 'close':
      core.close();
      reader.close();
      setImmediate(() => process.exit(0));
      return null;
  }
}

async function signIn(): Promise<void> {
  await client.call('sync.connect', { centerUrl: config.centerUrl, seatId: `SIM-${config.faultSeed}` });
  for (;;) {
    try {
      await client.call('sync.signIn', { username: config.username, password: config.password });
      return;
    } catch {
      // The first sign-in needs the center, and the network is faulty: try again.
      await new Promise((resolve) => setTimeout(resolve, 30));
    }
  }
}

process.on('message', (message: SeatRequest) => {
  const { id, ...command } = message;
  run(command as SeatCommand).then(
    (result) => process.send?.({ id, ok: true, result } satisfies SeatAnswer),
    (error: unknown) => process.send?.({ id, ok: false, error: error instanceof Error ? error.message : String(error) } satisfies SeatAnswer),
  );
});

await signIn();
process.send?.({ ready: true } satisfies SeatAnswer);
