import { statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openSeatDatabase } from '../../../src/core/db/open-seat-database';
import { startWalCheckpointer } from '../../../src/core/db/wal-checkpointer';
import { useTempDir } from '../../helpers/temp-dir';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('the WAL checkpointer thread', () => {
  const tempDir = useTempDir();

  it('checkpoints from its own thread so commits never do, and keeps the WAL from growing', async () => {
    const path = join(tempDir(), 'seat.sqlite');
    const db = openSeatDatabase(path);
    const checkpointer = startWalCheckpointer(db, 20);
    expect(db.pragma('wal_autocheckpoint', { simple: true })).toBe(0);
    db.exec('CREATE TABLE filler (body BLOB NOT NULL)');
    const insert = db.prepare('INSERT INTO filler (body) VALUES (?)');
    const writeMegabytes = (megabytes: number) => {
      for (let i = 0; i < megabytes; i += 1) db.transaction(() => insert.run(Buffer.alloc(1024 * 1024, i)))();
    };

    writeMegabytes(8);
    const walAfterFirst = statSync(`${path}-wal`).size;
    // Nothing on this connection checkpoints (autocheckpoint is off): only the thread can have.
    await sleep(300);
    writeMegabytes(8);
    // The second batch reuses the checkpointed WAL instead of appending to it.
    expect(statSync(`${path}-wal`).size).toBeLessThan(walAfterFirst * 1.5);
    checkpointer?.stop();
    db.close();
  });

  it('is not started for an in-memory database', () => {
    const db = openSeatDatabase(':memory:');
    expect(startWalCheckpointer(db)).toBeNull();
    db.close();
  });
});
