import type { FastifyReply, FastifyRequest } from 'fastify';
import type { SeatBridge } from '../shared/contract/bridge';
import { eventNames } from '../shared/contract/events';
import { securityHeaders } from './security-headers';

const heartbeatMs = 15_000;

/** Server-sent events: every contract event, as `event: name` + JSON data. */
export function streamEvents(bridge: SeatBridge, request: FastifyRequest, reply: FastifyReply): void {
  reply.hijack();
  const out = reply.raw;
  out.writeHead(200, {
    ...securityHeaders,
    'content-type': 'text/event-stream; charset=utf-8',
    connection: 'keep-alive',
  });
  out.write(': connected\n\n');
  const unsubscribes = eventNames.map((event) =>
    bridge.subscribe(event, (payload) => out.write(`event: ${event}\ndata: ${JSON.stringify(payload)}\n\n`)),
  );
  const heartbeat = setInterval(() => out.write(': heartbeat\n\n'), heartbeatMs);
  request.raw.on('close', () => {
    clearInterval(heartbeat);
    for (const unsubscribe of unsubscribes) unsubscribe();
  });
}
