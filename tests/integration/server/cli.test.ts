import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';

const cliFile = fileURLToPath(new URL('../../../src/server/cli/server-cli.ts', import.meta.url));

interface Started {
  child: ChildProcess;
  url: string;
  stderr: () => string;
  stdout: () => string;
}

/** `npm run server` as a user runs it (tsx, the real CLI), on a free port. */
function startCli(args: string[]): Promise<Started> {
  const child = spawn(process.execPath, ['--import', 'tsx', cliFile, '--port', '0', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  let stdout = '';
  child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the center did not start:\n${stderr}`)), 30_000);
    child.on('exit', (code) => reject(new Error(`the center exited with ${code}:\n${stderr}`)));
    child.stderr?.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      const url = stderr.match(/listening on (http:\/\/127\.0\.0\.1:\d+)/)?.[1];
      if (url) {
        clearTimeout(timer);
        resolve({ child, url, stderr: () => stderr, stdout: () => stdout });
      }
    });
  });
}

function stop(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => {
    child.removeAllListeners('exit');
    child.on('exit', (code) => resolve(code));
    child.kill('SIGTERM');
  });
}

describe('npm run server', () => {
  const dirs: string[] = [];
  const children: ChildProcess[] = [];
  afterEach(() => {
    for (const child of children.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it('starts on 127.0.0.1, prints demo accounts on the first start only, logs JSON, and stops on SIGTERM', { timeout: 90_000 }, async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'center-cli-'));
    dirs.push(dataDir);
    const first = await startCli(['--data-dir', dataDir, '--simulate-units', '--speed', '600']);
    children.push(first.child);
    expect(first.stderr()).toMatch(/first start .*catalog 2026\.11-demo\.1, 110 knowledge-base documents/);
    expect(first.stderr()).toMatch(/operator\s+operator\s+\S{16}/);
    expect(first.stderr()).toContain('simulating units at 600x');
    const accountsFile = join(dataDir, 'demo-accounts.txt');
    expect(statSync(accountsFile).mode & 0o777).toBe(0o600);
    const password = readFileSync(accountsFile, 'utf8').match(/^\s+operator\s+operator\s+(\S+)$/m)?.[1];
    expect(password).toBeDefined();

    const health = await fetch(`${first.url}/v1/health`);
    expect(await health.json()).toMatchObject({ status: 'ok', apiVersion: 1 });
    const login = await fetch(`${first.url}/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'operator', password, seatId: 'A-0001' }),
    });
    expect(login.status).toBe(200);
    expect(await stop(first.child)).toBe(0);
    const logLines = first.stdout().trim().split('\n');
    for (const line of logLines) expect(() => JSON.parse(line)).not.toThrow();
    expect(logLines.some((line) => JSON.parse(line).msg === 'request completed')).toBe(true);

    const second = await startCli(['--data-dir', dataDir]);
    children.push(second.child);
    expect(second.stderr()).not.toMatch(/first start/);
    expect(second.stderr()).toContain(`demo accounts are in ${accountsFile}`);
    expect(existsSync(join(dataDir, 'center.sqlite'))).toBe(true);
    expect(await stop(second.child)).toBe(0);
  });

  it('refuses bad arguments with the usage', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', cliFile, '--port', 'eighty'], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise((resolve) => child.on('exit', resolve));
    expect(code).toBe(2);
    expect(stderr).toMatch(/--port must be a whole number/);
    expect(stderr).toMatch(/usage: npm run server/);
  });
});
