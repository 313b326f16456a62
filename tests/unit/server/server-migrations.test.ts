import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DatabaseTooNewError } from '../../../src/shared/storage/numbered-migrations';
import { centerMigrations } from '../../../src/server/db/migrations/center-migrations';
import { openCenterDatabase } from '../../../src/server/db/open-center-database';
import { runMigrations, schemaVersion } from '../../../src/server/db/run-migrations';

const dirs: string[] = [];
function tempFile(): string {
  const dir = mkdtempSync(join(tmpdir(), 'center-db-'));
  dirs.push(dir);
  return join(dir, 'center.sqlite');
}

function tables(db: Database.Database): string[] {
  return (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string }[]).map((row) => row.name);
}

describe('center migrations', () => {
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it('opens with WAL, synchronous FULL and foreign keys on, at the newest version', () => {
    const db = openCenterDatabase(tempFile());
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(schemaVersion(db)).toBe(centerMigrations.length);
    db.close();
  });

  const expectedTables: Record<number, string[]> = {
    1: ['account', 'auth_session', 'server_meta'],
    2: ['catalog', 'counter', 'kb_document'],
    3: ['sync_client', 'sync_receipt'],
    4: ['sync_subscription', 'ticket', 'ticket_event', 'ticket_note', 'ticket_number_day'],
    // An index only: a street's recent tickets for "already reported?" lookups.
    5: [],
  };

  for (const migration of centerMigrations) {
    it(`migration ${migration.name} adds its tables on top of the previous version`, () => {
      const db = new Database(tempFile());
      runMigrations(db, centerMigrations, migration.version - 1);
      const before = tables(db);
      runMigrations(db, centerMigrations, migration.version);
      expect(schemaVersion(db)).toBe(migration.version);
      expect(tables(db).filter((name) => !before.includes(name))).toEqual(expectedTables[migration.version]);
      db.close();
    });
  }

  it('starts both change counters at zero', () => {
    const db = openCenterDatabase(tempFile());
    expect(db.prepare('SELECT name, n FROM counter ORDER BY name').all()).toEqual([
      { name: 'kb', n: 0 },
      { name: 'tickets', n: 0 },
    ]);
    db.close();
  });

  it('refuses a database written by newer code and leaves it untouched', () => {
    const path = tempFile();
    const newer = new Database(path);
    newer.pragma(`user_version = ${centerMigrations.length + 1}`);
    newer.close();
    expect(() => openCenterDatabase(path)).toThrow(DatabaseTooNewError);
    const check = new Database(path);
    expect(schemaVersion(check)).toBe(centerMigrations.length + 1);
    expect(tables(check)).toEqual([]);
    check.close();
  });

  it('keeps notes append-only', () => {
    const db = openCenterDatabase(tempFile());
    db.exec(`
      INSERT INTO sync_client (client_id, seat_id, registered_at, last_seen_at) VALUES ('c', 's', 0, 0);
      INSERT INTO ticket (id, number, channel, appeal_type, caller_phone, caller_name, caller_gender, anonymous, callback_consent,
        callback_phone, category_id, district_code, street_code, community_code, address, title, description, urgency,
        kb_document_ids, status, lifecycle, sla_class, received_at, feedback_by, catalog_version, created_by_client,
        created_by_seat, created_by_user, created_at, field_versions, last_change, last_action_at)
      VALUES ('t', '1', 'phone', 'help', '', '', 'unspecified', 0, 0, '', 'c', '110101', '110101001', '', '', 't', 'd', 'normal',
        '[]', 'queued', '{}', 'general', 0, 0, 'v', 'c', 's', 'u', 0, '{}', 1, 0);
      INSERT INTO ticket_note (id, ticket_id, body, author, at, change) VALUES ('n', 't', 'body', 'u', 0, 2);
    `);
    expect(() => db.prepare("UPDATE ticket_note SET body = 'x'").run()).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM ticket_note').run()).toThrow(/append-only/);
    db.close();
  });

  it('migration 0005 lets a street’s recent tickets be found by index', () => {
    const db = openCenterDatabase(tempFile());
    const plan = db
      .prepare("EXPLAIN QUERY PLAN SELECT id FROM ticket WHERE street_code = '110101001' AND received_at >= 0 ORDER BY received_at DESC LIMIT 50")
      .all()
      .map((row) => (row as { detail: string }).detail)
      .join(' | ');
    expect(plan).toMatch(/USING INDEX ticket_by_street/);
    db.close();
  });
});
