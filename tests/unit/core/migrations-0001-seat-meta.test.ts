import { describe, expect, it } from 'vitest';
import { readSeatIdentity } from '../../../src/core/seat/seat-identity';
import { databaseAtVersion } from '../../helpers/migration-harness';
import { useTempDir } from '../../helpers/temp-dir';

describe('migration 0001 seat meta', () => {
  const tempDir = useTempDir();

  it('gives a new seat a UUIDv7 client id and incarnation 1', () => {
    const { db, migrateTo } = databaseAtVersion(tempDir(), 0);
    expect(migrateTo(1)).toBe(1);
    const identity = readSeatIdentity(db);
    expect(identity.clientId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(identity.incarnation).toBe(1);
    db.close();
  });

  it('keeps the client id when run again on an up-to-date database', () => {
    const { db, migrateToLatest } = databaseAtVersion(tempDir(), 1);
    const before = readSeatIdentity(db).clientId;
    migrateToLatest();
    expect(readSeatIdentity(db).clientId).toBe(before);
    db.close();
  });
});
