import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { seatMigrations } from '../../src/core/db/migrations/seat-migrations';
import { createSeatClient } from '../../src/shared/contract/seat-client';
import { startCoreWorkerFromSource } from '../helpers/core-worker-from-source';
import { useTempDir } from '../helpers/temp-dir';

describe('seat core worker', () => {
  const tempDir = useTempDir();

  it('opens the database in a worker thread and serves seat.info and seat.health', async () => {
    const databasePath = join(tempDir(), 'seat.sqlite');
    const worker = await startCoreWorkerFromSource({ databasePath, appVersion: '9.9.9' });
    try {
      const client = createSeatClient(worker);
      const info = await client.call('seat.info', {});
      expect(info).toMatchObject({ appVersion: '9.9.9', databasePath, schemaVersion: seatMigrations.length, incarnation: 1 });
      const health = await client.call('seat.health', {});
      expect(health.ok).toBe(true);
      expect(worker.startMs).toBeGreaterThan(0);
    } finally {
      await worker.stop();
    }
  });

  it('keeps the same client id across restarts', async () => {
    const databasePath = join(tempDir(), 'seat.sqlite');
    const first = await startCoreWorkerFromSource({ databasePath, appVersion: '1' });
    const a = await createSeatClient(first).call('seat.info', {});
    await first.stop();
    const second = await startCoreWorkerFromSource({ databasePath, appVersion: '1' });
    const b = await createSeatClient(second).call('seat.info', {});
    await second.stop();
    expect(b.clientId).toBe(a.clientId);
  });

  it('fails to start with a clear message on a database from a newer Seat', async () => {
    const databasePath = join(tempDir(), 'seat.sqlite');
    const db = new Database(databasePath);
    db.pragma('user_version = 42');
    db.close();
    await expect(startCoreWorkerFromSource({ databasePath, appVersion: '1' })).rejects.toThrow(
      /could not start: .*schema version 42, newer than this seat understands/,
    );
  });
});
