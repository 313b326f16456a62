import type { FaultCounters } from './faulty-fetch';

/** What the driver asks a seat process to do; each answer carries the same id. */
export type SeatCommand =
  | { op: 'dispatch'; title: string; repeatOf: string | null }
  | { op: 'note'; ticketId: string; body: string }
  | { op: 'edit'; ticketId: string; title: string; urgency: 'normal' | 'urgent' | 'emergency' | null }
  | { op: 'sync' }
  | { op: 'faults'; on: boolean }
  | { op: 'probe' }
  | { op: 'close' };

export interface SeatProbe {
  cursor: number;
  pending: number;
  /** [ticket id, server version or null, status] for every ticket on the seat. */
  tickets: [string, number | null, string][];
  noteIds: string[];
  /** Ticket id → the title shown, for tickets with an edit of the title still pending, and the title that edit set. */
  pendingTitles: [string, string, string][];
  faults: FaultCounters;
}

export type SeatRequest = { id: number } & SeatCommand;
export type SeatAnswer = { id: number; ok: true; result: unknown } | { id: number; ok: false; error: string } | { ready: true };

/** How a seat process is started: everything through the environment, so a restart is the same command. */
export interface SeatProcessConfig {
  databasePath: string;
  centerUrl: string;
  username: string;
  password: string;
  faultSeed: number;
  resourcesDir: string;
  dropOutboxOnSend: boolean;
  /** Share of requests whose answer is lost after the center committed (the replays dedupe must absorb). */
  lostAnswerRate: number;
}
