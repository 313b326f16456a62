import { createServer } from 'node:http';
import { createCtiRequestHandler, type CtiRequestHandlerOptions } from './cti-request-handler';

export interface CtiListenerOptions extends CtiRequestHandlerOptions {
  /** 0 picks a free port. */
  port: number;
}

export interface CtiListener {
  /** The port actually bound. */
  port: number;
  close(): Promise<void>;
}

/** Why the listener could not start, in words an operator or admin can act on. */
export class CtiListenError extends Error {
  constructor(
    readonly port: number,
    readonly code: string | undefined,
  ) {
    super(
      code === 'EADDRINUSE'
        ? `port ${port} on 127.0.0.1 is already in use (another seat or program); change ctiPort in the settings and restart`
        : code === 'EACCES'
          ? `not allowed to listen on port ${port}; choose a port above 1024 as ctiPort in the settings`
          : `cannot listen on 127.0.0.1:${port} (${code ?? 'unknown error'})`,
    );
    this.name = 'CtiListenError';
  }
}

/** The softphone's door into the seat: HTTP on 127.0.0.1 only, never on a network interface. */
export function startCtiListener(options: CtiListenerOptions): Promise<CtiListener> {
  const server = createServer(createCtiRequestHandler(options));
  // A softphone sends one small event at once; a connection that dawdles is not one.
  server.headersTimeout = 5_000;
  server.requestTimeout = 10_000;
  return new Promise((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => reject(new CtiListenError(options.port, error.code)));
    server.listen(options.port, '127.0.0.1', () => {
      const address = server.address();
      resolve({
        port: typeof address === 'object' && address ? address.port : options.port,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done());
            server.closeAllConnections();
          }),
      });
    });
  });
}
