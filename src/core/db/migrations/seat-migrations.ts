import type { SeatMigration } from '../migration';
import { seatMetaMigration } from './0001-seat-meta';
import { knowledgeBaseMigration } from './0002-knowledge-base';
import { intakeStoreMigration } from './0003-intake-store';
import { catalogStoreMigration } from './0004-catalog-store';
import { ticketsByAppealTypeMigration } from './0005-tickets-by-appeal-type';
import { syncStateMigration } from './0006-sync-state';
import { centerEventsAndDeferredIndexesMigration } from './0007-center-events-and-deferred-indexes';

/** Append only: a released migration is never edited, a fix is a new step. */
export const seatMigrations: readonly SeatMigration[] = [
  seatMetaMigration,
  knowledgeBaseMigration,
  intakeStoreMigration,
  catalogStoreMigration,
  ticketsByAppealTypeMigration,
  syncStateMigration,
  centerEventsAndDeferredIndexesMigration,
];
