import type { createPulledTicketApplier } from '../apply-pulled-tickets';
import type { CenterClient } from '../center-client';
import { fetchWhole } from '../fetch-whole';
import { applyPages } from '../pull-tickets';
import { readPagesOnThread, type PullReaderThread } from './pull-reader-thread';

export interface FirstPullContext {
  reader: PullReaderThread;
  centerUrl: string;
  client: CenterClient;
  applier: ReturnType<typeof createPulledTicketApplier>;
  cursor: () => number;
  token: () => Promise<string>;
  onChanged: (ids: string[]) => void;
  /** Aborted when the seat disconnects or closes: the reader stops and this throws. */
  signal: AbortSignal;
  log: (line: string) => void;
  requestTimeoutMs?: number;
}

/**
 * An empty seat's first pull, read on the pull reader's thread (the core's
 * thread only writes). Whatever stops the reader is logged, and the pull on
 * the core's thread that follows carries on from the cursor reached and
 * reports what it meets. Tickets the seat has pending mutations for are
 * opened whole at the end.
 */
export async function readFirstPull(context: FirstPullContext): Promise<void> {
  const toFetch: string[] = [];
  try {
    const data = { centerUrl: context.centerUrl, accessToken: await context.token(), cursor: context.cursor(), requestTimeoutMs: context.requestTimeoutMs };
    const pages = readPagesOnThread(context.reader, data, context.signal);
    await applyPages(
      pages,
      (tickets, cursor) => {
        const applied = context.applier.applyReadPage(tickets, cursor);
        toFetch.push(...applied.toFetch);
        return applied;
      },
      context.onChanged,
    );
  } catch (error) {
    if (context.signal.aborted) throw error;
    context.log(`the first pull's reader thread stopped, the core reads on from cursor ${context.cursor()}: ${error instanceof Error ? error.message : String(error)}`);
  }
  const changedIds = await fetchWhole(context.client, context.applier, context.token, toFetch);
  if (changedIds.length > 0) context.onChanged(changedIds);
}
