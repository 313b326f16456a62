import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { SeatAnswer, SeatCommand, SeatProcessConfig } from './sim-protocol';

const entry = fileURLToPath(new URL('./seat-process.ts', import.meta.url));
const startTimeoutMs = 60_000;
const commandTimeoutMs = 60_000;

/** The driver's handle on one seat process: send commands, SIGKILL it, start it again on the same database. */
export class SimSeat {
  private child: ChildProcess | null = null;
  private nextId = 1;
  private readonly waiting = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  kills = 0;

  constructor(
    readonly name: string,
    readonly config: SeatProcessConfig,
  ) {}

  get alive(): boolean {
    return this.child !== null;
  }

  async start(): Promise<void> {
    const child = fork(entry, [], {
      execArgv: ['--import', 'tsx'],
      env: { ...process.env, SIM_SEAT: JSON.stringify({ ...this.config, faultSeed: this.config.faultSeed + this.kills * 7919 }) },
      stdio: ['ignore', 'ignore', process.env.SIM_VERBOSE ? 'inherit' : 'ignore', 'ipc'],
    });
    this.child = child;
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`${this.name} did not start within ${startTimeoutMs} ms`)), startTimeoutMs);
      child.on('message', (answer: SeatAnswer) => {
        if ('ready' in answer) {
          clearTimeout(timer);
          resolve();
          return;
        }
        const waiter = this.waiting.get(answer.id);
        this.waiting.delete(answer.id);
        if (answer.ok) waiter?.resolve(answer.result);
        else waiter?.reject(new Error(`${this.name}: ${answer.error}`));
      });
      child.once('exit', (code, signal) => {
        clearTimeout(timer);
        if (this.child === child) this.child = null;
        for (const waiter of this.waiting.values()) waiter.reject(new Error(`${this.name} exited (${signal ?? code})`));
        this.waiting.clear();
        reject(new Error(`${this.name} exited before it was ready (${signal ?? code})`));
      });
    });
  }

  send<T>(command: SeatCommand): Promise<T> {
    const child = this.child;
    if (!child) return Promise.reject(new Error(`${this.name} is not running`));
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`${this.name}: ${command.op} timed out`)), commandTimeoutMs);
      this.waiting.set(id, {
        resolve: (value) => {
          clearTimeout(timer);
          resolve(value as T);
        },
        reject: (error) => {
          clearTimeout(timer);
          reject(error);
        },
      });
      child.send({ id, ...command });
    });
  }

  /** SIGKILL: no cleanup, no flush; whatever SQLite had committed is all that survives. */
  async kill(): Promise<void> {
    const child = this.child;
    if (!child) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGKILL');
    await exited;
    this.kills += 1;
  }

  async close(): Promise<void> {
    const child = this.child;
    if (!child) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    await this.send({ op: 'close' }).catch(() => undefined);
    await exited;
  }
}
