import type { Database } from 'better-sqlite3';

export interface SeatIdentity {
  clientId: string;
  incarnation: number;
}

export function readSeatIdentity(db: Database): SeatIdentity {
  const row = (key: string) =>
    (db.prepare('SELECT value FROM seat_meta WHERE key = ?').get(key) as { value: string } | undefined)?.value;
  const clientId = row('client_id');
  const incarnation = Number(row('incarnation'));
  if (!clientId || !Number.isInteger(incarnation)) {
    throw new Error(`The seat database ${db.name} has no valid seat identity (seat_meta is damaged)`);
  }
  return { clientId, incarnation };
}
