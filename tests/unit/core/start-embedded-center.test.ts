import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  describeEmbeddedCenter,
  nodeCenterLauncher,
  readDemoOperator,
  startEmbeddedCenter,
} from '../../../src/core/shell/start-embedded-center';
import { formatDemoAccounts, type DemoAccount } from '../../../src/server/first-start/demo-accounts';
import { useTempDir } from '../../helpers/temp-dir';

const tempDir = useTempDir('seat-embedded-center-');

/** A stand-in for the center's command line: a Node one-liner that behaves as the real one does at start. */
function fakeCenterScript(body: string) {
  return nodeCenterLauncher(['-e', body, '--']);
}

const listening = `
  process.stdout.write(JSON.stringify({ level: 40, msg: 'a warning', args: process.argv.slice(1), logLevel: process.env.LOG_LEVEL }) + '\\n');
  process.stderr.write('center: demo accounts (also in x):\\n  operator   operator  secret-password-1\\n');
  process.stderr.write('center: listening on http://127.0.0.1:45678 (API http://127.0.0.1:45678/v1)\\n');
  process.on('SIGTERM', () => process.exit(0));
  setInterval(() => {}, 1000);
`;

const accounts: DemoAccount[] = [
  { username: 'operator', displayName: '话务员 一号', role: 'operator', unitId: null, password: 'Ab3dEf6hJk8mNp9q' },
  { username: 'operator2', displayName: '话务员 二号', role: 'operator', unitId: null, password: 'Zz3dEf6hJk8mNp9q' },
  { username: 'unit-u1', displayName: '某街道', role: 'unit', unitId: 'u1', password: 'Yy3dEf6hJk8mNp9q' },
];

describe('the embedded center', () => {
  it('starts the command line on a free port, learns its URL, reads the demo operator, keeps its log, and stops it', async () => {
    const dataDir = join(tempDir(), 'center');
    const started = startEmbeddedCenter({ dataDir, resourcesDir: '/res', launch: fakeCenterScript(listening) });
    // The real center writes the accounts file on its first start, before it listens.
    writeFileSync(join(dataDir, 'demo-accounts.txt'), `# role username password\n${formatDemoAccounts(accounts)}\n`);
    const center = await started;
    expect(center.url).toBe('http://127.0.0.1:45678');
    expect(center.operator).toEqual({ username: 'operator', password: 'Ab3dEf6hJk8mNp9q' });
    expect(center.accountsFile).toBe(join(dataDir, 'demo-accounts.txt'));
    expect(describeEmbeddedCenter(center)).toBe(
      `Center (embedded, stops with the seat): http://127.0.0.1:45678; sign in as operator / Ab3dEf6hJk8mNp9q (all demo accounts: ${center.accountsFile})`,
    );
    await center.stop();
    const logged = JSON.parse(readFileSync(center.logFile, 'utf8').trim()) as { args: string[]; logLevel: string };
    expect(logged.args).toEqual(['--port', '0', '--data-dir', dataDir, '--resources-dir', '/res', '--parent-pid', String(process.pid)]);
    expect(logged.logLevel).toBe(process.env.LOG_LEVEL ?? 'warn');
    await center.stop();
  });

  it('says why in one line when the center exits before listening', async () => {
    const launch = fakeCenterScript(`process.stderr.write('center: The demo catalog /res/catalog/catalog.json is not valid:\\n  bad\\n'); process.exit(1);`);
    await expect(startEmbeddedCenter({ dataDir: tempDir(), resourcesDir: '/res', launch })).rejects.toThrow(
      /^The demo catalog \/res\/catalog\/catalog\.json is not valid:$/,
    );
  });

  it('says so when the command cannot run at all', async () => {
    const launch = nodeCenterLauncher([], '/nonexistent/node');
    await expect(startEmbeddedCenter({ dataDir: tempDir(), resourcesDir: '/res', launch })).rejects.toThrow(/could not run \/nonexistent\/node/);
  });

  it('gives up (and kills it) when the center does not listen in time', async () => {
    const launch = fakeCenterScript('setInterval(() => {}, 1000);');
    await expect(startEmbeddedCenter({ dataDir: tempDir(), resourcesDir: '/res', launch, timeoutMs: 300 })).rejects.toThrow(/did not start within/);
  });

  it('stops a center that is still starting when the seat closes', async () => {
    const abort = new AbortController();
    const launch = fakeCenterScript('setInterval(() => {}, 1000);');
    const started = startEmbeddedCenter({ dataDir: tempDir(), resourcesDir: '/res', launch, signal: abort.signal });
    abort.abort();
    await expect(started).rejects.toThrow(/the seat is closing/);
  });

  it('reads the demo operator from the accounts file the center writes, and copes without one', () => {
    const dir = tempDir();
    const file = join(dir, 'demo-accounts.txt');
    expect(readDemoOperator(file)).toBeNull();
    writeFileSync(file, `# Demo accounts\n# role       username  password\n${formatDemoAccounts(accounts)}\n`);
    expect(readDemoOperator(file)).toEqual({ username: 'operator', password: 'Ab3dEf6hJk8mNp9q' });
  });
});
