import Database from 'better-sqlite3';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { giveBackMemory } from '../../../src/core/memory/give-back-memory';

describe('giveBackMemory', () => {
  it('collects garbage and shrinks the connection without leaving a global gc behind', () => {
    const hadGlobalGc = typeof (globalThis as { gc?: unknown }).gc === 'function';
    const db = new Database(':memory:');
    db.exec('CREATE TABLE t (x); INSERT INTO t VALUES (1)');
    giveBackMemory(db);
    giveBackMemory(db);
    expect(db.prepare('SELECT x FROM t').pluck().get()).toBe(1);
    expect(typeof (globalThis as { gc?: unknown }).gc === 'function').toBe(hadGlobalGc);
    if (!hadGlobalGc) expect(runInNewContext('typeof gc')).toBe('undefined');
    db.close();
  });

  it('skips a closed connection and still collects', () => {
    const db = new Database(':memory:');
    db.close();
    expect(() => giveBackMemory(db)).not.toThrow();
    expect(() => giveBackMemory()).not.toThrow();
  });
});
