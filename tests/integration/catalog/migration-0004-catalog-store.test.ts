import { describe, expect, it } from 'vitest';
import { databaseAtVersion } from '../../helpers/migration-harness';
import { useTempDir } from '../../helpers/temp-dir';

describe('migration 0004 catalog store', () => {
  const tempDir = useTempDir();

  it('adds the catalog_version table to a seat at version 3, which allows one current version only', () => {
    const { db, migrateTo } = databaseAtVersion(tempDir(), 3);
    expect(migrateTo(4)).toBe(4);
    const insert = db.prepare(
      'INSERT INTO catalog_version (version, published_at, source, body, applied_at, is_current) VALUES (?, 1, ?, ?, 1, ?)',
    );
    insert.run('v1', 'file', '{}', 1);
    insert.run('v0', 'center', '{}', 0);
    expect(() => insert.run('v2', 'center', '{}', 1)).toThrow(/UNIQUE/);
    expect(() => insert.run('v3', 'usb-stick', '{}', 0)).toThrow(/CHECK/);
    expect(() => insert.run('v4', 'file', '{not json', 0)).toThrow(/CHECK/);
    db.close();
  });
});
