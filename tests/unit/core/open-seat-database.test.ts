import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DatabaseTooNewError } from '../../../src/shared/storage/numbered-migrations';
import { openSeatDatabase } from '../../../src/core/db/open-seat-database';
import { runMigrations, schemaVersion } from '../../../src/core/db/run-migrations';
import type { SeatMigration } from '../../../src/core/db/migration';
import { seatMigrations } from '../../../src/core/db/migrations/seat-migrations';
import { useTempDir } from '../../helpers/temp-dir';

describe('openSeatDatabase', () => {
  const tempDir = useTempDir();

  it('sets the pragmas the seat relies on and migrates to the newest version', () => {
    const db = openSeatDatabase(join(tempDir(), 'nested', 'seat.sqlite'));
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2); // FULL
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('busy_timeout', { simple: true })).toBe(5000);
    expect(schemaVersion(db)).toBe(seatMigrations.length);
    db.close();
  });

  it('refuses a database written by newer code and leaves it untouched', () => {
    const path = join(tempDir(), 'seat.sqlite');
    const future = new Database(path);
    future.exec('CREATE TABLE from_the_future (x INTEGER)');
    future.pragma('user_version = 999');
    future.close();

    expect(() => openSeatDatabase(path)).toThrow(DatabaseTooNewError);
    expect(() => openSeatDatabase(path)).toThrow(/schema version 999, newer than this seat understands/);

    const again = new Database(path);
    expect(again.pragma('user_version', { simple: true })).toBe(999);
    expect(again.prepare("SELECT name FROM sqlite_master WHERE name = 'from_the_future'").get()).toBeTruthy();
    again.close();
  });

  it('rolls back a failing migration as a whole, leaving the previous version', () => {
    const path = join(tempDir(), 'seat.sqlite');
    const broken: SeatMigration = {
      version: seatMigrations.length + 1,
      name: 'broken',
      up(db) {
        db.exec('CREATE TABLE half_done (x INTEGER)');
        throw new Error('boom');
      },
    };
    expect(() => openSeatDatabase(path, [...seatMigrations, broken])).toThrow('boom');
    const db = new Database(path);
    expect(schemaVersion(db)).toBe(seatMigrations.length);
    expect(db.prepare("SELECT name FROM sqlite_master WHERE name = 'half_done'").get()).toBeUndefined();
    db.close();
  });

  it('rejects migrations that are out of order', () => {
    const db = new Database(':memory:');
    const gap: SeatMigration = { version: seatMigrations.length + 2, name: 'gap', up: () => undefined };
    expect(() => runMigrations(db, [...seatMigrations, gap])).toThrow(`expected ${seatMigrations.length + 1}`);
    db.close();
  });
});
