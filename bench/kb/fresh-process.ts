import { fork } from 'node:child_process';
import { join } from 'node:path';
import { coreWorkerYoungGenerationMb } from '../../src/core/worker/core-worker-limits';
import type { KbTask, PeerResult, PeerTask, SeatImportResult, SeatImportTask, SeatSearchResult, SeatSearchTask } from './kb-tasks';

type ResultOf<T extends KbTask> = T extends SeatImportTask ? SeatImportResult : T extends SeatSearchTask ? SeatSearchResult : T extends PeerTask ? PeerResult : never;

/**
 * Runs one task in a new Node process (TypeScript through tsx, --expose-gc
 * for honest memory figures): each engine's memory is then its own, and no
 * engine's garbage or JIT state slows the next one's timings.
 *
 * Every engine gets the young-generation cap the seat's core worker runs
 * with (its resourceLimits): as a process flag, the semi-space size, which
 * V8 sizes the young generation from (three semi-spaces).
 */
const semiSpaceMb = coreWorkerYoungGenerationMb / 3;

export function runInFreshProcess<T extends KbTask>(task: T): Promise<ResultOf<T>> {
  const child = fork(join(import.meta.dirname, 'kb-bench-child.ts'), [], {
    execArgv: ['--import', import.meta.resolve('tsx'), '--expose-gc', `--max-semi-space-size=${semiSpaceMb}`],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  return new Promise((resolve, reject) => {
    let settled = false;
    child.once('message', (message: { ok: true; result: ResultOf<T> } | { ok: false; error: string }) => {
      settled = true;
      if (message.ok) resolve(message.result);
      else reject(new Error(`kb bench task ${task.kind} failed:\n${message.error}`));
    });
    child.once('error', reject);
    child.once('exit', (code, signal) => {
      if (!settled) reject(new Error(`kb bench task ${task.kind} exited (${signal ?? code}) without a result`));
    });
    child.send(task);
  });
}
