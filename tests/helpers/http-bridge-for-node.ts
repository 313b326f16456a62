import { Agent, EventSource } from 'undici';
import { createHttpBridge } from '../../src/renderer/api/http-bridge';

/**
 * The renderer's HTTP bridge as Node can run it: the token travels as a
 * bearer header (a browser uses the session cookie instead).
 */
export function createHttpBridgeForNode(origin: string, token: string) {
  const authorization = `Bearer ${token}`;
  const dispatcher = new Agent().compose((dispatch) => (options, handler) =>
    dispatch({ ...options, headers: { ...(options.headers as Record<string, string>), authorization } }, handler),
  );
  return createHttpBridge(origin, {
    headers: { authorization },
    openEventSource: (url) => new EventSource(url, { dispatcher }) as never,
  });
}
