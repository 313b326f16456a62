import { describe, expect, it, vi } from 'vitest';
import { createDispatcher } from '../../../src/core/contract/dispatcher';
import { createEventBus } from '../../../src/core/contract/event-bus';
import { composeShellBridge } from '../../../src/core/shell/compose-shell-bridge';
import { connectSync, syncTarget } from '../../../src/core/shell/connect-sync';
import type { EmbeddedCenter } from '../../../src/core/shell/start-embedded-center';
import type { SeatBridge } from '../../../src/shared/contract/bridge';
import { createSeatClient } from '../../../src/shared/contract/seat-client';
import type { SyncConnectInput } from '../../../src/shared/contract/sync/sync-method-schemas';
import { notConfiguredSyncStatus } from '../../../src/shared/contract/sync/sync-status-schema';
import { defaultSettings, type Settings } from '../../../src/shared/settings/settings-schema';
import { createMemorySettingsStore } from '../../helpers/memory-settings-store';

/** A core that only records which center it was told to use. */
function fakeCore() {
  const connects: SyncConnectInput[] = [];
  const core: SeatBridge = {
    invoke: createDispatcher(
      {
        'sync.connect': (input) => {
          connects.push(input);
          return { ...notConfiguredSyncStatus, connection: input.centerUrl === '' ? 'not_configured' : 'signed_out' };
        },
      },
      { validateOutput: true },
    ),
    subscribe: createEventBus().subscribe,
  };
  return { core, connects };
}

function fakeCenter(url: string) {
  let onExit: ((code: number | null) => void) | null = null;
  const center: EmbeddedCenter = {
    url,
    dataDir: '/data/center',
    accountsFile: '/data/center/demo-accounts.txt',
    operator: { username: 'operator', password: 'pw-123' },
    logFile: '/data/center/center.log',
    onUnexpectedExit: (listener) => {
      onExit = listener;
    },
    stop: vi.fn(async () => undefined),
  };
  return { center, crash: (code: number) => onExit?.(code) };
}

function settings(patch: Partial<Settings> = {}): Settings {
  return { ...defaultSettings, ...patch };
}

function logLines() {
  const lines: string[] = [];
  return { lines, log: { info: (line: string) => lines.push(`info ${line}`), warn: (line: string) => lines.push(`warn ${line}`) } };
}

describe('syncTarget', () => {
  it('prefers the configured center, then the embedded one, else none', () => {
    expect(syncTarget(settings({ centerUrl: 'https://center.example' }), 'http://127.0.0.1:5000')).toEqual({
      centerUrl: 'https://center.example',
      seatId: 'seat-01',
    });
    expect(syncTarget(settings({ seatId: 'A-7' }), 'http://127.0.0.1:5000')).toEqual({ centerUrl: 'http://127.0.0.1:5000', seatId: 'A-7' });
    expect(syncTarget(settings(), null)).toEqual({ centerUrl: '', seatId: 'seat-01' });
  });
});

