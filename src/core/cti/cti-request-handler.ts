import type { IncomingMessage, ServerResponse } from 'node:http';
import type { SeatBridge } from '../../shared/contract/bridge';
import { issuesFromZod, type ContractErrorCode } from '../../shared/contract/contract-error';
import { isLoopbackAddress } from '../shell/loopback-address';
import { hasBearerToken } from './bearer-token';
import { ctiCallBodySchema } from './cti-call-body';
import { readLimitedBody } from './read-limited-body';
import { sendJson, sendProblem } from './problem-response';

export const ctiIncomingPath = '/v1/calls/incoming';

/** A ringing event is three short strings; anything near this size is not one. */
export const maxCtiBodyBytes = 8 * 1024;

export interface CtiRequestHandlerOptions {
  token: string;
  /** The shell's bridge: the event goes to cti.incoming like any other contract call. */
  bridge: Pick<SeatBridge, 'invoke'>;
  now?: () => number;
}

/** How a refusal by the seat core reads to the softphone. */
const statusForContractError: Record<ContractErrorCode, number> = {
  invalid_input: 400,
  unauthorized: 403,
  unknown_method: 503,
  transport_failed: 503,
  handler_failed: 500,
  invalid_output: 500,
};

/**
 * The CTI endpoint: `POST /v1/calls/incoming` from this machine with the
 * seat's CTI token. Checks run cheapest first (peer, path, token, size)
 * so nothing unauthenticated is ever read or parsed.
 */
export function createCtiRequestHandler(options: CtiRequestHandlerOptions) {
  const now = options.now ?? Date.now;

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (!isLoopbackAddress(req.socket.remoteAddress)) {
      return sendProblem(res, 403, 'The CTI listener only answers this machine (loopback).');
    }
    if (req.url?.split('?')[0] !== ctiIncomingPath) {
      return sendProblem(res, 404, `No such endpoint; softphones post ringing calls to ${ctiIncomingPath}.`);
    }
    if (req.method !== 'POST') {
      return sendProblem(res, 405, `${ctiIncomingPath} takes POST only.`, { headers: { allow: 'POST' } });
    }
    if (!hasBearerToken(req.headers.authorization, options.token)) {
      const detail = "Send 'Authorization: Bearer <token>' with the token from the seat's data directory (file cti-token).";
      return sendProblem(res, 401, detail, { headers: { 'www-authenticate': 'Bearer' } });
    }
    const body = await readLimitedBody(req, maxCtiBodyBytes);
    if (!body.ok) {
      // The rest of the body is not read; closing the connection is the only clean way to drop it.
      return sendProblem(res, 413, `The body may have at most ${maxCtiBodyBytes} bytes.`, { headers: { connection: 'close' } });
    }
    let json: unknown;
    try {
      json = JSON.parse(body.text);
    } catch (error) {
      return sendProblem(res, 400, `The body is not JSON: ${(error as Error).message}`);
    }
    const parsed = ctiCallBodySchema.safeParse(json);
    if (!parsed.success) {
      const issues = issuesFromZod(parsed.error);
      const fields = issues.map((issue) => issue.path || 'body').join(', ');
      return sendProblem(res, 400, `The call event is malformed (${fields}).`, { issues });
    }
    const envelope = await options.bridge.invoke('cti.incoming', { ...parsed.data, at: parsed.data.at ?? now() });
    if (envelope.ok) return sendJson(res, 200, envelope.value);
    const { code, message, issues } = envelope.error;
    return sendProblem(res, statusForContractError[code], message, { issues });
  }

  return (req: IncomingMessage, res: ServerResponse): void => {
    handle(req, res).catch((error: unknown) => {
      if (res.headersSent) res.destroy();
      else sendProblem(res, 500, `The seat could not take the call: ${error instanceof Error ? error.message : String(error)}`);
    });
  };
}
