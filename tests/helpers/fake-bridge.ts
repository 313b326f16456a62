import type { SeatBridge } from '../../src/shared/contract/bridge';
import { ContractError, describeIssues, issuesFromZod } from '../../src/shared/contract/contract-error';
import type { Envelope } from '../../src/shared/contract/envelope';
import type { EventName, EventPayload } from '../../src/shared/contract/events';
import {
  isMethodName,
  methods,
  type MethodName,
  type MethodOutput,
  type MethodParsedInput,
} from '../../src/shared/contract/methods';
import { defaultSettings, settingsSchema, type Settings } from '../../src/shared/settings/settings-schema';
import { emptyKbSearch } from './fake-kb';
import { buildCatalogSearchKeys } from '../../src/core/catalog/catalog-search-keys';
import { intakeTestCatalog } from './intake-test-catalog';
import { notConfiguredSyncStatus } from '../../src/shared/contract/sync/sync-status-schema';

export type FakeHandler<M extends MethodName> = (
  input: MethodParsedInput<M>,
) => MethodOutput<M> | Promise<MethodOutput<M>>;

/** Tests add the methods they exercise with handle(); the rest answer unknown_method. */
type FakeHandlers = { [M in MethodName]?: FakeHandler<M> };

/** An in-memory SeatBridge for renderer tests: canned answers, recorded calls, events on demand. */
export interface FakeBridge extends SeatBridge {
  /** Delivers an event to every subscriber, as the core would. */
  emit<E extends EventName>(event: E, payload: EventPayload<E>): void;
  /** Replaces one method; throw a ContractError from it to fail the way the core does. */
  handle<M extends MethodName>(method: M, handler: FakeHandler<M>): void;
  readonly calls: { method: string; input: unknown }[];
}

export const fakeSeatInfo: MethodOutput<'seat.info'> = {
  appVersion: '0.1.0-test',
  schemaVersion: 1,
  databasePath: '/tmp/seat-test/seat.sqlite',
  clientId: '01900000-0000-7000-8000-000000000001',
  incarnation: 1,
  startedAt: Date.UTC(2026, 0, 2, 0, 0, 0),
};

export const fakeSeatHealth: MethodOutput<'seat.health'> = {
  ok: true,
  uptimeMs: 5 * 60_000,
  checks: [{ name: 'database', ok: true, detail: 'integrity ok' }],
};

export function createFakeBridge(initialSettings: Partial<Settings> = {}): FakeBridge {
  let settings: Settings = { ...defaultSettings, ...initialSettings };
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  const calls: FakeBridge['calls'] = [];

  function emit(event: string, payload: unknown) {
    for (const listener of listeners.get(event) ?? []) listener(payload);
  }

  const handlers: FakeHandlers = {
    'seat.info': () => fakeSeatInfo,
    'seat.health': () => fakeSeatHealth,
    'sync.status': () => notConfiguredSyncStatus,
    'sync.rejections': () => [],
    'settings.get': () => settings,
    // Like the shell: merge, check the whole, store, then announce.
    'settings.update': (patch) => {
      settings = settingsSchema.parse({ ...settings, ...patch });
      emit('settings.changed', settings);
      return settings;
    },
    // An empty knowledge base: Settings and the intake's suggestions ask it on every screen that shows them.
    'kb.search': ({ query }) => emptyKbSearch(query),
    'kb.status': () => ({ documentCount: 0, lastImport: null, importRunning: false, problems: [] }),
    'kb.zeroResults': () => [],
    // The intake session reads its drafts on every screen, and the intake screen the catalog; tests that
    // exercise intake install the whole fake intake core (fake-intake-core.ts) over these.
    'drafts.list': () => [],
    'catalog.get': () => {
      const catalog = intakeTestCatalog();
      return { catalog, searchKeys: buildCatalogSearchKeys(catalog), source: 'file', problems: [] };
    },
    'catalog.usage': () => ({ recent: [], frequent: [] }),
  };

  // Mirrors the core's dispatcher: unknown methods and bad input are refused with field and reason.
  async function invoke(method: string, rawInput: unknown): Promise<Envelope> {
    calls.push({ method, input: rawInput });
    if (!isMethodName(method)) {
      return { ok: false, error: { code: 'unknown_method', method, message: `${method}: no such method`, issues: [] } };
    }
    const parsed = methods[method].input.safeParse(rawInput ?? {});
    if (!parsed.success) {
      const issues = issuesFromZod(parsed.error);
      return { ok: false, error: { code: 'invalid_input', method, message: describeIssues(method, issues), issues } };
    }
    const handler = handlers[method] as ((input: unknown) => unknown) | undefined;
    if (!handler) {
      return { ok: false, error: { code: 'unknown_method', method, message: `${method}: not faked`, issues: [] } };
    }
    try {
      return { ok: true, value: await handler(parsed.data) };
    } catch (error) {
      if (error instanceof ContractError) return { ok: false, error: error.toData() };
      const message = error instanceof Error ? error.message : String(error);
      return { ok: false, error: { code: 'handler_failed', method, message: `${method}: ${message}`, issues: [] } };
    }
  }

  return {
    invoke,
    subscribe(event, listener) {
      const set = listeners.get(event) ?? new Set();
      set.add(listener);
      listeners.set(event, set);
      return () => set.delete(listener);
    },
    emit,
    handle(method, handler) {
      (handlers as Record<MethodName, unknown>)[method] = handler;
    },
    calls,
  };
}
