import { z } from 'zod';
import { centerApiPaths, centerApiVersion } from '../../shared/sync/center-api-paths';
import { centerApiVersionSchema, centerHealthSchema, type CenterHealth } from '../../shared/sync/center-health-schema';
import { kbChangesResponseSchema, type KbChangesResponse } from '../../shared/sync/kb-changes-schemas';
import { problemDocumentSchema } from '../../shared/sync/problem-document-schema';
import { openTicketsResponseSchema, pullResponseSchema, type PullResponse } from '../../shared/sync/pull-schemas';
import { pushResponseSchema, type PushRequest, type PushResponse } from '../../shared/sync/push-schemas';
import { ticketLookupResponseSchema, type TicketLookupQuery, type TicketLookupResponse } from '../../shared/sync/ticket-lookup-schemas';
import { sessionTokensSchema, type LoginRequest, type SessionTokens } from '../../shared/sync/auth-schemas';
import { CenterApiVersionError, CenterBadResponseError, CenterProblemError, CenterUnreachableError } from './center-errors';

/** The subset of fetch the client uses; the simulation passes a faulty one. */
export type CenterFetch = (url: string, init: RequestInit) => Promise<Response>;

export interface CenterClientOptions {
  baseUrl: string;
  fetch?: CenterFetch;
  /** A request that has not answered by then is abandoned as unreachable; the engine retries. */
  timeoutMs?: number;
}

export type CatalogFetch = { changed: false } | { changed: true; etag: string | null; document: unknown };

export interface CenterClient {
  readonly baseUrl: string;
  health(): Promise<CenterHealth>;
  login(request: LoginRequest): Promise<SessionTokens>;
  refresh(refreshToken: string): Promise<SessionTokens>;
  push(token: string, request: PushRequest): Promise<PushResponse>;
  pull(token: string, cursor: number, limit: number): Promise<PullResponse>;
  open(token: string, ticketIds: string[]): Promise<z.infer<typeof openTicketsResponseSchema>>;
  kbChanges(token: string, since: number): Promise<KbChangesResponse>;
  /** The catalog in force, or `changed: false` when it still has the ETag the seat holds. The document is validated by the catalog keeper. */
  catalog(token: string, etag: string | null): Promise<CatalogFetch>;
  /** A caller's or a street's tickets, within `timeoutMs` (the operator is on the line). */
  lookupTickets(token: string, query: TicketLookupQuery, timeoutMs: number): Promise<TicketLookupResponse>;
  /** Opens the event stream; the caller reads and closes it. */
  events(token: string, signal: AbortSignal): Promise<Response>;
}

const defaultTimeoutMs = 20_000;

/**
 * The center's HTTP API as the seat uses it. Every answer is checked against
 * the shared wire schemas before anything reads it: a malformed answer is a
 * CenterBadResponseError and the engine applies nothing of it.
 */
