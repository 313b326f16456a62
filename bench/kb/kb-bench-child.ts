// Entry of the kb bench's child processes (see fresh-process.ts): runs the
// one task the parent sends and sends back its result. Task modules are
// imported on demand so one engine's code never sits in another's baseline.
import type { KbTask } from './kb-tasks';

async function run(task: KbTask): Promise<unknown> {
  switch (task.kind) {
    case 'seat-import':
      return (await import('./seat/seat-tasks')).seatImport(task);
    case 'seat-search':
      return (await import('./seat/seat-tasks')).seatSearch(task);
    case 'peer':
      return (await import('./peers/peer-task')).peerTask(task);
  }
}

process.once('message', (task: KbTask) => {
  run(task).then(
    (result) => process.send!({ ok: true, result }, () => process.exit(0)),
    (error: unknown) => process.send!({ ok: false, error: error instanceof Error ? (error.stack ?? error.message) : String(error) }, () => process.exit(1)),
  );
});
