import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Database } from 'better-sqlite3';
import { insertAccount } from '../auth/account-store';
import { hashPassword } from '../auth/password-hash';
import type { CatalogStore } from '../catalog/catalog-store';
import { readDemoCatalog } from '../catalog/read-demo-catalog';
import type { KbPublishReport, KbStore } from '../kb/kb-store';
import { readKbFolder } from '../kb/read-kb-folder';
import { demoAccounts, formatDemoAccounts, type DemoAccount } from './demo-accounts';

export interface FirstStartReport {
  catalogVersion: string;
  kb: KbPublishReport;
  accounts: DemoAccount[];
  accountsFile: string;
}

export const demoAccountsFileName = 'demo-accounts.txt';

/**
 * A new data directory becomes a working center: the demo catalog and
 * knowledge base are published and demo accounts created with random
 * passwords, which are written once to the data directory (owner-only) and
 * never stored in clear anywhere else.
 */
export async function seedFirstStart(
  db: Database,
  stores: { catalogs: CatalogStore; kb: KbStore },
  dirs: { resourcesDir: string; dataDir: string },
  now: number,
): Promise<FirstStartReport> {
  const catalog = readDemoCatalog(dirs.resourcesDir);
  const documents = readKbFolder(join(dirs.resourcesDir, 'kb', 'docs'));
  const accounts = demoAccounts(catalog);
  const hashes = await Promise.all(accounts.map((account) => hashPassword(account.password)));
  // The file first: if the commit below never happens, the next start is a first start again and rewrites it.
  const accountsFile = join(dirs.dataDir, demoAccountsFileName);
  const text =
    '# Demo accounts of this center, written once on its first start. Change them before anyone else can reach it.\n' +
    `# role       username  password\n${formatDemoAccounts(accounts)}\n`;
  writeFileSync(accountsFile, text, { mode: 0o600 });
  const kb = db
    .transaction(() => {
      stores.catalogs.publish(catalog, now);
      accounts.forEach((account, index) => {
        const passwordHash = hashes[index];
        if (passwordHash === undefined) throw new Error('a password hash is missing');
        insertAccount(db, { ...account, passwordHash }, now);
      });
      return stores.kb.publish(documents, now);
    })
    .immediate();
  return { catalogVersion: catalog.version, kb, accounts, accountsFile };
}
