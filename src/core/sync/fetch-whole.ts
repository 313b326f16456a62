import { openTicketsLimits } from '../../shared/sync/pull-schemas';
import type { createPulledTicketApplier } from './apply-pulled-tickets';
import type { CenterClient } from './center-client';

/**
 * Tickets read again whole (`/v1/sync/open`, as many per request as the
 * center takes) and applied even at the version the seat holds, so its
 * pending mutations are laid on top of the center's state again. For
 * tickets whose edit the center refused, and those a first pull's reader
 * left because the seat had pending mutations for them. Returns the ids
 * whose stored state changed.
 */
export async function fetchWhole(
  client: CenterClient,
  applier: ReturnType<typeof createPulledTicketApplier>,
  token: () => Promise<string>,
  ids: readonly string[],
): Promise<string[]> {
  const changedIds: string[] = [];
  for (let start = 0; start < ids.length; start += openTicketsLimits.maxTickets) {
    const fetched = await client.open(await token(), ids.slice(start, start + openTicketsLimits.maxTickets));
    changedIds.push(...applier.applyFetched(fetched.tickets).changedIds);
  }
  return changedIds;
}
