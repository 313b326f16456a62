import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { repoRoot, type SpawnedHost } from './spawn-built-host';

/** The CTI port the host printed (tests set ctiPort 0, so each host gets its own). */
export function ctiPortOf(host: SpawnedHost): string {
  const port = host.output().match(/softphone calls on http:\/\/127\.0\.0\.1:(\d+)/)?.[1];
  if (!port) throw new Error(`the host printed no CTI port:\n${host.output()}`);
  return port;
}

/** Rings the seat exactly as `npm run cti -- call NUMBER` does. */
export function simulateIncomingCall(host: SpawnedHost, dataDir: string, number: string): string {
  return execFileSync(
    process.execPath,
    ['--import', 'tsx', join(repoRoot, 'src/core/cti/cti-cli.ts'), 'call', number, '--port', ctiPortOf(host), '--data-dir', dataDir],
    { cwd: repoRoot, encoding: 'utf8' },
  );
}
