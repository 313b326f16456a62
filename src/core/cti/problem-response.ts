import { STATUS_CODES, type ServerResponse } from 'node:http';
import type { ContractIssue } from '../../shared/contract/contract-error';

/**
 * An RFC 9457 problem document: what a softphone connector logs when the
 * seat refuses an event. `issues` lists each bad field with its reason, in
 * the contract's own form.
 */
export function sendProblem(
  res: ServerResponse,
  status: number,
  detail: string,
  options: { issues?: readonly ContractIssue[]; headers?: Record<string, string> } = {},
): void {
  const body = {
    type: 'about:blank',
    title: STATUS_CODES[status] ?? 'Error',
    status,
    detail,
    ...(options.issues ? { issues: options.issues } : {}),
  };
  sendJson(res, status, body, 'application/problem+json', options.headers);
}

export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  contentType = 'application/json',
  headers: Record<string, string> = {},
): void {
  res.writeHead(status, {
    ...headers,
    'content-type': `${contentType}; charset=utf-8`,
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  });
  res.end(JSON.stringify(body));
}
