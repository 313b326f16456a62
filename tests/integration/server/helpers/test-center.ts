import Database from 'better-sqlite3';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { v7 as uuidv7 } from 'uuid';
import { afterAll } from 'vitest';
import type { SessionTokens } from '../../../../src/shared/sync/auth-schemas';
import type { PullResponse } from '../../../../src/shared/sync/pull-schemas';
import type { PushResponse } from '../../../../src/shared/sync/push-schemas';
import type { SyncMutation } from '../../../../src/shared/sync/sync-mutation-schema';
import type { CenterOptions } from '../../../../src/server/center-options';
import { centerDatabaseFileName, openCenter, type Center } from '../../../../src/server/open-center';
import { centerEpoch } from './center-epoch';

export const resourcesDir = fileURLToPath(new URL('../../../../resources', import.meta.url));


export interface TestSeat {
  clientId: string;
  seatId: string;
  tokens: SessionTokens;
  auth: { authorization: string };
  push(mutations: SyncMutation[] | unknown[], incarnation?: number): Promise<LightMyRequestResponse>;
  pushOk(mutations: SyncMutation[], incarnation?: number): Promise<PushResponse>;
  pull(cursor: number, limit?: number): Promise<PullResponse>;
}

export interface TestCenter {
  center: Center;
  app: FastifyInstance;
  dataDir: string;
  now(): number;
  advance(ms: number): void;
  password(username: string): string;
  login(username: string, options?: { seatId?: string; clientId?: string | null }): Promise<SessionTokens>;
  /** Signs in with a fresh client id: one seat database. */
  seat(username?: string): Promise<TestSeat>;
  /** The ticket counter, the receipts and the tickets: what "nothing changed" compares. */
  footprint(): { cursor: number; receipts: number; tickets: number; events: number; notes: number };
  close(): Promise<void>;
}

interface Template {
  dir: string;
  passwords: Map<string, string>;
}

let template: Promise<Template> | null = null;

afterAll(async () => {
  if (template) rmSync((await template).dir, { recursive: true, force: true });
  template = null;
});

/**
 * A first start costs seconds (scrypt for every demo account, the catalog,
 * the knowledge base); it runs once per test file into a template folder,
 * and each test gets a copy of that database, so tests stay independent
 * without paying for it again. First-start behaviour itself is tested on
 * a really empty folder (cli.test.ts).
 */
function firstStartTemplate(): Promise<Template> {
  template ??= (async () => {
    const dir = mkdtempSync(join(tmpdir(), 'center-template-'));
    const center = await openCenter({ dataDir: dir, resourcesDir, clock: () => centerEpoch });
    const passwords = new Map((center.firstStart?.accounts ?? []).map((account) => [account.username, account.password]));
    await center.close();
    return { dir, passwords };
  })();
  return template;
}

/**
 * A real center on a real SQLite file in a temp directory, with a clock
 * the test moves and every response checked against its documented schema.
 */
export async function openTestCenter(options: Partial<CenterOptions> = {}): Promise<TestCenter> {
  const dataDir = mkdtempSync(join(tmpdir(), 'center-test-'));
  const seeded = await firstStartTemplate();
  copyFileSync(join(seeded.dir, centerDatabaseFileName), join(dataDir, centerDatabaseFileName));
  // A copy would share the template's identity and token key; each test center is a center of its own.
  const copy = new Database(join(dataDir, centerDatabaseFileName));
  copy.prepare("DELETE FROM server_meta WHERE key IN ('center_id', 'token_key')").run();
  copy.close();
  let now = centerEpoch;
  const center = await openCenter({
    dataDir,
    resourcesDir,
    clock: () => now,
    validateResponses: true,
    pokeCoalesceMs: 0,
    ...options,
  });
  const app = center.app;
  const password = (username: string) => {
    const found = seeded.passwords.get(username);
    if (found === undefined) throw new Error(`no demo account ${username}`);
    return found;
  };

  const login: TestCenter['login'] = async (username, loginOptions = {}) => {
    const clientId = loginOptions.clientId === undefined ? uuidv7() : loginOptions.clientId;
    const response = await app.inject({
      method: 'POST',
      url: '/v1/auth/login',
      payload: { username, password: password(username), seatId: loginOptions.seatId ?? 'A-0001', ...(clientId ? { clientId } : {}) },
    });
    if (response.statusCode !== 200) throw new Error(`login ${username}: ${response.statusCode} ${response.body}`);
    return response.json() as SessionTokens;
  };

  const seat: TestCenter['seat'] = async (username = 'operator') => {
    const clientId = uuidv7();
    const seatId = `S-${clientId.slice(-6)}`;
    const tokens = await login(username, { clientId, seatId });
    const auth = { authorization: `Bearer ${tokens.accessToken}` };
    const push = (mutations: unknown[], incarnation = 1) =>
      app.inject({ method: 'POST', url: '/v1/sync/push', headers: auth, payload: { clientId, incarnation, mutations } });
    return {
      clientId,
      seatId,
      tokens,
      auth,
      push,
      async pushOk(mutations, incarnation) {
        const response = await push(mutations, incarnation);
        if (response.statusCode !== 200) throw new Error(`push: ${response.statusCode} ${response.body}`);
        return response.json() as PushResponse;
      },
      async pull(cursor, limit = 200) {
        const response = await app.inject({ method: 'GET', url: `/v1/sync/pull?cursor=${cursor}&limit=${limit}`, headers: auth });
        if (response.statusCode !== 200) throw new Error(`pull: ${response.statusCode} ${response.body}`);
        return response.json() as PullResponse;
      },
    };
  };

  const count = (sql: string) => (center.services.db.prepare(sql).get() as { n: number }).n;
  return {
    center,
    app,
    dataDir,
    now: () => now,
    advance(ms) {
      now += ms;
    },
    password,
    login,
    seat,
    footprint: () => ({
      cursor: center.services.writer.cursor(),
      receipts: count('SELECT count(*) AS n FROM sync_receipt'),
      tickets: count('SELECT count(*) AS n FROM ticket'),
      events: count('SELECT count(*) AS n FROM ticket_event'),
      notes: count('SELECT count(*) AS n FROM ticket_note'),
    }),
    async close() {
      await center.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
