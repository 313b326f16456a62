import type { SeatBridge } from '../../shared/contract/bridge';
import { envelopeSchema, transportFailure, type Envelope } from '../../shared/contract/envelope';

type EventSourceLike = Pick<EventSource, 'addEventListener' | 'removeEventListener' | 'close'>;

export interface HttpBridgeOptions {
  fetch?: typeof fetch;
  /** Makes the SSE connection; tests outside a browser pass one that sends the token. */
  openEventSource?: (url: string) => EventSourceLike;
  /** Extra headers, e.g. Authorization for callers without the session cookie. */
  headers?: Record<string, string>;
}

/**
 * The browser host's transport: calls are POSTs, events one shared SSE
 * stream. The session cookie set from the printed URL authenticates both.
 */
export function createHttpBridge(origin: string, options: HttpBridgeOptions = {}): SeatBridge {
  const doFetch = options.fetch ?? fetch.bind(globalThis);
  const openEventSource = options.openEventSource ?? ((url: string) => new EventSource(url));
  let source: EventSourceLike | undefined;
  let listenerCount = 0;

  return {
    async invoke(method, input) {
      let response: Response;
      try {
        response = await doFetch(`${origin}/api/invoke`, {
          method: 'POST',
          credentials: 'same-origin',
          headers: { 'content-type': 'application/json', ...options.headers },
          body: JSON.stringify({ method, input: input ?? {} }),
        });
      } catch (error) {
        return transportFailure(method, `${method}: the seat host did not answer (${String(error)})`);
      }
      return readEnvelope(method, response);
    },
    subscribe(event, listener) {
      source ??= openEventSource(`${origin}/api/events`);
      const onMessage = (message: MessageEvent<string>) => listener(JSON.parse(message.data));
      source.addEventListener(event, onMessage as EventListener);
      listenerCount += 1;
      return () => {
        source?.removeEventListener(event, onMessage as EventListener);
        listenerCount -= 1;
        if (listenerCount === 0) {
          source?.close();
          source = undefined;
        }
      };
    },
  };
}

async function readEnvelope(method: string, response: Response): Promise<Envelope> {
  if (response.status === 401) {
    return {
      ok: false,
      error: {
        code: 'unauthorized',
        method,
        message: `${method}: this browser session has no valid token; open the URL printed by npm start`,
        issues: [],
      },
    };
  }
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    return transportFailure(method, `${method}: the seat host answered ${response.status} without JSON`);
  }
  const envelope = envelopeSchema.safeParse(body);
  if (!envelope.success) {
    return transportFailure(method, `${method}: the seat host answered ${response.status} with an unexpected body`);
  }
  return envelope.data as Envelope;
}
