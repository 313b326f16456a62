import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createSeatClient } from '../../src/shared/contract/seat-client';
import { createHttpBridgeForNode } from '../helpers/http-bridge-for-node';
import { spawnBuiltHost, type SpawnedHost } from '../helpers/spawn-built-host';

/**
 * The built seat as `npm start` runs it in the browser mode (out/main/host.js
 * starting out/main/center.js): what it prints is enough to sign in. Needs
 * `npm run build`, like every test of this project; no browser.
 */
describe('npm start with the embedded center (built host)', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'seat-npm-start-'));
  let host: SpawnedHost | null = null;
  afterAll(async () => {
    await host?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('prints the center and a demo operator who can sign in, and stops the center with the seat', async () => {
    writeFileSync(join(dataDir, 'settings.json'), JSON.stringify({ ctiPort: 0 }));
    host = await spawnBuiltHost(dataDir, [], { embeddedCenter: true });
    // The center line follows the seat's own lines.
    const deadline = Date.now() + 15_000;
    while (!/^Center /m.test(host.output()) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
    const line = host.output().match(/^Center \(embedded, stops with the seat\): (http:\/\/127\.0\.0\.1:\d+); sign in as (\S+) \/ (\S+) \(all demo accounts: (.+)\)$/m);
    expect(line, host.output()).not.toBeNull();
    const [, centerUrl = '', username = '', password = '', accountsFile] = line ?? [];
    expect(accountsFile).toBe(join(dataDir, 'center', 'demo-accounts.txt'));

    const token = new URL(host.url).searchParams.get('token') ?? '';
    const client = createSeatClient(createHttpBridgeForNode(host.origin, token));
    expect((await client.call('sync.status', {})).connection).toBe('signed_out');
    expect(await client.call('sync.signIn', { username, password })).toMatchObject({ connection: 'online', account: { username } });

    await host.stop();
    host = null;
    await expect(fetch(`${centerUrl}/v1/health`)).rejects.toThrow();
  });
});
