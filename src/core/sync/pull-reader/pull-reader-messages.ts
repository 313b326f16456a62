import type { PreparedTicket } from '../prepare-pulled-ticket';

/** What the core gives the pull reader's thread (pull-reader-entry.ts). */
export interface PullReaderData {
  centerUrl: string;
  accessToken: string;
  /** Pull from here: the seat's ticket cursor. */
  cursor: number;
  requestTimeoutMs?: number;
}

/** Tickets prepared with no pending mutation (the reader does not see the seat's outbox). */
export interface ReadPage {
  tickets: PreparedTicket[];
  cursor: number;
  hasMore: boolean;
}

export type FromPullReader = { type: 'page'; page: ReadPage } | { type: 'failed'; message: string };

/** The core applied a page: the reader may send one more. */
export type ToPullReader = { type: 'applied' };
