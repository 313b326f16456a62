import type { Database } from 'better-sqlite3';
import { currentCount, nextCount } from './counters';

export type CommitListener = (cursor: number) => void;

/**
 * The one way tickets are written: each unit of work runs in an immediate
 * transaction, takes its change numbers from the `tickets` counter inside
 * it, and once the transaction has committed (never before) the listeners
 * hear the new cursor, which is how seats get poked over SSE.
 */
export class TicketWriter {
  private changed = false;
  private readonly listeners = new Set<CommitListener>();

  constructor(readonly db: Database) {}

  /** The next change number; call only inside write(). */
  nextChange(): number {
    this.changed = true;
    return nextCount(this.db, 'tickets');
  }

  cursor(): number {
    return currentCount(this.db, 'tickets');
  }

  write<T>(work: () => T): T {
    this.changed = false;
    try {
      const result = this.db.transaction(work).immediate();
      if (this.changed) {
        const cursor = this.cursor();
        for (const listener of this.listeners) listener(cursor);
      }
      return result;
    } finally {
      this.changed = false;
    }
  }

  onCommit(listener: CommitListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
