import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The embedded center: when no center URL is configured, a shell runs the
 * reference center (src/server, `npm run server`) as a child process beside
 * the seat, so a newcomer sees sync working. The shells never import
 * src/server (the layer rule); they start its built command line
 * (out/main/center.js) and learn its URL from the line it prints.
 */

/** What the shells' process APIs (child_process, Electron's utilityProcess) have in common. */
export interface CenterProcess {
  stdout: NodeJS.ReadableStream | null;
  stderr: NodeJS.ReadableStream | null;
  /** Called once when the process has ended, or could not be started (then with a reason). */
  onExit(listener: (code: number | null, reason?: string) => void): void;
  kill(signal: 'SIGTERM' | 'SIGKILL'): void;
}

/** Starts the center's command line with these arguments and environment. */
export type CenterLauncher = (args: string[], env: NodeJS.ProcessEnv) => CenterProcess;

export interface EmbeddedCenterOptions {
  /** The center's own folder (center.sqlite, demo-accounts.txt, center.log), beside the seat's data. */
  dataDir: string;
  /** The demo catalog and knowledge base the center publishes on its first start. */
  resourcesDir: string;
  launch: CenterLauncher;
  /** How long a start may take; a first start seeds the catalog and 110 documents. */
  timeoutMs?: number;
  /** Aborting stops a center that is still starting (the seat is closing). */
  signal?: AbortSignal;
}

export interface DemoSignIn {
  username: string;
  password: string;
}

export interface EmbeddedCenter {
  url: string;
  dataDir: string;
  /** Every demo account with its password, written by the center on its first start. */
  accountsFile: string;
  /** The first demo operator, read from accountsFile; null when the file is gone or was edited. */
  operator: DemoSignIn | null;
  /** Where the center's warnings and errors go (JSON lines). */
  logFile: string;
  /** Called if the center ends while the seat still runs. */
  onUnexpectedExit(listener: (code: number | null) => void): void;
  stop(): Promise<void>;
}

export const embeddedCenterFolder = 'center';
const demoAccountsFileName = 'demo-accounts.txt';
const listeningLine = /listening on (http:\/\/127\.0\.0\.1:\d+)/;

/** Runs the center on a free port of 127.0.0.1 and resolves once it listens; rejects with a one-line reason. */
export function startEmbeddedCenter(options: EmbeddedCenterOptions): Promise<EmbeddedCenter> {
  if (options.signal?.aborted) return Promise.reject(new Error('the seat is closing'));
  mkdirSync(options.dataDir, { recursive: true });
  const logFile = join(options.dataDir, 'center.log');
  const log = createWriteStream(logFile, { flags: 'a' });
  log.on('error', () => undefined);
  const args = ['--port', '0', '--data-dir', options.dataDir, '--resources-dir', options.resourcesDir, '--parent-pid', String(process.pid)];
  // Warnings and errors only: every request at info level would grow center.log for nothing.
  const child = options.launch(args, { ...process.env, LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn' });
  child.stdout?.pipe(log, { end: false });

  let exited = false;
  let stopping = false;
  const exitWaiters: (() => void)[] = [];
  let unexpectedExit: ((code: number | null) => void) | null = null;

  return new Promise<EmbeddedCenter>((resolve, reject) => {
    let stderr = '';
    let ready = false;
    const timer = setTimeout(() => {
      if (ready) return;
      child.kill('SIGKILL');
      reject(new Error(`the center did not start within ${Math.round((options.timeoutMs ?? 30_000) / 1000)} s (see ${logFile})`));
    }, options.timeoutMs ?? 30_000);
    timer.unref?.();

    const onStderr = (chunk: Buffer | string) => {
      if (ready) {
        log.write(chunk);
        return;
      }
      stderr += chunk.toString();
      const url = stderr.match(listeningLine)?.[1];
      if (!url) return;
      ready = true;
      clearTimeout(timer);
      // The first start printed every password; keep none of that in memory or on the terminal.
      stderr = '';
      const accountsFile = join(options.dataDir, demoAccountsFileName);
      resolve({
        url,
        dataDir: options.dataDir,
        accountsFile,
        operator: readDemoOperator(accountsFile),
        logFile,
        onUnexpectedExit: (listener) => {
          unexpectedExit = listener;
        },
        stop,
      });
    };
    child.stderr?.on('data', onStderr);
    const onAbort = () => {
      if (ready) return;
      stopping = true;
      child.kill('SIGTERM');
      reject(new Error('the seat is closing'));
    };
    options.signal?.addEventListener('abort', onAbort, { once: true });

    child.onExit((code, reason) => {
      exited = true;
      options.signal?.removeEventListener('abort', onAbort);
      clearTimeout(timer);
      for (const wake of exitWaiters.splice(0)) wake();
      if (!ready) {
        reject(new Error(reason ?? exitReason(stderr, code)));
      } else if (!stopping) {
        unexpectedExit?.(code);
      }
      log.end();
    });
  });

  /** SIGTERM, then SIGKILL if the center has not closed its database within 3 s. */
  function stop(): Promise<void> {
    stopping = true;
    if (exited) return Promise.resolve();
    return new Promise<void>((resolve) => {
      const force = setTimeout(() => child.kill('SIGKILL'), 3000);
      exitWaiters.push(() => {
        clearTimeout(force);
        resolve();
      });
      child.kill('SIGTERM');
    });
  }
}

/** The center's own explanation ("center: …"), else the last thing it printed, on one line. */
function exitReason(stderr: string, code: number | null): string {
  const lines = stderr.split('\n').map((line) => line.trim()).filter(Boolean);
  const said = lines.find((line) => line.startsWith('center: ')) ?? lines.at(-1);
  return said ? said.replace(/^center: /, '') : `the center exited with code ${code} before listening`;
}

/** `  operator   operator  <password>` from demo-accounts.txt (see src/server/first-start). */
export function readDemoOperator(accountsFile: string): DemoSignIn | null {
  if (!existsSync(accountsFile)) return null;
  const match = readFileSync(accountsFile, 'utf8').match(/^\s*operator\s+(\S+)\s+(\S+)\s*$/m);
  return match?.[1] && match[2] ? { username: match[1], password: match[2] } : null;
}

/** One line for the terminal: where the center is and how to sign in. */
export function describeEmbeddedCenter(center: EmbeddedCenter): string {
  const signIn = center.operator
    ? `sign in as ${center.operator.username} / ${center.operator.password}`
    : `sign in with an account from ${center.accountsFile}`;
  return `Center (embedded, stops with the seat): ${center.url}; ${signIn} (all demo accounts: ${center.accountsFile})`;
}

/**
 * Runs the center's command line with Node: the browser host and tests.
 * `entry` is what follows the Node binary, e.g. [out/main/center.js] or
 * ['--import', 'tsx', 'src/server/cli/server-cli.ts'].
 */
export function nodeCenterLauncher(entry: string[], execPath = process.execPath): CenterLauncher {
  return (args, env) => {
    const child = spawn(execPath, [...entry, ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let reported = false;
    const listeners: ((code: number | null, reason?: string) => void)[] = [];
    const report = (code: number | null, reason?: string) => {
      if (reported) return;
      reported = true;
      for (const listener of listeners) listener(code, reason);
    };
    child.once('error', (error) => report(null, `could not run ${execPath}: ${error.message}`));
    // 'close', not 'exit': by then stderr has been read to the end, with the reason of a failed start.
    child.once('close', (code) => report(code));
    return {
      stdout: child.stdout,
      stderr: child.stderr,
      onExit: (listener) => void listeners.push(listener),
      kill: (signal) => void child.kill(signal),
    };
  };
}
