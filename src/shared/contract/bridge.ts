import type { Envelope } from './envelope';

/**
 * The one shape every transport has: the dispatcher itself, the worker port
 * client, the preload's window.bridge and the browser harness's HTTP client.
 */
export interface SeatBridge {
  invoke(method: string, input: unknown): Promise<Envelope>;
  subscribe(event: string, listener: (payload: unknown) => void): () => void;
}
