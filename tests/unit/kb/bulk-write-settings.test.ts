import { describe, expect, it } from 'vitest';
import { openSeatDatabase } from '../../../src/core/db/open-seat-database';
import { withBulkWriteSettings } from '../../../src/core/kb/import/bulk-write-settings';

const settingsOf = (db: ReturnType<typeof openSeatDatabase>) => ({
  synchronous: db.pragma('synchronous', { simple: true }),
  walAutocheckpoint: db.pragma('wal_autocheckpoint', { simple: true }),
  automerge: db.prepare("SELECT v FROM kb_fts_config WHERE k = 'automerge'").pluck().get() ?? null,
});

describe('withBulkWriteSettings (full rebuilds)', () => {
  it('writes with relaxed settings and restores the seat’s afterwards', () => {
    const db = openSeatDatabase(':memory:');
    const before = settingsOf(db);
    const during = withBulkWriteSettings(db, () => settingsOf(db));
    expect(during).toMatchObject({ synchronous: 1, walAutocheckpoint: 0, automerge: 0 });
    expect(settingsOf(db)).toEqual({ ...before, automerge: 4 });
    db.close();
  });

  it('restores them when the write fails', () => {
    const db = openSeatDatabase(':memory:');
    const before = settingsOf(db);
    expect(() =>
      withBulkWriteSettings(db, () => {
        throw new Error('import failed');
      }),
    ).toThrow('import failed');
    expect(settingsOf(db)).toEqual({ ...before, automerge: 4 });
    db.close();
  });
});
