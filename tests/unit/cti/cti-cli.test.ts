import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parseCtiArgs } from '../../../src/core/cti/cti-cli-args';
import { runCtiCli } from '../../../src/core/cti/cti-cli';
import { startCtiListener, type CtiListener } from '../../../src/core/cti/cti-listener';
import { ensureCtiToken } from '../../../src/core/cti/cti-token';
import { seatCtiPort } from '../../../src/core/cti/seat-cti-port';
import type { SeatBridge } from '../../../src/shared/contract/bridge';
import { normalizePhone } from '../../../src/shared/phone/normalize-phone';
import { useTempDir } from '../../helpers/temp-dir';

const tempDir = useTempDir('seat-cti-cli-');
const started: CtiListener[] = [];

afterEach(async () => {
  for (const listener of started.splice(0)) await listener.close();
});

describe('parsing the simulator’s command line', () => {
  const env = { SEAT_DATA_DIR: '/data/seat' };

  it('reads a call with its defaults', () => {
    expect(parseCtiArgs(['call', '13812345678'], env)).toEqual({
      command: 'call',
      ani: '13812345678',
      dnis: '12345',
      port: undefined,
      dataDir: '/data/seat',
    });
  });

  it('reads the options and passes "anonymous" through as the switch would send it', () => {
    expect(parseCtiArgs(['call', 'anonymous', '--dnis', '12345-1', '--port', '50000', '--data-dir', '/elsewhere'], env)).toEqual({
      command: 'call',
      ani: 'anonymous',
      dnis: '12345-1',
      port: 50000,
      dataDir: '/elsewhere',
    });
  });

  it('asks for help', () => {
    expect(parseCtiArgs(['--help'], env)).toEqual({ command: 'help' });
    expect(parseCtiArgs(['help'], env)).toEqual({ command: 'help' });
  });

  it('refuses what it cannot do, saying why', () => {
    expect(() => parseCtiArgs([], env)).toThrow('say what to do: call NUMBER');
    expect(() => parseCtiArgs(['hangup', '1'], env)).toThrow('unknown command "hangup"');
    expect(() => parseCtiArgs(['call'], env)).toThrow('call takes one calling number (or "anonymous"), got 0');
    expect(() => parseCtiArgs(['call', '1', '2'], env)).toThrow(/got 2/);
    expect(() => parseCtiArgs(['call', '1', '--port', '0'], env)).toThrow('--port must be a whole number from 1 to 65535, got "0"');
    expect(() => parseCtiArgs(['call', '1', '--port', 'http'], env)).toThrow(/--port/);
    expect(() => parseCtiArgs(['call', '1', '--ring'], env)).toThrow(/--ring/);
  });
});

describe('finding the seat’s CTI port', () => {
  it('follows ctiPort in the data directory’s settings, else uses the default', () => {
    const dataDir = tempDir();
    expect(seatCtiPort(dataDir)).toBe(47345);
    writeFileSync(join(dataDir, 'settings.json'), JSON.stringify({ ctiPort: 50123, theme: 'dark' }));
    expect(seatCtiPort(dataDir)).toBe(50123);
    writeFileSync(join(dataDir, 'settings.json'), JSON.stringify({ ctiPort: 0 }));
    expect(seatCtiPort(dataDir)).toBe(47345);
    writeFileSync(join(dataDir, 'settings.json'), '{not json');
    expect(seatCtiPort(dataDir)).toBe(47345);
  });
});

describe('npm run cti', () => {
  /** A seat stand-in: a real listener whose core answers like cti.incoming does. */
  async function seat(dataDir: string) {
    const bridge: Pick<SeatBridge, 'invoke'> = {
      invoke: async (_method, input) => {
        const { callId, ani, dnis, at } = input as { callId: string; ani: string; dnis: string; at: number };
        return { ok: true, value: { callId, draftId: 'draft-1', phone: normalizePhone(ani), dnis, at } };
      },
    };
    const listener = await startCtiListener({ port: 0, token: ensureCtiToken(dataDir), bridge });
    started.push(listener);
    return listener.port;
  }

  async function run(argv: string[]) {
    const out: string[] = [];
    const err: string[] = [];
    const code = await runCtiCli(argv, { out: (text) => out.push(text), err: (text) => err.push(text) }, {});
    return { code, out: out.join(''), err: err.join('') };
  }

  it('rings the seat and prints what it answered', async () => {
    const dataDir = tempDir();
    const port = await seat(dataDir);
    const result = await run(['call', '13812345678', '--port', String(port), '--data-dir', dataDir]);
    expect(result.err).toBe('');
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/^the seat took call sim-[0-9a-f-]{36} from 138 1234 5678 \(mobile\); its intake draft is draft-1:\n\{/);
    expect(result.out).toContain('"e164": "+8613812345678"');
  });

  it('rings with a withheld number', async () => {
    const dataDir = tempDir();
    const port = await seat(dataDir);
    const result = await run(['call', 'anonymous', '--port', String(port), '--data-dir', dataDir]);
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/from a withheld number/);
  });

  it('says so when no seat is listening', async () => {
    const dataDir = tempDir();
    ensureCtiToken(dataDir);
    const closed = await startCtiListener({ port: 0, token: 'x', bridge: { invoke: async () => ({ ok: true, value: null }) } });
    await closed.close();
    const result = await run(['call', '13812345678', '--port', String(closed.port), '--data-dir', dataDir]);
    expect(result.code).toBe(1);
    expect(result.err).toBe(
      `cti: no seat is listening for calls on 127.0.0.1:${closed.port}: start one with "npm start" (with ctiEnabled on), or pass --port\n`,
    );
  });

  it('says whose token is wrong, and where a missing one should be', async () => {
    const port = await seat(tempDir());
    const strangerDir = tempDir();
    ensureCtiToken(strangerDir);
    const wrong = await run(['call', '13812345678', '--port', String(port), '--data-dir', strangerDir]);
    expect(wrong.code).toBe(1);
    expect(wrong.err).toMatch(/refused the token in .*cti-token: it belongs to another seat; pass --data-dir/);

    const missing = await run(['call', '13812345678', '--port', String(port), '--data-dir', tempDir()]);
    expect(missing.code).toBe(2);
    expect(missing.err).toMatch(/^cti: there is no CTI token in .*cti-token: the seat makes it on its first start/);
  });

  it('prints the usage on bad arguments', async () => {
    const result = await run(['call']);
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/^cti: call takes one calling number[^\n]*\n\nSeat CTI simulator/);
  });
});
