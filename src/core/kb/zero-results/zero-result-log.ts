import type { Database, Statement } from 'better-sqlite3';

/**
 * Queries that found nothing, counted, for the KB editors: each is a
 * missing document, synonym or dictionary word. Stored normalized so 公積金
 * and 公积金 count as one.
 */
export interface ZeroResultQuery {
  query: string;
  count: number;
  firstAt: number;
  lastAt: number;
}

const maxLoggedChars = 200;

export class ZeroResultLog {
  private readonly upsert: Statement<[string, number, number]>;
  private readonly top: Statement<[number], { query: string; count: number; first_at: number; last_at: number }>;

  constructor(db: Database) {
    this.upsert = db.prepare(`
      INSERT INTO kb_zero_result_query (query, count, first_at, last_at) VALUES (?, 1, ?, ?)
      ON CONFLICT (query) DO UPDATE SET count = count + 1, last_at = excluded.last_at`);
    this.top = db.prepare('SELECT query, count, first_at, last_at FROM kb_zero_result_query ORDER BY count DESC, last_at DESC LIMIT ?');
  }

  record(normalizedQuery: string, now: number): void {
    const query = normalizedQuery.slice(0, maxLoggedChars);
    if (query === '') return;
    this.upsert.run(query, now, now);
  }

  topQueries(limit: number): ZeroResultQuery[] {
    const capped = Math.max(0, Math.min(1000, Math.floor(limit)));
    return this.top.all(capped).map((row) => ({ query: row.query, count: row.count, firstAt: row.first_at, lastAt: row.last_at }));
  }
}
