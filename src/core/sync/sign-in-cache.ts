import type { Database } from 'better-sqlite3';
import { syncAccountSchema, type SyncAccount } from '../../shared/contract/sync/sync-status-schema';

/** The verifiers of operators who signed in online on this seat, by username. */
export function createSignInCache(db: Database) {
  const upsert = db.prepare<[string, string, string, number]>(
    `INSERT INTO sign_in_verifiers (username, verifier, account, signed_in_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (username) DO UPDATE SET verifier = excluded.verifier, account = excluded.account, signed_in_at = excluded.signed_in_at`,
  );
  const find = db.prepare<[string], { verifier: string; account: string }>('SELECT verifier, account FROM sign_in_verifiers WHERE username = ?');
  return {
    remember: (account: SyncAccount, verifier: string, at: number) => upsert.run(account.username, verifier, JSON.stringify(account), at),
    find(username: string): { verifier: string; account: SyncAccount } | null {
      const row = find.get(username);
      if (!row) return null;
      const account = syncAccountSchema.safeParse(JSON.parse(row.account));
      return account.success ? { verifier: row.verifier, account: account.data } : null;
    },
  };
}
