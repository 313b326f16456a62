import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

export const repoRoot = join(import.meta.dirname, '..', '..');

export interface SpawnedHost {
  url: string;
  origin: string;
  child: ChildProcess;
  /** Everything the host printed so far (its URL, the CTI port line, errors). */
  output(): string;
  stop(): Promise<void>;
}

export interface SpawnBuiltHostOptions {
  /**
   * Run the embedded center beside the seat, as `npm start` does. Off by
   * default: a seat with a center starts signed out and asks the operator to
   * sign in, which tests and benchmarks of other screens do not expect.
   */
  embeddedCenter?: boolean;
}

/** Runs the built browser host (out/main/host.js) as `npm start` would, and waits for its URL. */
export async function spawnBuiltHost(dataDir: string, extraArgs: string[] = [], options: SpawnBuiltHostOptions = {}): Promise<SpawnedHost> {
  const center = options.embeddedCenter ? [] : ['--no-center'];
  const child = spawn(process.execPath, [join(repoRoot, 'out', 'main', 'host.js'), '--data-dir', dataDir, ...center, ...extraArgs], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the host printed no URL in 30 s:\n${output}`)), 30_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = output.match(/http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+/);
      if (match) {
        clearTimeout(timer);
        resolve(match[0]);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the host exited (${code}) before printing its URL:\n${output}`));
    });
  });
  return {
    url,
    origin: new URL(url).origin,
    child,
    output: () => output,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
