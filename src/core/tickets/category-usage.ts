import type { Database } from 'better-sqlite3';
import { DAY_MS } from '../../shared/sla/sla-durations';

/** As many as the category picker shows above the tree. */
const shown = 8;
const frequentWindowMs = 30 * DAY_MS;
/** The recent list looks at this seat's last tickets only, so it is one short index range. */
const recentTicketsScanned = 200;

export interface CategoryUsage {
  recent: string[];
  frequent: string[];
}

/**
 * The categories this seat used lately and most, for the top of the
 * category picker: operators file the same few problems all shift.
 */
export function createCategoryUsage(db: Database): (createdBy: string, now: number) => CategoryUsage {
  const recent = db
    .prepare<[string, number, number], string>(`
      SELECT category_id FROM (
        SELECT category_id, received_at FROM tickets WHERE created_by = ? ORDER BY received_at DESC LIMIT ?
      ) GROUP BY category_id ORDER BY max(received_at) DESC LIMIT ?`)
    .pluck();
  const frequent = db
    .prepare<[string, number, number], string>(`
      SELECT category_id FROM tickets WHERE created_by = ? AND received_at >= ?
      GROUP BY category_id ORDER BY count(*) DESC, max(received_at) DESC LIMIT ?`)
    .pluck();
  return (createdBy, now) => ({
    recent: recent.all(createdBy, recentTicketsScanned, shown),
    frequent: frequent.all(createdBy, now - frequentWindowMs, shown),
  });
}
