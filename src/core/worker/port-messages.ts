import type { Envelope } from '../../shared/contract/envelope';

/** Messages from the shell to the core worker. */
export type ToCore =
  | { type: 'invoke'; id: number; method: string; input: unknown }
  | { type: 'close' };

/** Messages from the core worker to the shell. */
export type FromCore =
  | { type: 'ready'; startMs: number }
  | { type: 'fatal'; message: string }
  | { type: 'result'; id: number; envelope: Envelope }
  | { type: 'event'; event: string; payload: unknown }
  | { type: 'closed' };

/** The part of a worker_threads port (or Worker) the transport needs. */
export interface PortLike {
  postMessage(message: unknown): void;
  on(event: 'message', listener: (message: unknown) => void): unknown;
}
