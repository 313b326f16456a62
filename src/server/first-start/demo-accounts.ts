import { randomBytes } from 'node:crypto';
import type { Catalog } from '../../shared/catalog/catalog-schema';
import type { AccountRole } from '../../shared/sync/auth-schemas';

export interface DemoAccount {
  username: string;
  displayName: string;
  role: AccountRole;
  unitId: string | null;
  password: string;
}

/** A street office, a bureau and a utility: one unit clerk of each kind the simulator plays. */
const demoUnitKinds = ['street_office', 'bureau', 'utility'] as const;

/**
 * The accounts a newcomer needs to see the whole loop: two operators (two
 * seats syncing), a callback agent, a supervisor, an admin, and clerks of a
 * few units for the unit API. Passwords are random per center, so a demo
 * center reachable by others is not open with a published password.
 */
export function demoAccounts(catalog: Catalog): DemoAccount[] {
  const staff: Omit<DemoAccount, 'password'>[] = [
    { username: 'operator', displayName: '话务员 一号', role: 'operator', unitId: null },
    { username: 'operator2', displayName: '话务员 二号', role: 'operator', unitId: null },
    { username: 'callback', displayName: '回访员', role: 'callback', unitId: null },
    { username: 'supervisor', displayName: '班长', role: 'supervisor', unitId: null },
    { username: 'admin', displayName: '系统管理员', role: 'admin', unitId: null },
  ];
  const units = demoUnitKinds.flatMap((kind) => {
    const unit = catalog.units.find((candidate) => candidate.kind === kind);
    return unit ? [{ username: `unit-${unit.id}`, displayName: unit.shortName, role: 'unit' as const, unitId: unit.id }] : [];
  });
  return [...staff, ...units].map((account) => ({ ...account, password: randomPassword() }));
}

/** 16 characters from an alphabet without look-alikes (0/O, 1/l/I), about 90 bits. */
function randomPassword(): string {
  const alphabet = 'abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  return [...randomBytes(16)].map((byte) => alphabet[byte % alphabet.length]).join('');
}

export function formatDemoAccounts(accounts: readonly DemoAccount[]): string {
  const width = Math.max(...accounts.map((account) => account.username.length));
  return accounts
    .map((account) => `  ${account.role.padEnd(10)} ${account.username.padEnd(width)}  ${account.password}${account.unitId ? `  (${account.displayName})` : ''}`)
    .join('\n');
}
