import { setImmediate as yieldToOthers } from 'node:timers/promises';
import type { CenterClient } from './center-client';
import type { createPulledTicketApplier } from './apply-pulled-tickets';

export interface PullContext {
  client: CenterClient;
  applier: ReturnType<typeof createPulledTicketApplier>;
  cursor: () => number;
  token: () => Promise<string>;
  onChanged: (ids: string[]) => void;
}

/** Tickets per request: big enough that 100,000 take ~100 round trips. */
export const pullPageSize = 1000;
/** Tickets per write transaction: a KB search waits at most for one of these (a few ms). */
const applySliceSize = 50;

/**
 * Pulls until the center says there is no more. Each page is applied in
 * slices with a turn for other work (the operator's searches) between
 * them; only the last slice writes the page's cursor, so a crash midway
 * re-pulls the page and re-applies harmlessly (versions decide).
 */
export async function pullTickets(context: PullContext): Promise<number> {
  let applied = 0;
  for (;;) {
    const page = await context.client.pull(await context.token(), context.cursor(), pullPageSize);
    for (let start = 0; start < page.tickets.length || start === 0; start += applySliceSize) {
      const slice = page.tickets.slice(start, start + applySliceSize);
      const last = start + applySliceSize >= page.tickets.length;
      const result = context.applier.applyPage(slice, last ? page.cursor : null);
      if (result.changedIds.length > 0) context.onChanged(result.changedIds);
      applied += result.changedIds.length;
      await yieldToOthers();
      if (last) break;
    }
    if (!page.hasMore) return applied;
  }
}
