import type { Database } from 'better-sqlite3';
import type { AccountRole } from '../../shared/sync/auth-schemas';
import { prepareCached } from '../store/prepare-cached';

export interface AccountRecord {
  id: number;
  username: string;
  displayName: string;
  role: AccountRole;
  unitId: string | null;
  passwordHash: string;
  disabled: boolean;
}

interface AccountRow {
  id: number;
  username: string;
  display_name: string;
  role: AccountRole;
  unit_id: string | null;
  password_hash: string;
  disabled: number;
}

export interface NewAccount {
  username: string;
  displayName: string;
  role: AccountRole;
  unitId: string | null;
  passwordHash: string;
}

export function findAccount(db: Database, username: string): AccountRecord | null {
  const row = prepareCached<[string], AccountRow>(db, 'SELECT * FROM account WHERE username = ?').get(username);
  return row ? fromRow(row) : null;
}

export function findAccountById(db: Database, id: number): AccountRecord | null {
  const row = prepareCached<[number], AccountRow>(db, 'SELECT * FROM account WHERE id = ?').get(id);
  return row ? fromRow(row) : null;
}

function fromRow(row: AccountRow): AccountRecord {
  return {
    id: row.id,
    username: row.username,
    displayName: row.display_name,
    role: row.role,
    unitId: row.unit_id,
    passwordHash: row.password_hash,
    disabled: row.disabled === 1,
  };
}

export function insertAccount(db: Database, account: NewAccount, now: number): number {
  const result = prepareCached(
    db,
    `INSERT INTO account (username, display_name, role, unit_id, password_hash, created_at)
     VALUES (@username, @displayName, @role, @unitId, @passwordHash, @now)`,
  ).run({ ...account, now });
  return Number(result.lastInsertRowid);
}