describe('connectSync (the shells’ sync wiring)', () => {
  it('points the core at the configured center and starts no embedded center', async () => {
    const { core, connects } = fakeCore();
    const start = vi.fn();
    const sync = connectSync({ core, readSettings: () => settings({ centerUrl: 'https://center.example' }), startEmbeddedCenter: start });
    await sync.ready;
    expect(connects).toEqual([{ centerUrl: 'https://center.example', seatId: 'seat-01' }]);
    expect(start).not.toHaveBeenCalled();
    expect(sync.embeddedCenter()).toBeNull();
  });

  it('with no center URL, starts the embedded center, connects to it and says how to sign in', async () => {
    const { core, connects } = fakeCore();
    const { center } = fakeCenter('http://127.0.0.1:5000');
    const { lines, log } = logLines();
    const sync = connectSync({ core, readSettings: () => settings(), startEmbeddedCenter: async () => center, log });
    await sync.ready;
    expect(connects.at(-1)).toEqual({ centerUrl: 'http://127.0.0.1:5000', seatId: 'seat-01' });
    expect(sync.embeddedCenter()).toBe(center);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^info Center \(embedded.*http:\/\/127\.0\.0\.1:5000.*operator \/ pw-123.*demo-accounts\.txt/);
    await sync.close();
    expect(center.stop).toHaveBeenCalledOnce();
  });

  it('when the embedded center cannot start, keeps the seat on no center and says why in one line', async () => {
    const { core, connects } = fakeCore();
    const { lines, log } = logLines();
    const sync = connectSync({
      core,
      readSettings: () => settings(),
      startEmbeddedCenter: async () => {
        throw new Error('listen EADDRINUSE 127.0.0.1\nat stack');
      },
      log,
    });
    await sync.ready;
    expect(connects).toEqual([{ centerUrl: '', seatId: 'seat-01' }]);
    expect(lines).toEqual([expect.stringMatching(/^warn seat: the embedded center could not start \(listen EADDRINUSE 127\.0\.0\.1\); the seat runs without sync/)]);
    expect(sync.embeddedCenter()).toBeNull();
  });

  it('follows settings changes: another center, back to the embedded one, a new seat id; never repeats itself', async () => {
    const { core, connects } = fakeCore();
    const store = createMemorySettingsStore();
    const { center } = fakeCenter('http://127.0.0.1:5000');
    const start = vi.fn(async () => center);
    const sync = connectSync({ core, readSettings: () => settings(store.stored as Partial<Settings>), startEmbeddedCenter: start });
    const bridge = composeShellBridge({ core, settingsStore: store, onSettingsChanged: () => void sync.settingsChanged() });
    const client = createSeatClient(bridge);
    await sync.ready;
    connects.length = 0;

    await client.call('settings.update', { centerUrl: 'https://other.example' });
    await sync.settingsChanged();
    await client.call('settings.update', { theme: 'dark' });
    await sync.settingsChanged();
    await client.call('settings.update', { centerUrl: '' });
    await sync.settingsChanged();
    await client.call('settings.update', { seatId: 'B-2' });
    await sync.settingsChanged();

    expect(connects).toEqual([
      { centerUrl: 'https://other.example', seatId: 'seat-01' },
      { centerUrl: 'http://127.0.0.1:5000', seatId: 'seat-01' },
      { centerUrl: 'http://127.0.0.1:5000', seatId: 'B-2' },
    ]);
    expect(start).toHaveBeenCalledOnce();
  });

  it('starts the embedded center later when the center URL is cleared', async () => {
    const { core, connects } = fakeCore();
    let current = settings({ centerUrl: 'https://center.example' });
    const { center } = fakeCenter('http://127.0.0.1:6000');
    const sync = connectSync({ core, readSettings: () => current, startEmbeddedCenter: async () => center });
    await sync.ready;
    current = settings();
    await sync.settingsChanged();
    expect(connects.map((input) => input.centerUrl)).toEqual(['https://center.example', '', 'http://127.0.0.1:6000']);
  });

  it('a newer setting wins over a slower embedded start', async () => {
    const { core, connects } = fakeCore();
    let current = settings();
    let started: (center: EmbeddedCenter) => void = () => undefined;
    const sync = connectSync({
      core,
      readSettings: () => current,
      startEmbeddedCenter: () => new Promise<EmbeddedCenter>((resolve) => (started = resolve)),
    });
    current = settings({ centerUrl: 'https://center.example' });
    const changed = sync.settingsChanged();
    started(fakeCenter('http://127.0.0.1:7000').center);
    await Promise.all([changed, sync.ready]);
    expect(connects.map((input) => input.centerUrl)).toEqual(['https://center.example']);
  });

  it('warns when the embedded center dies while the seat runs', async () => {
    const { core } = fakeCore();
    const { center, crash } = fakeCenter('http://127.0.0.1:5000');
    const { lines, log } = logLines();
    const sync = connectSync({ core, readSettings: () => settings(), startEmbeddedCenter: async () => center, log });
    await sync.ready;
    crash(137);
    expect(lines.at(-1)).toMatch(/^warn seat: the embedded center stopped \(exit code 137; see \/data\/center\/center\.log\)/);
  });

  it('reports a core that refuses the call instead of throwing', async () => {
    const core: SeatBridge = { invoke: createDispatcher({}), subscribe: () => () => undefined };
    const { lines, log } = logLines();
    const sync = connectSync({ core, readSettings: () => settings({ centerUrl: 'https://center.example' }), log });
    await sync.ready;
    expect(lines).toEqual([expect.stringMatching(/^warn seat: could not point sync at https:\/\/center\.example: sync\.connect: not served here/)]);
  });
});

describe('the shell bridge', () => {
  it('refuses sync.connect from the renderer: the center follows the settings', async () => {
    const { core, connects } = fakeCore();
    const client = createSeatClient(composeShellBridge({ core, settingsStore: createMemorySettingsStore() }));
    await expect(client.call('sync.connect', { centerUrl: 'http://evil.example', seatId: 'x' })).rejects.toMatchObject({
      code: 'unauthorized',
      method: 'sync.connect',
    });
    expect(connects).toEqual([]);
  });
});
