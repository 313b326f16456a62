import fastifyCookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import type { SeatBridge } from '../shared/contract/bridge';
import { issuesFromZod } from '../shared/contract/contract-error';
import { invokeRequestSchema } from './invoke-request';
import { isLoopbackAddress, isLoopbackHostHeader } from '../core/shell/loopback-address';
import { securityHeaders } from './security-headers';
import { tokensMatch } from './session-token';
import { streamEvents } from './stream-events';

export interface HostAppOptions {
  bridge: SeatBridge;
  token: string;
  /** The built renderer (out/renderer); absent in tests that only use the API. */
  rendererDir?: string;
  /** The port the host listens on, for the Host header check; 0 skips it (tests using inject). */
  port: number;
  logger?: boolean;
}

export const sessionCookie = 'seat_session';

/**
 * The browser host: the built renderer and the contract over HTTP + SSE,
 * for loopback callers holding this start's token and nobody else.
 */
export async function buildHostApp(options: HostAppOptions): Promise<FastifyInstance> {
  const app = Fastify({ logger: options.logger ?? false, bodyLimit: 1024 * 1024 });
  await app.register(fastifyCookie);

  app.addHook('onRequest', async (request, reply) => {
    for (const [name, value] of Object.entries(securityHeaders)) reply.header(name, value);
    if (!isLoopbackAddress(request.socket.remoteAddress)) {
      return reply.code(403).send({ error: 'The seat host only answers this machine (loopback).' });
    }
    if (options.port !== 0 && !isLoopbackHostHeader(request.headers.host, options.port)) {
      return reply.code(403).send({ error: `Unexpected Host header "${request.headers.host ?? ''}".` });
    }
    if (acceptsTokenFromQuery(request, reply, options.token)) return reply;
    if (!hasValidSession(request, options.token)) {
      return reply.code(401).send({ error: 'Missing or wrong token: open the URL that `npm start` printed.' });
    }
  });

  app.post('/api/invoke', async (request) => {
    const body = invokeRequestSchema.safeParse(request.body);
    if (!body.success) {
      const issues = issuesFromZod(body.error);
      return {
        ok: false,
        error: { code: 'invalid_input', method: '', message: 'The request body must be {method, input}.', issues },
      };
    }
    return options.bridge.invoke(body.data.method, body.data.input);
  });

  app.get('/api/events', (request, reply) => streamEvents(options.bridge, request, reply));

  if (options.rendererDir) {
    await app.register(fastifyStatic, { root: options.rendererDir, index: 'index.html' });
  }
  return app;
}

/** `/?token=…` trades the printed token for an HttpOnly cookie and a clean URL. */
function acceptsTokenFromQuery(request: FastifyRequest, reply: FastifyReply, token: string): boolean {
  const offered = (request.query as Record<string, unknown> | undefined)?.token;
  if (request.method !== 'GET' || typeof offered !== 'string') return false;
  if (!tokensMatch(token, offered)) return false;
  reply
    .setCookie(sessionCookie, token, { httpOnly: true, sameSite: 'strict', path: '/' })
    .redirect(request.url.split('?')[0] ?? '/', 303);
  return true;
}

function hasValidSession(request: FastifyRequest, token: string): boolean {
  const bearer = request.headers.authorization?.match(/^Bearer (.+)$/)?.[1];
  return tokensMatch(token, bearer) || tokensMatch(token, request.cookies[sessionCookie]);
}
