import type { CenterMigration } from '../migration';
import { accountsMigration } from './0001-accounts';
import { catalogAndKbMigration } from './0002-catalog-and-kb';
import { syncClientsMigration } from './0003-sync-clients';
import { ticketsMigration } from './0004-tickets';
import { ticketsByStreetMigration } from './0005-tickets-by-street';

/** Append only: a released migration is never edited, a fix is a new step. */
export const centerMigrations: readonly CenterMigration[] = [
  accountsMigration,
  catalogAndKbMigration,
  syncClientsMigration,
  ticketsMigration,
  ticketsByStreetMigration,
];
