/** One server-sent event as a client sees it. */
export interface ReceivedEvent {
  event: string;
  data: string;
}

/**
 * Reads a text/event-stream over real HTTP and hands out events as they
 * arrive; `next` waits for the next one (or fails after a timeout), `ended`
 * resolves when the server closes the stream. Comment lines (heartbeats)
 * are counted, not returned.
 */
export async function openEventStream(url: string, headers: Record<string, string>) {
  const controller = new AbortController();
  const response = await fetch(url, { headers, signal: controller.signal });
  const queue: ReceivedEvent[] = [];
  const waiters: ((event: ReceivedEvent) => void)[] = [];
  let comments = 0;
  let buffer = '';
  const decoder = new TextDecoder();
  const body = response.status === 200 ? '' : await response.text();
  const ended = (async () => {
    if (!response.body || response.status !== 200) return;
    const reader = response.body.getReader();
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        buffer += decoder.decode(value, { stream: true });
        let boundary = buffer.indexOf('\n\n');
        while (boundary >= 0) {
          const frame = buffer.slice(0, boundary);
          buffer = buffer.slice(boundary + 2);
          boundary = buffer.indexOf('\n\n');
          if (frame.startsWith(':')) {
            comments += 1;
            continue;
          }
          const event = frame.match(/^event: (.*)$/m)?.[1];
          const data = frame.match(/^data: (.*)$/m)?.[1];
          if (event === undefined || data === undefined) continue;
          const received = { event, data };
          const waiter = waiters.shift();
          if (waiter) waiter(received);
          else queue.push(received);
        }
      }
    } catch {
      // Aborted by close().
    }
  })();
  return {
    status: response.status,
    contentType: response.headers.get('content-type'),
    body,
    comments: () => comments,
    ended,
    next(timeoutMs = 2000): Promise<ReceivedEvent> {
      const queued = queue.shift();
      if (queued) return Promise.resolve(queued);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error('no event within the timeout')), timeoutMs);
        waiters.push((event) => {
          clearTimeout(timer);
          resolve(event);
        });
      });
    },
    close: () => controller.abort(),
  };
}
