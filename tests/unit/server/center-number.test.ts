import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { nextCenterNumber } from '../../../src/server/tickets/center-number';

describe('center ticket numbers', () => {
  let db: Database.Database;
  beforeEach(() => {
    db = new Database(':memory:');
    db.exec('CREATE TABLE ticket_number_day (day TEXT PRIMARY KEY, last INTEGER NOT NULL) STRICT');
  });
  afterEach(() => db.close());

  it('numbers a Beijing day from 00001', () => {
    const tenAm = Date.UTC(2026, 10, 22, 2);
    expect(nextCenterNumber(db, tenAm)).toBe('2026112200001');
    expect(nextCenterNumber(db, tenAm)).toBe('2026112200002');
  });

  it('uses the Beijing date, not UTC: 00:30 in Beijing is still the previous day in UTC', () => {
    expect(nextCenterNumber(db, Date.UTC(2026, 10, 22, 16, 30))).toBe('2026112300001');
    expect(nextCenterNumber(db, Date.UTC(2026, 10, 22, 15, 59))).toBe('2026112200001');
  });

  it('grows to six digits past 99,999 a day, never colliding with five-digit numbers', () => {
    db.prepare("INSERT INTO ticket_number_day (day, last) VALUES ('20261122', 99999)").run();
    expect(nextCenterNumber(db, Date.UTC(2026, 10, 22, 2))).toBe('20261122100000');
  });
});
