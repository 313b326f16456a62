import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { describe, expect, it } from 'vitest';
import { openSeatDatabase } from '../../../src/core/db/open-seat-database';
import { useTempDir } from '../../helpers/temp-dir';
import { draftContent } from './fixtures/draft-content';

const writer = join(import.meta.dirname, 'fixtures', 'intake-writer.ts');

/** Starts the writer, SIGKILLs it once `acks` writes were acknowledged, and returns what was acknowledged. */
async function killAfter(databasePath: string, mode: 'drafts' | 'dispatch', acks: number): Promise<Record<string, unknown>[]> {
  const child = spawn(process.execPath, ['--import', 'tsx', writer, databasePath, mode], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<NodeJS.Signals | number | null>((resolve) => child.once('exit', (code, signal) => resolve(signal ?? code)));
  const acknowledged: Record<string, unknown>[] = [];
  for await (const line of createInterface({ input: child.stdout })) {
    acknowledged.push(JSON.parse(line) as Record<string, unknown>);
    if (acknowledged.length === acks) {
      child.kill('SIGKILL');
      break;
    }
  }
  const how = await exited;
  if (how !== 'SIGKILL') throw new Error(`the writer stopped by itself (${String(how)}) after ${acknowledged.length} acks:\n${stderr}`);
  return acknowledged;
}

function openAfterCrash(databasePath: string) {
  const db = openSeatDatabase(databasePath);
  expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
  expect(db.pragma('foreign_key_check')).toEqual([]);
  return db;
}

describe('a seat killed while the operator types and dispatches', () => {
  const tempDir = useTempDir('seat-crash-');

  it.each([5, 50, 200])('keeps every draft save acknowledged before a SIGKILL after %i saves', async (acks) => {
    const databasePath = join(tempDir(), 'seat.sqlite');
    const acknowledged = await killAfter(databasePath, 'drafts', acks);

    const db = openAfterCrash(databasePath);
    const lastStep = new Map<string, number>();
    for (const { id, step } of acknowledged) lastStep.set(id as string, step as number);
    const fieldsOf = db.prepare<[string], string>('SELECT fields FROM drafts WHERE id = ?').pluck();
    for (const [id, step] of lastStep) {
      const stored = JSON.parse(fieldsOf.get(id) ?? 'null') as { title: string; description: string } | null;
      // The newest acknowledged save, or a later one that committed before the kill landed; never an older one.
      const storedStep = Number(stored?.title.split(' ')[1]);
      expect(storedStep).toBeGreaterThanOrEqual(step);
      expect(stored).toEqual(draftContent(storedStep));
    }
    db.close();
  }, 30_000);

  it('keeps every acknowledged dispatch whole, and no half-written one, after a SIGKILL mid-dispatch', async () => {
    const databasePath = join(tempDir(), 'seat.sqlite');
    const acknowledged = await killAfter(databasePath, 'dispatch', 25);

    const db = openAfterCrash(databasePath);
    const ticketOf = db.prepare<[string], { ticket_key: number; title: string }>('SELECT ticket_key, title FROM tickets WHERE id = ?');
    const countFor = (table: string) => db.prepare<[number], number>(`SELECT count(*) FROM ${table} WHERE ticket_key = ?`).pluck();
    const [notes, events, outbox] = [countFor('ticket_notes'), countFor('ticket_events'), countFor('outbox')];
    const draftExists = db.prepare<[string], number>('SELECT count(*) FROM drafts WHERE id = ?').pluck();
    for (const { ticketId, draftId, n } of acknowledged) {
      const ticket = ticketOf.get(ticketId as string);
      expect(ticket?.title).toBe(`crash ${String(n)}`);
      const key = ticket?.ticket_key as number;
      expect([notes.get(key), events.get(key), outbox.get(key)]).toEqual([1, 2, 2]);
      expect(draftExists.get(draftId as string)).toBe(0);
    }
    // Whatever committed after the last ack is whole too: every ticket has its notes, events and both mutations.
    const partial = db
      .prepare(`SELECT t.id FROM tickets t WHERE
        (SELECT count(*) FROM ticket_notes n WHERE n.ticket_key = t.ticket_key) != 1 OR
        (SELECT count(*) FROM ticket_events e WHERE e.ticket_key = t.ticket_key) != 2 OR
        (SELECT count(*) FROM outbox o WHERE o.ticket_key = t.ticket_key) != 2`)
      .all();
    expect(partial).toEqual([]);
    const seqs = db.prepare<[], number>('SELECT client_seq FROM outbox ORDER BY rowid').pluck().all();
    expect(seqs.every((seq, i) => i === 0 || seq > (seqs[i - 1] as number))).toBe(true);
    db.close();
  }, 30_000);
});
