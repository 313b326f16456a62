import { syncEventNames, syncPokeSchema, type SyncPoke } from '../../shared/sync/sync-poke-schema';

/**
 * Reads a `text/event-stream` body and calls `onPoke` for each well-formed
 * `changed` event. A malformed event is skipped (a poke carries no data; the
 * poll covers a lost one). Resolves when the stream ends.
 */
export async function readPokes(body: ReadableStream<Uint8Array>, onPoke: (poke: SyncPoke) => void): Promise<void> {
  const decoder = new TextDecoder();
  let buffer = '';
  const reader = body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return;
    buffer += decoder.decode(value, { stream: true });
    let end: number;
    while ((end = buffer.indexOf('\n\n')) >= 0) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      const poke = parseBlock(block);
      if (poke) onPoke(poke);
    }
  }
}

function parseBlock(block: string): SyncPoke | null {
  let event = 'message';
  const data: string[] = [];
  for (const line of block.split('\n')) {
    if (line.startsWith('event:')) event = line.slice(6).trim();
    else if (line.startsWith('data:')) data.push(line.slice(5).trim());
  }
  if (event !== syncEventNames.changed || data.length === 0) return null;
  try {
    const parsed = syncPokeSchema.safeParse(JSON.parse(data.join('\n')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
