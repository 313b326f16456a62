import type { CenterMigration } from '../migration';

/**
 * "Already reported?" asks the center for a street's tickets of the last
 * month (ticket lookups); without this index that is a scan of every
 * ticket received in the month, city-wide.
 */
export const ticketsByStreetMigration: CenterMigration = {
  version: 5,
  name: '0005-tickets-by-street',
  up(db) {
    db.exec('CREATE INDEX ticket_by_street ON ticket (street_code, received_at);');
  },
};
