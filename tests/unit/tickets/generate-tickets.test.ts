import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openSeatDatabase } from '../../../src/core/db/open-seat-database';
import { readSeatIdentity } from '../../../src/core/seat/seat-identity';
import { generateTickets } from '../../../src/core/tickets/dev/generate-tickets';
import { generatedActionRoles, lifecyclePaths } from '../../../src/core/tickets/dev/lifecycle-paths';
import { applyAction } from '../../../src/shared/tickets/apply-ticket-action';
import type { TicketAction } from '../../../src/shared/tickets/ticket-action';
import { initialTicketLifecycle } from '../../../src/shared/tickets/ticket-lifecycle';
import { DAY_MS } from '../../../src/shared/sla/sla-durations';
import { useTempDir } from '../../helpers/temp-dir';
import { shippedCatalog, testEpoch } from './intake-test-seat';

describe('the ticket generator', () => {
  const tempDir = useTempDir();

  it('gives every generated status a timeline the state machine accepts', () => {
    for (const [status, path] of Object.entries(lifecyclePaths)) {
      let state = initialTicketLifecycle();
      for (const type of path) {
        const role = generatedActionRoles[type] ?? 'center';
        const action = { type, leadUnitId: 'unit-1', parentTicketId: 'parent', solved: true } as TicketAction;
        const result = applyAction(state, action, role === 'unit' ? { role, unitId: 'unit-1' } : { role });
        if (!result.ok) throw new Error(`${status}: ${result.rejection.detail}`);
        state = result.state;
      }
      expect(state.status).toBe(status);
    }
  });

  it('fills a seat with plausible tickets: whole rows, repeat callers, repeat requests, the last year', () => {
    const db = openSeatDatabase(join(tempDir(), 'seat.sqlite'));
    const seatClientId = readSeatIdentity(db).clientId;
    generateTickets(db, { count: 3000, catalog: shippedCatalog().catalog, seatClientId, now: testEpoch, seed: 7 });

    const one = (sql: string) => db.prepare(sql).pluck().get() as number;
    expect(one('SELECT count(*) FROM tickets')).toBe(3000);
    expect(one('SELECT count(*) FROM ticket_text_profiles')).toBe(3000);
    expect(one('SELECT count(*) FROM ticket_notes WHERE revision = 1')).toBe(3000);
    expect(one(`SELECT count(*) FROM ticket_title_fts WHERE ticket_title_fts MATCH '"社区" OR "街道" OR "反映"'`)).toBeGreaterThan(100);
    expect(one(`SELECT min(received_at) FROM tickets`)).toBeGreaterThanOrEqual(testEpoch - 365 * DAY_MS);
    expect(one(`SELECT max(received_at) FROM tickets`)).toBeLessThanOrEqual(testEpoch);
    expect(one(`SELECT count(*) FROM tickets WHERE received_at >= ${testEpoch - 30 * DAY_MS}`)).toBeGreaterThan(300);
    expect(one('SELECT max(n) FROM (SELECT count(*) AS n FROM tickets WHERE caller_phone_key IS NOT NULL GROUP BY caller_phone_key)')).toBeGreaterThan(3);
    expect(one('SELECT count(*) FROM ticket_links')).toBe(one('SELECT count(*) FROM tickets WHERE repeat_of_id IS NOT NULL'));
    expect(one('SELECT count(*) FROM ticket_links')).toBeGreaterThan(100);
    expect(one(`SELECT count(*) FROM tickets WHERE created_by = '${seatClientId}'`)).toBeGreaterThan(10);
    expect(one('SELECT count(DISTINCT number) FROM tickets')).toBe(one('SELECT count(number) FROM tickets'));
    expect(db.pragma('foreign_key_check')).toEqual([]);
    db.close();
  });
});
