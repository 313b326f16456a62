import { fork } from 'node:child_process';

/** Every message between the bench and its children names its kind; `error` reports a failure in the child. */
export interface ChildMessage {
  type: string;
}

interface ErrorMessage {
  type: 'error';
  error: string;
}

export interface BenchChild<In extends ChildMessage, Out extends ChildMessage> {
  send(message: In): void;
  /** The next message of this kind (queued if it came already); rejects on a child error, exit or timeout. */
  next<T extends Out['type']>(type: T, timeoutMs?: number): Promise<Extract<Out, { type: T }>>;
  /** SIGTERM, then waits for the exit (SIGKILL after 10 s); children clean up on SIGTERM. */
  stop(): Promise<void>;
}

/**
 * Runs a bench part in its own Node process (TypeScript through tsx), so
 * the center, the 2,000 stream readers and the push generator each have
 * their own event loop: a busy reader must not show up as push latency.
 */
export function forkBenchChild<In extends ChildMessage, Out extends ChildMessage>(file: string, args: string[] = []): BenchChild<In, Out> {
  const child = fork(file, args, {
    execArgv: ['--import', import.meta.resolve('tsx')],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const queued: Out[] = [];
  const waiters: { type: string; resolve: (message: Out) => void; reject: (error: Error) => void }[] = [];
  let failure: Error | null = null;
  const fail = (error: Error) => {
    failure ??= error;
    for (const waiter of waiters.splice(0)) waiter.reject(failure);
  };
  child.on('message', (message: Out | ErrorMessage) => {
    if (message.type === 'error') return fail(new Error(`${file}: ${(message as ErrorMessage).error}`));
    const index = waiters.findIndex((waiter) => waiter.type === message.type);
    if (index >= 0) waiters.splice(index, 1)[0]!.resolve(message as Out);
    else queued.push(message as Out);
  });
  child.on('error', fail);
  const exited = new Promise<void>((resolve) => {
    child.once('exit', (code, signal) => {
      fail(new Error(`${file} exited (${signal ?? code})`));
      resolve();
    });
  });
  return {
    send: (message) => child.send(message),
    next(type, timeoutMs = 120_000) {
      const index = queued.findIndex((message) => message.type === type);
      if (index >= 0) return Promise.resolve(queued.splice(index, 1)[0] as Extract<Out, { type: typeof type }>);
      if (failure) return Promise.reject(failure);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`${file}: no "${type}" within ${timeoutMs} ms`)), timeoutMs);
        waiters.push({
          type,
          resolve: (message) => {
            clearTimeout(timer);
            resolve(message as Extract<Out, { type: typeof type }>);
          },
          reject: (error) => {
            clearTimeout(timer);
            reject(error);
          },
        });
      });
    },
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const killer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(killer);
    },
  };
}

/**
 * The child's side: answers each message from the bench with `handle`,
 * reports failures as `error` messages, runs `cleanup` on SIGTERM, and
 * exits when the bench goes away, so no child outlives a crashed bench.
 */
export function serveBench<In extends ChildMessage, Out extends ChildMessage>(
  handle: (message: In) => Promise<Out | null> | Out | null,
  cleanup: () => Promise<void> | void = () => undefined,
): { send(message: Out): void } {
  const send = (message: Out | ErrorMessage) => process.send?.(message);
  process.on('message', (message: In) => {
    Promise.resolve()
      .then(() => handle(message))
      .then((reply) => reply && send(reply))
      .catch((error: unknown) => send({ type: 'error', error: error instanceof Error ? (error.stack ?? error.message) : String(error) }));
  });
  const exit = () => {
    Promise.resolve()
      .then(cleanup)
      .finally(() => process.exit(0));
  };
  process.once('SIGTERM', exit);
  process.once('disconnect', exit);
  return { send };
}
