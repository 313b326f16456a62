import { request, type ClientRequest } from 'node:http';
import { centerApiPaths } from '../../src/shared/sync/center-api-paths';
import { syncEventNames } from '../../src/shared/sync/sync-poke-schema';
import { serveBench } from './bench-child';
import { MsHistogram } from './ms-histogram';
import { addPokeDelays, type Commit } from './poke-delays';
import type { BenchSeat } from './seat-sessions';
import type { PokeReport, SseReply, SseRequest, StreamsOpened } from './sse-seats';

/** One seat's `GET /v1/sync/events`, read as a seat reads it. */
interface SeatStream {
  request: ClientRequest | null;
  connected: boolean;
  ended: boolean;
  buffer: string;
  /** Pokes after the connect poke: their cursors and arrival times (epoch ms, the clock the center stamps commits with). */
  cursors: number[];
  arrivals: number[];
  heartbeats: number;
}

/** Streams being set up at once: a hall's seats do not all connect in the same millisecond either. */
const openingAtOnce = 100;
const changedEvent = `event: ${syncEventNames.changed}\n`;

const streams: SeatStream[] = [];

function openStream(url: URL, seat: BenchSeat): Promise<string | null> {
  const stream: SeatStream = { request: null, connected: false, ended: false, buffer: '', cursors: [], arrivals: [], heartbeats: 0 };
  streams.push(stream);
  return new Promise((resolve) => {
    let settled = false;
    const settle = (failure: string | null) => {
      if (settled) return;
      settled = true;
      resolve(failure);
    };
    // agent: false: a connection per stream, as 2,000 seats on 2,000 machines have.
    const req = request(
      { host: url.hostname, port: url.port, path: centerApiPaths.events, agent: false, headers: { authorization: `Bearer ${seat.accessToken}`, accept: 'text/event-stream' } },
      (response) => {
        if (response.statusCode !== 200) {
          response.resume();
          settle(`HTTP ${response.statusCode}`);
          return;
        }
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => {
          const arrived = Date.now();
          stream.buffer += chunk;
          let end = stream.buffer.indexOf('\n\n');
          while (end >= 0) {
            readFrame(stream, stream.buffer.slice(0, end), arrived);
            stream.buffer = stream.buffer.slice(end + 2);
            end = stream.buffer.indexOf('\n\n');
          }
          if (stream.connected) settle(null);
        });
        response.on('close', () => {
          stream.ended = true;
          settle('closed before the first poke');
        });
      },
    );
    req.on('error', (error: NodeJS.ErrnoException) => {
      stream.ended = true;
      settle(error.code ?? error.message);
    });
    req.end();
    stream.request = req;
  });
}

function readFrame(stream: SeatStream, frame: string, arrived: number): void {
  if (frame.startsWith(':')) {
    stream.heartbeats += 1;
    return;
  }
  if (!frame.startsWith(changedEvent)) return;
  const cursor = (JSON.parse(frame.slice(frame.indexOf('data: ') + 6)) as { cursor: number }).cursor;
  if (!stream.connected) {
    stream.connected = true;
    return;
  }
  stream.cursors.push(cursor);
  stream.arrivals.push(arrived);
}

async function openAll(url: string, seats: BenchSeat[]): Promise<StreamsOpened> {
  const started = performance.now();
  const failed: Record<string, number> = {};
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < seats.length; i = next++) {
      const failure = await openStream(new URL(url), seats[i]!);
      if (failure !== null) failed[failure] = (failed[failure] ?? 0) + 1;
    }
  };
  await Promise.all(Array.from({ length: openingAtOnce }, worker));
  return { type: 'opened', connected: streams.filter((s) => s.connected).length, failed, ms: Math.round(performance.now() - started) };
}

function report(commits: Commit[]): PokeReport {
  const delays = new MsHistogram();
  let missed = 0;
  const finalCursor = commits.at(-1)?.[0] ?? 0;
  const connected = streams.filter((s) => s.connected);
  for (const stream of connected) missed += addPokeDelays(commits, stream.cursors, stream.arrivals, delays);
  const fanOuts = fanOutSpreads(connected);
  return {
    type: 'poke-report',
    streams: connected.length,
    stillOpen: connected.filter((s) => !s.ended).length,
    endedEarly: connected.filter((s) => s.ended).length,
    pokes: connected.reduce((sum, s) => sum + s.cursors.length, 0),
    heartbeats: connected.reduce((sum, s) => sum + s.heartbeats, 0),
    finalCursor,
    streamsAtFinalCursor: connected.filter((s) => (s.cursors.at(-1) ?? -1) >= finalCursor).length,
    delayP50Ms: delays.percentile(50),
    delayP95Ms: delays.percentile(95),
    delayP99Ms: delays.percentile(99),
    delayMaxMs: delays.max,
    missed,
    fanOuts: fanOuts.count,
    fanOutP50Ms: fanOuts.percentile(50),
    fanOutP99Ms: fanOuts.percentile(99),
  };
}

/**
 * Each poke reaches the streams one write at a time, in one go on the
 * center's event loop; how far apart its first and last arrival are is how
 * long that fan-out held the loop (as the readers see it).
 */
function fanOutSpreads(connected: readonly SeatStream[]): MsHistogram {
  const firstAndLast = new Map<number, [number, number]>();
  for (const stream of connected) {
    stream.cursors.forEach((cursor, i) => {
      const arrived = stream.arrivals[i]!;
      const seen = firstAndLast.get(cursor);
      if (seen) {
        seen[0] = Math.min(seen[0], arrived);
        seen[1] = Math.max(seen[1], arrived);
      } else firstAndLast.set(cursor, [arrived, arrived]);
    });
  }
  const spreads = new MsHistogram();
  for (const [first, last] of firstAndLast.values()) spreads.add(last - first);
  return spreads;
}

serveBench<SseRequest, SseReply>(
  (message) => (message.type === 'open' ? openAll(message.url, message.seats) : report(message.commits)),
  () => {
    for (const stream of streams) stream.request?.destroy();
  },
);
