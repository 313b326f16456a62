import { describe, expect, it } from 'vitest';
import { databaseAtVersion } from '../../helpers/migration-harness';
import { useTempDir } from '../../helpers/temp-dir';

describe('migration 0005 tickets by appeal type', () => {
  const tempDir = useTempDir();

  it('lets the list filtered by appeal type use an index instead of scanning every ticket', () => {
    const { db, migrateTo } = databaseAtVersion(tempDir(), 4);
    const plan = () =>
      db
        .prepare(
          "EXPLAIN QUERY PLAN SELECT ticket_key FROM tickets WHERE appeal_type = 'praise' ORDER BY received_at DESC LIMIT 100",
        )
        .all()
        .map((row) => (row as { detail: string }).detail)
        .join(' | ');
    expect(plan()).not.toMatch(/tickets_by_appeal_type/);
    migrateTo(5);
    expect(plan()).toMatch(/USING (COVERING )?INDEX tickets_by_appeal_type/);
    db.close();
  });
});
