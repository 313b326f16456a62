import type { Database } from 'better-sqlite3';
import type { Handlers } from '../contract/dispatcher';
import { schemaVersion } from '../db/run-migrations';
import type { SeatIdentity } from './seat-identity';

export interface SeatHandlerContext {
  db: Database;
  identity: SeatIdentity;
  appVersion: string;
  startedAt: number;
}

export function createSeatHandlers(ctx: SeatHandlerContext): Pick<Handlers, 'seat.info' | 'seat.health'> {
  return {
    'seat.info': () => ({
      appVersion: ctx.appVersion,
      schemaVersion: schemaVersion(ctx.db),
      databasePath: ctx.db.name,
      clientId: ctx.identity.clientId,
      incarnation: ctx.identity.incarnation,
      startedAt: ctx.startedAt,
    }),
    'seat.health': () => {
      const checks = [databaseCheck(ctx.db), journalCheck(ctx.db)];
      return { ok: checks.every((c) => c.ok), uptimeMs: Date.now() - ctx.startedAt, checks };
    },
  };
}

function databaseCheck(db: Database) {
  try {
    db.prepare('SELECT 1').get();
    return { name: 'database', ok: true, detail: 'open' };
  } catch (error) {
    return { name: 'database', ok: false, detail: String(error) };
  }
}

function journalCheck(db: Database) {
  const mode = String(db.pragma('journal_mode', { simple: true }));
  const ok = mode === 'wal' || db.name === ':memory:';
  return { name: 'journal', ok, detail: mode };
}
