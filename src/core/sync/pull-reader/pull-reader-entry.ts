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

// Tickets per message. The core's thread copies each message in one go
// when it arrives; a search waiting behind a page of 200 waited ~5 ms more.
const ticketsPerMessage = 50;
// Messages sent and not yet applied (two pages): enough that the core never
// waits for the next one, few enough that a slow core does not make this
// thread pile up a 100,000-ticket pull in memory.
const messagesAhead = (2 * pullPageSize) / ticketsPerMessage;
let credits = messagesAhead;
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
  let cursor = data.cursor;
  let page = await pull(cursor);
  for (;;) {
    const next = page.hasMore ? pull(page.cursor) : null;
    next?.catch(() => undefined);
    // The request only goes out when the event loop turns: before this page's work, so the center answers meanwhile.
    await turn();
    const tickets = prepare(page);
    // An empty page is still one message: it carries the cursor and the end of the pull.
    for (let start = 0; start < tickets.length || start === 0; start += ticketsPerMessage) {
      const last = start + ticketsPerMessage >= tickets.length;
      await credit();
      credits -= 1;
      // Only the page's last part carries its cursor; the parts before repeat the one already reached (never lowered).
      send({ type: 'page', page: { tickets: tickets.slice(start, start + ticketsPerMessage), cursor: last ? page.cursor : cursor, hasMore: last ? page.hasMore : true } });
    }
    cursor = page.cursor;
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
