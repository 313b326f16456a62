import { request } from 'node:http';

export interface PostOptions {
  host?: string;
  port: number;
  path?: string;
  method?: string;
  headers?: Record<string, string>;
  /** A string is sent with its Content-Length; an array is sent chunked, one write per item. */
  body?: string | string[];
}

export interface HttpAnswer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Record<string, unknown>;
}

/** A raw HTTP client for the listener tests: exact control over length, chunking and method. */
export function post(options: PostOptions): Promise<HttpAnswer> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: options.host ?? '127.0.0.1',
        port: options.port,
        path: options.path ?? '/v1/calls/incoming',
        method: options.method ?? 'POST',
        headers: options.headers,
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text ? JSON.parse(text) : {} }));
      },
    );
    req.on('error', reject);
    if (Array.isArray(options.body)) for (const chunk of options.body) req.write(chunk);
    else if (options.body !== undefined) req.write(options.body);
    req.end();
  });
}
