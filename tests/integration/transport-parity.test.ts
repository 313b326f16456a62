import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { composeShellBridge } from '../../src/core/shell/compose-shell-bridge';
import { createSeatCore } from '../../src/core/seat/seat-core';
import { buildHostApp } from '../../src/host/host-app';
import type { SeatBridge } from '../../src/shared/contract/bridge';
import { shippedResourcesDir, startCoreWorkerFromSource } from '../helpers/core-worker-from-source';
import { bridgeOverFakeIpc } from '../helpers/fake-ipc';
import { createHttpBridgeForNode } from '../helpers/http-bridge-for-node';
import { createMemorySettingsStore } from '../helpers/memory-settings-store';
import { useTempDir } from '../helpers/temp-dir';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';

interface Transport {
  name: string;
  bridge: SeatBridge;
  close(): Promise<void>;
}

const dirs: string[] = [];
function dataDir() {
  const dir = mkdtempSync(join(tmpdir(), 'seat-parity-'));
  dirs.push(dir);
  return dir;
}

async function inProcess(): Promise<Transport> {
  const core = createSeatCore({ databasePath: join(dataDir(), 'seat.sqlite'), appVersion: 'parity', resourcesDir: shippedResourcesDir, dispatcher: { validateOutput: true } });
  const bridge = composeShellBridge({ core, settingsStore: createMemorySettingsStore() });
  return { name: 'in-process', bridge, close: async () => core.close() };
}

async function workerPort(): Promise<Transport> {
  const core = await startCoreWorkerFromSource({ databasePath: join(dataDir(), 'seat.sqlite'), appVersion: 'parity' });
  const bridge = composeShellBridge({ core, settingsStore: createMemorySettingsStore() });
  return { name: 'worker port', bridge, close: () => core.stop() };
}

/** Electron IPC without the binary: main's handler and the preload's bridge over a fake ipcMain/ipcRenderer pair. */
async function electronIpc(): Promise<Transport> {
  const core = await startCoreWorkerFromSource({ databasePath: join(dataDir(), 'seat.sqlite'), appVersion: 'parity' });
  const backend = composeShellBridge({ core, settingsStore: createMemorySettingsStore() });
  return { name: 'electron ipc', bridge: bridgeOverFakeIpc(backend).bridge, close: () => core.stop() };
}

async function httpSse(): Promise<Transport> {
  const core = await startCoreWorkerFromSource({ databasePath: join(dataDir(), 'seat.sqlite'), appVersion: 'parity' });
  const backend = composeShellBridge({ core, settingsStore: createMemorySettingsStore() });
  const token = 'parity-token';
  let port = 0;
  const app = await buildHostApp({ bridge: backend, token, get port() { return port; } });
  await app.listen({ host: '127.0.0.1', port: 0 });
  port = (app.server.address() as { port: number }).port;
  const bridge = createHttpBridgeForNode(`http://127.0.0.1:${port}`, token);
  return {
    name: 'http + sse',
    bridge,
    close: async () => {
      await app.close();
      await core.stop();
    },
  };
}

/** Fields that differ per database by design; everything else must match exactly. */
function comparable(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value), (key, v) =>
    ['clientId', 'databasePath', 'startedAt', 'uptimeMs'].includes(key) ? '<varies>' : v,
  );
}

function nextEvent(bridge: SeatBridge, event: string): Promise<unknown> {
  return new Promise((resolve) => {
    const off = bridge.subscribe(event, (payload) => {
      off();
      resolve(payload);
    });
  });
}

describe('one contract over every transport', () => {
  useTempDir();
  const transports: Transport[] = [];
  const script: [string, unknown][] = [
    ['seat.info', {}],
    ['seat.health', {}],
    ['sync.status', {}],
    ['settings.get', {}],
    ['settings.update', { locale: 'en', seatId: 'A-17' }],
    ['settings.update', { centerUrl: 'ftp://nope', theme: 'pink' }],
    ['settings.update', { unknownField: 1 }],
    ['seat.info', { extra: true }],
    ['tickets.deleteEverything', {}],
  ];

  beforeAll(async () => {
    transports.push(await inProcess(), await workerPort(), await electronIpc(), await httpSse());
  });
  afterAll(async () => {
    for (const t of transports) await t.close();
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  it('gives the same answers, failures included, whichever transport carries the calls', async () => {
    const answers = new Map<string, unknown[]>();
    for (const transport of transports) {
      const results = [];
      for (const [method, input] of script) results.push(comparable(await transport.bridge.invoke(method, input)));
      answers.set(transport.name, results);
    }
    const [reference, ...others] = [...answers.values()];
    for (const other of others) expect(other).toEqual(reference);
    expect(reference?.[4]).toMatchObject({ ok: true, value: { locale: 'en', seatId: 'A-17' } });
    expect(reference?.[5]).toMatchObject({ ok: false, error: { code: 'invalid_input', method: 'settings.update' } });
    expect(reference?.[8]).toMatchObject({ ok: false, error: { code: 'unknown_method' } });
  });

  it('delivers events over every transport', async () => {
    for (const transport of transports) {
      const received = nextEvent(transport.bridge, 'settings.changed');
      // SSE needs its stream open before the event fires.
      await new Promise((resolve) => setTimeout(resolve, 100));
      await transport.bridge.invoke('settings.update', { theme: 'dark' });
      expect(await received, transport.name).toMatchObject({ theme: 'dark' });
    }
  });
});
