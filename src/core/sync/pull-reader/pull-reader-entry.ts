import { setImmediate as turn } from 'node:timers/promises';
import { parentPort, workerData } from 'node:worker_threads';
import type { PullResponse } from '../../../shared/sync/pull-schemas';
import { createCenterClient } from '../center-client';
import { preparePulledTicket } from '../prepare-pulled-ticket';
import { pullPageSize } from '../pull-tickets';
import type { PreparedTicket } from '../prepare-pulled-ticket';
import type { FromPullReader, PullReaderData, ToPullReader } from './pull-reader-messages';

// Runs inside the pull reader's thread (pull-reader-thread.ts): fetches,
// checks and prepares pages; the core writes them. No database here.
const port = parentPort;
if (!port) throw new Error('pull-reader-entry must run in a worker thread');
const data = workerData as PullReaderData;
const send = (message: FromPullReader) => port.postMessage(message);

// Pages sent and not yet applied: enough that the core never waits for the
// next one, few enough that a slow core does not make this thread pile up
// a 100,000-ticket pull in memory.
const pagesAhead = 2;
let credits = pagesAhead;
let waiting: (() => void) | null = null;
port.on('message', (message: ToPullReader) => {
  if (message.type !== 'applied') return;
  credits += 1;
  waiting?.();
  waiting = null;
});
const credit = () => (credits > 0 ? Promise.resolve() : new Promise<void>((resolve) => (waiting = resolve)));

const client = createCenterClient({ baseUrl: data.centerUrl, timeoutMs: data.requestTimeoutMs });
const pull = (cursor: number) => client.pull(data.accessToken, cursor, pullPageSize);

function prepare(page: PullResponse): PreparedTicket[] {
  // Without pending mutations the role plays no part (statusWithPending).
  return page.tickets.map((ticket) => preparePulledTicket(ticket, [], 'operator'));
}

async function readAll(): Promise<void> {
  let page = await pull(data.cursor);
  for (;;) {
    const next = page.hasMore ? pull(page.cursor) : null;
    next?.catch(() => undefined);
    // The request only goes out when the event loop turns: before this page's work, so the center answers meanwhile.
    await turn();
    const tickets = prepare(page);
    await credit();
    credits -= 1;
    send({ type: 'page', page: { tickets, cursor: page.cursor, hasMore: page.hasMore } });
    if (!next) return;
    page = await next;
  }
}

readAll().then(
  () => port.close(),
  (error: unknown) => {
    send({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
    port.close();
  },
);
