import { join } from 'node:path';
import { forkBenchChild } from './bench-child';
import type { Commit } from './poke-delays';
import type { BenchSeat } from './seat-sessions';

export interface StreamsOpened {
  type: 'opened';
  /** Streams answered 200 that delivered their first poke (the cursor on connect). */
  connected: number;
  /** Failures by HTTP status or error code. */
  failed: Record<string, number>;
  ms: number;
}

export interface PokeReport {
  type: 'poke-report';
  streams: number;
  stillOpen: number;
  /** Streams the center ended or cut off during the run. */
  endedEarly: number;
  /** `changed` events received after the one sent on connect, over all streams. */
  pokes: number;
  heartbeats: number;
  finalCursor: number;
  /** Streams whose last poke carried the last acknowledged commit's change number. */
  streamsAtFinalCursor: number;
  /** Commit → poke on a stream, over every (commit, stream) pair. */
  delayP50Ms: number;
  delayP95Ms: number;
  delayP99Ms: number;
  delayMaxMs: number;
  /** (commit, stream) pairs that no poke covered. */
  missed: number;
  /** Pokes the center sent (distinct cursors), and per poke the time from its first to its last stream: one fan-out's length. */
  fanOuts: number;
  fanOutP50Ms: number;
  fanOutP99Ms: number;
}

export type SseRequest = { type: 'open'; url: string; seats: BenchSeat[] } | { type: 'report'; commits: Commit[] };
export type SseReply = StreamsOpened | PokeReport;

export interface SseSeats {
  open(url: string, seats: BenchSeat[]): Promise<StreamsOpened>;
  /** Poke figures for the commits the push client saw acknowledged (ascending by change). */
  report(commits: Commit[]): Promise<PokeReport>;
  stop(): Promise<void>;
}

/** Every bench seat's event stream, held open in a process of their own (sse-seats-child.ts). */
export function startSseSeats(): SseSeats {
  const child = forkBenchChild<SseRequest, SseReply>(join(import.meta.dirname, 'sse-seats-child.ts'));
  return {
    async open(url, seats) {
      child.send({ type: 'open', url, seats });
      return child.next('opened');
    },
    async report(commits) {
      child.send({ type: 'report', commits });
      return child.next('poke-report');
    },
    stop: () => child.stop(),
  };
}
