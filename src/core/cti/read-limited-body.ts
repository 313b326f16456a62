import type { IncomingMessage } from 'node:http';

export type LimitedBody = { ok: true; text: string } | { ok: false; reason: 'too_large' };

/**
 * Reads a request body up to `maxBytes`, refusing early on a declared length
 * over the limit and otherwise as soon as the bytes received pass it, so an
 * oversized post never fills the seat's memory.
 */
export function readLimitedBody(req: IncomingMessage, maxBytes: number): Promise<LimitedBody> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > maxBytes) return Promise.resolve({ ok: false, reason: 'too_large' });
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let received = 0;
    const onData = (chunk: Buffer) => {
      received += chunk.length;
      if (received > maxBytes) {
        req.off('data', onData);
        resolve({ ok: false, reason: 'too_large' });
        return;
      }
      chunks.push(chunk);
    };
    req.on('data', onData);
    req.once('end', () => resolve({ ok: true, text: Buffer.concat(chunks).toString('utf8') }));
    req.once('error', reject);
  });
}
