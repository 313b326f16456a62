import { setImmediate as yieldToOthers } from 'node:timers/promises';
import type { PullResponse } from '../../shared/sync/pull-schemas';
import type { AppliedPage, createPulledTicketApplier } from './apply-pulled-tickets';
import type { CenterClient } from './center-client';

export interface PullContext {
  client: CenterClient;
  applier: ReturnType<typeof createPulledTicketApplier>;
  cursor: () => number;
  token: () => Promise<string>;
  onChanged: (ids: string[]) => void;
}

/**
 * Tickets per request. Reading and checking a page blocks the core's thread
 * (about 13 ms for 500 tickets), so pages stay small enough for a KB search
 * to slip in between, and big enough that 100,000 tickets are 200 requests.
 */
export const pullPageSize = 200;
/** A write transaction of pulled tickets aims at this long: a KB search waits at most about that, and bigger transactions write each index page once for more tickets. */
const sliceTargetMs = 5;

/** One page of a pull, in whatever form its tickets come (as the center sent them, or prepared by the pull reader). */
export interface PulledPage<T extends { id: string }> {
  tickets: readonly T[];
  cursor: number;
  hasMore: boolean;
}

/**
 * Pulls until the center says there is no more. The next page is asked for
 * while this one is applied, so the center's work overlaps the seat's.
 */
export function pullTickets(context: PullContext): Promise<number> {
  return applyPages(centerPages(context), (tickets, cursor) => context.applier.applyPage(tickets, cursor), context.onChanged);
}

async function* centerPages(context: PullContext): AsyncGenerator<PullResponse> {
  let page = await context.client.pull(await context.token(), context.cursor(), pullPageSize);
  for (;;) {
    const next: Promise<PullResponse> | null = page.hasMore ? context.client.pull(await context.token(), page.cursor, pullPageSize) : null;
    // Settled later; a failure while this page is applied must not surface as an unhandled rejection.
    next?.catch(() => undefined);
    yield page;
    if (!next) return;
    page = await next;
  }
}

/**
 * Applies pages as they come, each in slices sized to take about
 * `sliceTargetMs`, with a turn for other work (the operator's searches)
 * between them; only the last slice writes the page's cursor, so a crash
 * midway re-pulls the page and re-applies harmlessly (versions decide).
 * Returns how many tickets changed.
 */
export async function applyPages<T extends { id: string }>(
  pages: AsyncIterable<PulledPage<T>>,
  apply: (tickets: readonly T[], cursor: number | null) => AppliedPage,
  onChanged: (ids: string[]) => void,
): Promise<number> {
  let applied = 0;
  let sliceSize = 50;
  for await (const page of pages) {
    // Reading the page was work on this thread; a search waiting since then goes before the first slice.
    await yieldToOthers();
    let start = 0;
    do {
      const slice = page.tickets.slice(start, start + sliceSize);
      const last = start + sliceSize >= page.tickets.length;
      const began = performance.now();
      const result = apply(slice, last ? page.cursor : null);
      const tookMs = performance.now() - began;
      if (slice.length > 0) sliceSize = Math.max(10, Math.min(500, Math.round((slice.length * sliceTargetMs) / Math.max(tookMs, 0.5))));
      if (result.changedIds.length > 0) onChanged(result.changedIds);
      applied += result.changedIds.length;
      start += slice.length;
      if (last) break;
      await yieldToOthers();
    } while (start < page.tickets.length);
  }
  return applied;
}
