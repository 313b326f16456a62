import { describe, expect, it } from 'vitest';
import { parseServerArgs } from '../../../src/server/cli/server-args';

/** The options a seat passes when it runs the center as its embedded center. */
describe('server command line for an embedded center', () => {
  it('reads where the demo resources are and whose child it is', () => {
    expect(parseServerArgs(['--port', '0', '--resources-dir', '/app/resources', '--parent-pid', '4242'])).toMatchObject({
      port: 0,
      resourcesDir: '/app/resources',
      parentPid: 4242,
    });
    expect(parseServerArgs([])).toMatchObject({ resourcesDir: undefined, parentPid: undefined });
  });

  it('refuses a parent pid that is not one', () => {
    expect(() => parseServerArgs(['--parent-pid', 'me'])).toThrow(/--parent-pid must be a process id/);
    expect(() => parseServerArgs(['--parent-pid', '0'])).toThrow(/--parent-pid/);
  });
});
