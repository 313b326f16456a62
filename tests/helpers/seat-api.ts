import { createSeatClient } from '../../src/shared/contract/seat-client';
import { createHttpBridgeForNode } from './http-bridge-for-node';
import type { SpawnedHost } from './spawn-built-host';

/** The same seat the browser shows, asked directly over its HTTP contract (for assertions). */
export function seatApi(host: SpawnedHost) {
  const token = new URL(host.url).searchParams.get('token')!;
  return createSeatClient(createHttpBridgeForNode(host.origin, token));
}
