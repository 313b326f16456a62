import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { deferredIndexes } from '../../../src/core/db/deferred-indexes';
import { openSeatDatabase } from '../../../src/core/db/open-seat-database';
import { useTempDir } from '../../helpers/temp-dir';

const indexSql = "SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'tickets' AND sql IS NOT NULL ORDER BY name";

describe('deferred indexes', () => {
  const tempDir = useTempDir();

  it('drops a table’s lookup indexes but keeps the unique ones, and builds the same indexes again on another thread', async () => {
    const db = openSeatDatabase(join(tempDir(), 'seat.sqlite'));
    const before = db.prepare(indexSql).all() as { name: string; sql: string }[];
    const indexes = deferredIndexes(db);
    indexes.defer('tickets');
    const during = db.prepare(indexSql).all() as { name: string; sql: string }[];
    expect(during.map((index) => index.name)).toEqual(['tickets_by_draft']);
    expect(indexes.pending()).toBe(before.length - 1);
    const [a, b] = [indexes.build(), indexes.build()];
    expect(a).toBe(b);
    await a;
    expect(indexes.pending()).toBe(0);
    expect(db.prepare(indexSql).all()).toEqual(before);
    expect(db.prepare('PRAGMA integrity_check').pluck().get()).toBe('ok');
    db.close();
  });

  it('remembers what a seat stopped midway still has to build, across a restart', async () => {
    const path = join(tempDir(), 'seat.sqlite');
    const first = openSeatDatabase(path);
    const before = first.prepare(indexSql).all();
    deferredIndexes(first).defer('tickets');
    first.close();
    const again = openSeatDatabase(path);
    const indexes = deferredIndexes(again);
    expect(indexes.pending()).toBeGreaterThan(0);
    await indexes.build();
    expect(again.prepare(indexSql).all()).toEqual(before);
    again.close();
  });

  it('builds in place for an in-memory database, which has no second connection', async () => {
    const db = openSeatDatabase(':memory:');
    const before = db.prepare(indexSql).all();
    const indexes = deferredIndexes(db);
    indexes.defer('tickets');
    await indexes.build();
    expect(db.prepare(indexSql).all()).toEqual(before);
    db.close();
  });
});
