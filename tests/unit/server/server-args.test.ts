import { describe, expect, it } from 'vitest';
import { defaultCenterPort, defaultSimulatorSpeed, parseServerArgs } from '../../../src/server/cli/server-args';

describe('server command line', () => {
  it('defaults to port 47800 and no simulator', () => {
    expect(parseServerArgs([])).toEqual({ port: defaultCenterPort, dataDir: undefined, simulateUnits: false, speed: defaultSimulatorSpeed, windowDays: undefined });
  });

  it('reads every option', () => {
    expect(parseServerArgs(['--port', '0', '--data-dir', '/d', '--window-days', '5', '--simulate-units', '--speed', '60'])).toEqual({
      port: 0,
      dataDir: '/d',
      simulateUnits: true,
      speed: 60,
      windowDays: 5,
    });
  });

  it('refuses nonsense with a message fit to print', () => {
    expect(() => parseServerArgs(['--port', '70000'])).toThrow(/--port/);
    expect(() => parseServerArgs(['--simulate-units', '--speed', '0'])).toThrow(/--speed/);
    expect(() => parseServerArgs(['--speed', '10'])).toThrow(/only makes sense with --simulate-units/);
    expect(() => parseServerArgs(['--colour'])).toThrow();
  });
});
