import { afterEach, describe, expect, it } from 'vitest';
import { startCtiListener, type CtiListener } from '../../../src/core/cti/cti-listener';
import { startSeatCtiListener } from '../../../src/core/cti/start-seat-cti-listener';
import { readCtiToken } from '../../../src/core/cti/cti-token';
import type { SeatBridge } from '../../../src/shared/contract/bridge';
import { useTempDir } from '../../helpers/temp-dir';
import { post } from './http-post';

const tempDir = useTempDir('seat-cti-start-');
const bridge: Pick<SeatBridge, 'invoke'> = { invoke: async () => ({ ok: true, value: { took: true } }) };
const started: CtiListener[] = [];

afterEach(async () => {
  for (const listener of started.splice(0)) await listener.close();
});

function logs() {
  const lines: { log: string[]; warn: string[] } = { log: [], warn: [] };
  return { lines, log: (line: string) => lines.log.push(line), warn: (line: string) => lines.warn.push(line) };
}

describe('starting the CTI listener from a shell', () => {
  it('makes the token in the data directory, listens and says where', async () => {
    const dataDir = tempDir();
    const { lines, log, warn } = logs();
    const listener = await startSeatCtiListener({ settings: { ctiEnabled: true, ctiPort: 0 }, dataDir, bridge, log, warn });
    if (!listener) throw new Error('expected a listener');
    started.push(listener);
    expect(lines.log).toEqual([`listening for softphone calls on http://127.0.0.1:${listener.port}/v1/calls/incoming`]);
    const answer = await post({
      port: listener.port,
      headers: { authorization: `Bearer ${readCtiToken(dataDir)}` },
      body: JSON.stringify({ callId: 'c', ani: 'anonymous', dnis: '12345' }),
    });
    expect(answer).toMatchObject({ status: 200, body: { took: true } });
  });

  it('logs a clear message and lets the seat run on when the port is taken', async () => {
    const other = await startCtiListener({ port: 0, token: 'x', bridge });
    started.push(other);
    const { lines, log, warn } = logs();
    const listener = await startSeatCtiListener({ settings: { ctiEnabled: true, ctiPort: other.port }, dataDir: tempDir(), bridge, log, warn });
    expect(listener).toBeNull();
    expect(lines.warn).toEqual([
      `the CTI listener did not start, so calls will not pop up (the seat works otherwise): port ${other.port} on 127.0.0.1 is already in use (another seat or program); change ctiPort in the settings and restart`,
    ]);
  });

  it('stays off when the settings say so', async () => {
    const { lines, log, warn } = logs();
    expect(await startSeatCtiListener({ settings: { ctiEnabled: false, ctiPort: 0 }, dataDir: tempDir(), bridge, log, warn })).toBeNull();
    expect(lines.log[0]).toMatch(/CTI listener is off/);
  });
});
