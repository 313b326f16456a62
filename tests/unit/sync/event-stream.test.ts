import { describe, expect, it } from 'vitest';
import { readPokes } from '../../../src/core/sync/event-stream';

function streamOf(chunks: string[]): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(encoder.encode(chunk));
      controller.close();
    },
  });
}

describe('reading the center event stream', () => {
  it('reads pokes split across chunks and skips heartbeats, other events and malformed data', async () => {
    const pokes: number[] = [];
    await readPokes(
      streamOf([
        ': heartbeat\n\n',
        'event: changed\nda',
        'ta: {"cursor": 7}\n\n',
        'event: other\ndata: {"cursor": 99}\n\n',
        'event: changed\ndata: not json\n\n',
        'event: changed\ndata: {"cursor": -1}\n\n',
        'event: changed\ndata: {"cursor": 9}\n\n',
      ]),
      (poke) => pokes.push(poke.cursor),
    );
    expect(pokes).toEqual([7, 9]);
  });
});
