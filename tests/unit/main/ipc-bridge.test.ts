import { describe, expect, it } from 'vitest';
import { createDispatcher } from '../../../src/core/contract/dispatcher';
import { createEventBus } from '../../../src/core/contract/event-bus';
import { composeShellBridge } from '../../../src/core/shell/compose-shell-bridge';
import { serveSeatIpc } from '../../../src/main/ipc/serve-seat-ipc';
import { createBridge } from '../../../src/preload/create-bridge';
import type { SeatBridge } from '../../../src/shared/contract/bridge';
import { seatEventChannel } from '../../../src/shared/contract/ipc-channels';
import { createSeatClient } from '../../../src/shared/contract/seat-client';
import type { SeatInfo } from '../../../src/shared/contract/seat-schemas';
import { notConfiguredSyncStatus, type SyncStatus } from '../../../src/shared/contract/sync/sync-status-schema';
import { bridgeOverFakeIpc, createFakeIpc } from '../../helpers/fake-ipc';
import { createMemorySettingsStore } from '../../helpers/memory-settings-store';

const seatInfo: SeatInfo = {
  appVersion: '1.2.3',
  schemaVersion: 1,
  databasePath: '/seat.sqlite',
  clientId: 'client-1',
  incarnation: 1,
  startedAt: 1_700_000_000_000,
};

/** A stand-in for the core worker: one method and the sync.status event. */
function fakeCore() {
  const bus = createEventBus();
  const core: SeatBridge = {
    invoke: createDispatcher({ 'seat.info': () => seatInfo }, { validateOutput: true }),
    subscribe: bus.subscribe,
  };
  return { core, emitSyncStatus: (status: SyncStatus) => bus.emit('sync.status', status) };
}

function connectedSeat() {
  const { core, emitSyncStatus } = fakeCore();
  const backend = composeShellBridge({ core, settingsStore: createMemorySettingsStore() });
  const { bridge, ipc } = bridgeOverFakeIpc(backend);
  return { ipc, bridge, client: createSeatClient(bridge), emitSyncStatus };
}

describe('Electron IPC transport (main handler + preload bridge)', () => {
  it('round-trips a call served by the core and one served by the shell', async () => {
    const { client } = connectedSeat();
    expect(await client.call('seat.info', {})).toEqual(seatInfo);
    const updated = await client.call('settings.update', { theme: 'dark' });
    expect(updated.theme).toBe('dark');
    expect((await client.call('settings.get', {})).theme).toBe('dark');
  });

  it('delivers core events and settings.changed with the payload only', async () => {
    const { bridge, emitSyncStatus } = connectedSeat();
    const received: unknown[][] = [];
    bridge.subscribe('sync.status', (...args) => received.push(['sync.status', ...args]));
    bridge.subscribe('settings.changed', (...args) => received.push(['settings.changed', ...args]));

    const status: SyncStatus = { ...notConfiguredSyncStatus, connection: 'offline', pending: 2 };
    emitSyncStatus(status);
    await bridge.invoke('settings.update', { locale: 'en' });

    expect(received).toEqual([
      ['sync.status', status],
      ['settings.changed', expect.objectContaining({ locale: 'en' })],
    ]);
  });

  it('stops delivering after unsubscribe, and shares one IPC listener between subscriptions', () => {
    const { ipc, bridge, emitSyncStatus } = connectedSeat();
    const seen: unknown[] = [];
    const unsubscribeFirst = bridge.subscribe('sync.status', (payload) => seen.push(payload));
    bridge.subscribe('sync.status', () => undefined);
    expect(ipc.rendererListenerCount(seatEventChannel)).toBe(1);

    unsubscribeFirst();
    emitSyncStatus({ ...notConfiguredSyncStatus, connection: 'online', lastSyncAt: 5 });
    expect(seen).toEqual([]);
  });

  it.each([
    ['a subframe of the seat', { url: 'app://seat/index.html', isMainFrame: false }],
    ['a page navigated elsewhere', { url: 'https://evil.example/', isMainFrame: true }],
    ['a look-alike host', { url: 'app://seat.evil/index.html', isMainFrame: true }],
    ['a destroyed frame', { url: '', isMainFrame: true }],
  ])('answers %s with unauthorized, never an exception', async (_label, frame) => {
    const { ipc, bridge } = connectedSeat();
    ipc.setSenderFrame(frame);
    const envelope = await bridge.invoke('settings.update', { theme: 'dark' });
    expect(envelope).toMatchObject({ ok: false, error: { code: 'unauthorized', method: 'settings.update' } });
  });

  it('names the offending field of malformed input', async () => {
    const { bridge } = connectedSeat();
    const envelope = await bridge.invoke('settings.update', { seatId: '', theme: 'dark' });
    if (envelope.ok) throw new Error('expected a failure');
    expect(envelope.error.code).toBe('invalid_input');
    expect(envelope.error.issues.map((issue) => issue.path)).toEqual(['seatId']);
  });

  it('refuses a method the contract does not name', async () => {
    const { bridge } = connectedSeat();
    expect(await bridge.invoke('tickets.dropAll', {})).toMatchObject({ ok: false, error: { code: 'unknown_method' } });
  });

  it('turns a missing main-side handler into transport_failed', async () => {
    const bridge = createBridge(createFakeIpc().ipcRenderer);
    expect(await bridge.invoke('seat.info', {})).toMatchObject({
      ok: false,
      error: { code: 'transport_failed', method: 'seat.info' },
    });
  });

  it('drops events while there is no window or after it was destroyed', () => {
    const ipc = createFakeIpc();
    const { core, emitSyncStatus } = fakeCore();
    const sent: unknown[][] = [];
    let target: { send: (...args: unknown[]) => void; isDestroyed: () => boolean } | null = null;
    serveSeatIpc({ ipcMain: ipc.ipcMain, bridge: core, eventTarget: () => target });

    emitSyncStatus({ ...notConfiguredSyncStatus, connection: 'offline' });
    target = { send: (...args) => sent.push(args), isDestroyed: () => true };
    emitSyncStatus({ ...notConfiguredSyncStatus, connection: 'offline', pending: 1 });
    expect(sent).toEqual([]);
  });
});
