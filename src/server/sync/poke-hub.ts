import type { ServerResponse } from 'node:http';
import type { FastifyReply } from 'fastify';
import { problemTypes } from '../../shared/sync/problem-types';
import { syncEventNames } from '../../shared/sync/sync-poke-schema';
import type { Principal } from '../auth/principal';
import type { Clock } from '../clock';
import { ProblemError } from '../http/problem-error';

export interface PokeHubOptions {
  /** Streams open at once; the 2,001st seat is told to retry later rather than exhaust the process. */
  maxStreams: number;
  /** Comment lines keep proxies and NAT tables from dropping an idle stream, and find dead ones. */
  heartbeatMs: number;
  /** Pokes within this window are sent as one: 200 commits a second must not become 200 × 2,000 writes. */
  coalesceMs: number;
  clock: Clock;
}

interface Stream {
  out: ServerResponse;
  /** The access token's expiry: the stream ends then, and the seat reconnects with a fresh token. */
  expiresAt: number;
}

/**
 * Streams written per turn of the event loop: a poke to 2,000 seats is
 * 2,000 socket writes (about 25 ms on two cores), and a push that arrives
 * meanwhile should wait for one slice, not for all of them.
 */
const fanOutSlice = 200;

/** A slow reader whose unsent pokes exceed this is cut off; it will reconnect and pull. */
const maxBufferedBytes = 64 * 1024;

/**
 * Server-sent events to connected seats: `event: changed` with the latest
 * cursor whenever tickets were committed. A poke carries no data to apply,
 * so a lost or merged poke costs nothing but latency (seats also poll).
 * One stream per seat database: a reconnect replaces the older stream.
 */
export class PokeHub {
  private readonly streams = new Map<string, Stream>();
  private heartbeat: NodeJS.Timeout | null = null;
  private pendingFlush: NodeJS.Timeout | null = null;
  private latest = 0;

  constructor(private readonly options: PokeHubOptions) {}

  open(reply: FastifyReply, principal: Principal, cursor: number): void {
    const key = principal.clientId ?? `session:${principal.sessionId}`;
    const replaced = this.streams.get(key);
    if (!replaced && this.streams.size >= this.options.maxStreams) {
      reply.header('retry-after', '30');
      throw new ProblemError(503, problemTypes.tooManyStreams, 'Too many event streams', 'The center is at its stream limit; poll, and retry the stream later.');
    }
    replaced?.out.end();
    reply.hijack();
    const out = reply.raw;
    out.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-store',
      connection: 'keep-alive',
    });
    const stream: Stream = { out, expiresAt: principal.expiresAt };
    this.streams.set(key, stream);
    out.on('close', () => {
      if (this.streams.get(key) === stream) this.streams.delete(key);
    });
    // The current cursor at once: a seat that reconnects after a gap learns whether it missed anything.
    out.write(`retry: 3000\n\n${pokeFrame(Math.max(cursor, this.latest))}`);
    this.heartbeat ??= setInterval(() => this.beat(), this.options.heartbeatMs).unref();
  }

  /** Tickets were committed up to `cursor`; tell every stream soon, once. */
  changed(cursor: number): void {
    this.latest = Math.max(this.latest, cursor);
    this.pendingFlush ??= setTimeout(() => {
      this.pendingFlush = null;
      this.fanOut(Buffer.from(pokeFrame(this.latest)));
    }, this.options.coalesceMs);
  }

  /** Writes the frame to every open stream, a slice per turn; encoded once, as the same bytes go to every seat. */
  private fanOut(frame: Buffer): void {
    const targets = [...this.streams.values()];
    const sendSlice = (start: number) => {
      const end = Math.min(start + fanOutSlice, targets.length);
      for (let index = start; index < end; index += 1) {
        const stream = targets[index] as Stream;
        if (!stream.out.destroyed) this.send(stream, frame);
      }
      if (end < targets.length) setImmediate(sendSlice, end);
    };
    sendSlice(0);
  }

  closeAll(): void {
    if (this.heartbeat) clearInterval(this.heartbeat);
    if (this.pendingFlush) clearTimeout(this.pendingFlush);
    this.heartbeat = null;
    this.pendingFlush = null;
    for (const stream of this.streams.values()) stream.out.end();
    this.streams.clear();
  }

  private beat(): void {
    const now = this.options.clock();
    for (const stream of this.streams.values()) {
      if (stream.expiresAt <= now) stream.out.end();
      else this.send(stream, ': heartbeat\n\n');
    }
  }

  private send(stream: Stream, frame: string | Buffer): void {
    if (stream.out.writableLength > maxBufferedBytes) {
      stream.out.destroy();
      return;
    }
    stream.out.write(frame);
  }
}

function pokeFrame(cursor: number): string {
  return `event: ${syncEventNames.changed}\ndata: ${JSON.stringify({ cursor })}\n\n`;
}