export function createCenterClient(options: CenterClientOptions): CenterClient {
  const baseUrl = options.baseUrl.replace(/\/+$/, '');
  const fetchImpl: CenterFetch = options.fetch ?? ((url, init) => fetch(url, init));
  const timeoutMs = options.timeoutMs ?? defaultTimeoutMs;

  async function send(what: string, path: string, init: RequestInit & { token?: string; signal?: AbortSignal }): Promise<Response> {
    const headers: Record<string, string> = { accept: 'application/json', ...(init.headers as Record<string, string> | undefined) };
    if (init.body !== undefined) headers['content-type'] = 'application/json';
    if (init.token) headers.authorization = `Bearer ${init.token}`;
    let response: Response;
    try {
      response = await fetchImpl(`${baseUrl}${path}`, { ...init, headers, signal: init.signal ?? AbortSignal.timeout(timeoutMs) });
    } catch (error) {
      throw new CenterUnreachableError(what, error);
    }
    if (!response.ok && response.status !== 304) throw await problemOf(what, response);
    return response;
  }

  async function readJson(what: string, response: Response): Promise<unknown> {
    try {
      return await response.json();
    } catch (error) {
      // A body cut off mid-way is a lost answer, like a dropped connection.
      if (error instanceof SyntaxError) throw new CenterBadResponseError(what, 'the body is not JSON');
      throw new CenterUnreachableError(what, error);
    }
  }

  async function json<S extends z.ZodType>(what: string, schema: S, response: Response): Promise<z.infer<S>> {
    return checked(what, schema, await readJson(what, response));
  }

  function checked<S extends z.ZodType>(what: string, schema: S, body: unknown): z.infer<S> {
    const parsed = schema.safeParse(body);
    if (!parsed.success) {
      const first = parsed.error.issues[0];
      throw new CenterBadResponseError(what, first ? `${first.path.join('.') || 'body'}: ${first.message}` : 'invalid');
    }
    return parsed.data;
  }

  const post = (body: unknown, token?: string) => ({ method: 'POST', body: JSON.stringify(body), token });

  return {
    baseUrl,
    async health() {
      const body = await readJson('health', await send('health', centerApiPaths.health, { method: 'GET' }));
      // The version first: a center of another version may answer in another shape, and the operator needs this message, not "malformed".
      const version = centerApiVersionSchema.safeParse(body);
      if (version.success && version.data.apiVersion !== centerApiVersion) throw new CenterApiVersionError(version.data.apiVersion, centerApiVersion);
      return checked('health', centerHealthSchema, body);
    },
    login: async (request) => json('sign-in', sessionTokensSchema, await send('sign-in', centerApiPaths.login, post(request))),
    refresh: async (refreshToken) =>
      json('token refresh', sessionTokensSchema, await send('token refresh', centerApiPaths.refresh, post({ refreshToken }))),
    push: async (token, request) => json('push', pushResponseSchema, await send('push', centerApiPaths.push, post(request, token))),
    pull: async (token, cursor, limit) =>
      json('pull', pullResponseSchema, await send('pull', `${centerApiPaths.pull}?cursor=${cursor}&limit=${limit}`, { method: 'GET', token })),
    open: async (token, ticketIds) =>
      json('open tickets', openTicketsResponseSchema, await send('open tickets', centerApiPaths.open, post({ ticketIds }, token))),
    kbChanges: async (token, since) =>
      json('knowledge-base changes', kbChangesResponseSchema, await send('knowledge-base changes', `${centerApiPaths.kbChanges}?since=${since}`, { method: 'GET', token })),
    async catalog(token, etag) {
      const response = await send('catalog', centerApiPaths.catalog, {
        method: 'GET',
        token,
        headers: etag ? { 'if-none-match': etag } : {},
      });
      if (response.status === 304) return { changed: false };
      const document = await json('catalog', z.unknown(), response);
      return { changed: true, etag: response.headers.get('etag'), document };
    },
    async lookupTickets(token, query, lookupTimeoutMs) {
      const params = new URLSearchParams(Object.entries(query).flatMap(([key, value]) => (value === undefined ? [] : [[key, String(value)]])));
      const response = await send('ticket lookup', `${centerApiPaths.tickets}?${params.toString()}`, {
        method: 'GET',
        token,
        signal: AbortSignal.timeout(lookupTimeoutMs),
      });
      return json('ticket lookup', ticketLookupResponseSchema, response);
    },
    events: (token, signal) => send('event stream', centerApiPaths.events, { method: 'GET', token, signal }),
  };
}

async function problemOf(what: string, response: Response): Promise<CenterProblemError> {
  let body: unknown = null;
  try {
    body = await response.json();
  } catch {
    // A proxy's HTML error page or an empty 502: the status alone says enough.
  }
  const parsed = problemDocumentSchema.safeParse(body);
  return new CenterProblemError(response.status, parsed.success ? parsed.data : null, what);
}
