import { ctiIncomingPath } from './cti-request-handler';

export interface SimulatedCall {
  port: number;
  token: string;
  callId: string;
  ani: string;
  dnis: string;
  at: number;
}

export interface SeatAnswer {
  status: number;
  statusText: string;
  body: unknown;
}

/** No seat answered at all; the message says what to check. */
export class SeatUnreachableError extends Error {
  constructor(port: number, code: string | undefined) {
    super(
      code === 'ECONNREFUSED'
        ? `no seat is listening for calls on 127.0.0.1:${port}: start one with "npm start" (with ctiEnabled on), or pass --port`
        : code === 'TIMEOUT'
          ? `the seat on 127.0.0.1:${port} did not answer within ${answerTimeoutMs / 1000} s`
          : `cannot reach 127.0.0.1:${port} (${code ?? 'unknown error'})`,
    );
    this.name = 'SeatUnreachableError';
  }
}

const answerTimeoutMs = 5_000;

/** Posts one ringing event to a seat's CTI listener, as a softphone connector would. */
export async function sendSimulatedCall(call: SimulatedCall): Promise<SeatAnswer> {
  let response: Response;
  try {
    response = await fetch(`http://127.0.0.1:${call.port}${ctiIncomingPath}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${call.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ callId: call.callId, ani: call.ani, dnis: call.dnis, at: call.at }),
      signal: AbortSignal.timeout(answerTimeoutMs),
    });
  } catch (error) {
    throw new SeatUnreachableError(call.port, failureCode(error));
  }
  const text = await response.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    // Not JSON: shown as the text it is.
  }
  return { status: response.status, statusText: response.statusText, body };
}

function failureCode(error: unknown): string | undefined {
  if (error instanceof DOMException && error.name === 'TimeoutError') return 'TIMEOUT';
  const cause = (error as { cause?: { code?: unknown } }).cause;
  return typeof cause?.code === 'string' ? cause.code : undefined;
}
