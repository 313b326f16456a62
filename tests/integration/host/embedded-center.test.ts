import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { nodeCenterLauncher } from '../../../src/core/shell/start-embedded-center';
import { startHost, type RunningHost } from '../../../src/host/start-host';
import { createSeatClient, type SeatClient } from '../../../src/shared/contract/seat-client';
import type { SyncConnection } from '../../../src/shared/contract/sync/sync-status-schema';
import { coreWorkerSource, shippedResourcesDir } from '../../helpers/core-worker-from-source';
import { createHttpBridgeForNode } from '../../helpers/http-bridge-for-node';
import { useTempDir } from '../../helpers/temp-dir';

const serverCliSource = fileURLToPath(new URL('../../../src/server/cli/server-cli.ts', import.meta.url));

/**
 * The browser host as `npm start` runs it, from source: the core worker and
 * the embedded center's command line (`npm run server`) both through tsx,
 * where the built host runs out/main/core-worker.js and out/main/center.js.
 */
describe('browser host with the embedded center', () => {
  const tempDir = useTempDir('seat-host-center-');
  const hosts: RunningHost[] = [];
  afterEach(async () => {
    for (const host of hosts.splice(0)) await host.close();
  });

  async function start(dataDir: string) {
    // Port 0: the CTI listener must not fight other tests over 47345.
    writeFileSync(join(dataDir, 'settings.json'), JSON.stringify({ ctiPort: 0 }));
    const lines: string[] = [];
    const host = await startHost({
      port: 0,
      dataDir,
      workerFile: coreWorkerSource,
      workerExecArgv: ['--import', 'tsx'],
      appVersion: 'test',
      resourcesDir: shippedResourcesDir,
      centerLauncher: nodeCenterLauncher(['--import', 'tsx', serverCliSource]),
      log: { info: (line) => lines.push(line), warn: (line) => lines.push(line) },
    });
    hosts.push(host);
    const url = new URL(host.url);
    const client = createSeatClient(createHttpBridgeForNode(url.origin, url.searchParams.get('token') ?? ''));
    return { host, client, lines };
  }

  async function waitForConnection(client: SeatClient, connection: SyncConnection) {
    const deadline = Date.now() + 10_000;
    for (;;) {
      const status = await client.call('sync.status', {});
      if (status.connection === connection || Date.now() > deadline) return status;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  it('serves a seat already pointed at its own center; the printed demo operator signs in and syncs', { timeout: 30_000 }, async () => {
    const dataDir = tempDir();
    const { host, client, lines } = await start(dataDir);

    const center = host.embeddedCenter();
    expect(center).not.toBeNull();
    if (!center) return;
    expect(center.dataDir).toBe(join(dataDir, 'center'));
    expect(existsSync(join(dataDir, 'center', 'center.sqlite'))).toBe(true);
    expect(lines).toEqual([
      `Center (embedded, stops with the seat): ${center.url}; sign in as operator / ${center.operator?.password} (all demo accounts: ${center.accountsFile})`,
    ]);
    const password = readFileSync(center.accountsFile, 'utf8').match(/^\s*operator\s+operator\s+(\S+)$/m)?.[1];
    expect(center.operator).toEqual({ username: 'operator', password });

    expect((await client.call('sync.status', {})).connection).toBe('signed_out');
    const signedIn = await client.call('sync.signIn', { username: 'operator', password: password ?? '' });
    expect(signedIn).toMatchObject({ connection: 'online', account: { username: 'operator', role: 'operator' }, problem: null });

    // The renderer cannot re-point sync itself; it changes the setting, and the shell follows.
    await expect(client.call('sync.connect', { centerUrl: 'http://127.0.0.1:9', seatId: 'x' })).rejects.toMatchObject({ code: 'unauthorized' });
    await client.call('settings.update', { centerUrl: 'http://127.0.0.1:9' });
    expect((await waitForConnection(client, 'signed_out')).connection).toBe('signed_out');
    await client.call('settings.update', { centerUrl: '' });
    await client.call('sync.signIn', { username: 'operator', password: password ?? '' });
    expect((await waitForConnection(client, 'online')).connection).toBe('online');

    await host.close();
    hosts.length = 0;
    await expect(fetch(`${center.url}/v1/health`)).rejects.toThrow();
  });

  it('still serves the seat, with no center, when the embedded center cannot start', { timeout: 30_000 }, async () => {
    const dataDir = tempDir();
    writeFileSync(join(dataDir, 'center'), 'a file where the center folder should be');
    const { host, client, lines } = await start(dataDir);
    expect(host.embeddedCenter()).toBeNull();
    expect(lines).toEqual([expect.stringMatching(/^seat: the embedded center could not start \(.+\); the seat runs without sync/)]);
    expect((await client.call('sync.status', {})).connection).toBe('not_configured');
    expect((await client.call('seat.info', {})).appVersion).toBe('test');
  });
});
