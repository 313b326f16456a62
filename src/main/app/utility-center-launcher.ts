import { utilityProcess } from 'electron';
import type { CenterLauncher } from '../../core/shell/start-embedded-center';

/**
 * Runs the embedded center (out/main/center.js) in an Electron utility
 * process: Electron's own Node, so better-sqlite3 loads exactly as it does
 * for the core worker, and it needs no ELECTRON_RUN_AS_NODE (that fuse is
 * off in packaged builds, electron-builder.yml).
 *
 * Packaged builds: not yet tried. center.js is inside app.asar (utility
 * processes read asar like main does) and better-sqlite3 is unpacked, and the
 * demo resources it seeds from are the extraResources the core already uses.
 */
export function utilityCenterLauncher(modulePath: string): CenterLauncher {
  return (args, env) => {
    const child = utilityProcess.fork(modulePath, args, { env, stdio: 'pipe', serviceName: 'Seat embedded center' });
    const listeners: ((code: number | null, reason?: string) => void)[] = [];
    let reported = false;
    const report = (code: number | null, reason?: string) => {
      if (reported) return;
      reported = true;
      for (const listener of listeners) listener(code, reason);
    };
    child.once('exit', (code) => report(code));
    child.once('error', (type, location) => report(null, `the center's utility process failed (${type} at ${location})`));
    return {
      stdout: child.stdout,
      stderr: child.stderr,
      onExit: (listener) => void listeners.push(listener),
      kill(signal) {
        // utilityProcess.kill() is SIGTERM; a center that ignores it for 3 s gets SIGKILL.
        if (signal === 'SIGTERM' || child.pid === undefined) child.kill();
        else process.kill(child.pid, 'SIGKILL');
      },
    };
  };
}
