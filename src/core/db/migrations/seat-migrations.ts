import type { Migration } from '../migration';
import { seatMetaMigration } from './0001-seat-meta';
import { knowledgeBaseMigration } from './0002-knowledge-base';

/** Append only: a released migration is never edited, a fix is a new step. */
export const seatMigrations: readonly Migration[] = [seatMetaMigration, knowledgeBaseMigration];
