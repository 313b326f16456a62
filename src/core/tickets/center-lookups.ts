import type { TicketLookupQuery } from '../../shared/sync/ticket-lookup-schemas';
import { similarWindowMs } from './similar-tickets';

/** Asks the center and caches what it says; false when it could not (see SyncEngine.lookup). */
export type CenterLookup = (query: TicketLookupQuery) => Promise<boolean>;

/** A street's or a caller's tickets fetched this recently are answered from the cache: "already reported?" runs as the operator types. */
const freshForMs = 60_000;

/**
 * What the screen-pop and "already reported?" ask the center before they
 * read the local cache, so they cover tickets older than the cached days
 * or taken elsewhere. Each answer says where it came from.
 */
export function createCenterLookups(lookup: CenterLookup | undefined, now: () => number) {
  const fetchedAt = new Map<string, number>();
  async function ask(key: string, query: TicketLookupQuery): Promise<'center' | 'local'> {
    if (!lookup) return 'local';
    const at = fetchedAt.get(key);
    if (at !== undefined && now() - at < freshForMs) return 'center';
    if (!(await lookup(query))) return 'local';
    if (fetchedAt.size > 1000) fetchedAt.clear();
    fetchedAt.set(key, now());
    return 'center';
  }
  return {
    callerHistory: (callerPhoneKey: string) => ask(`caller:${callerPhoneKey}`, { callerPhoneKey, limit: 200 }),
    street: (streetCode: string) => ask(`street:${streetCode}`, { streetCode, receivedFrom: now() - similarWindowMs, limit: 200 }),
  };
}
