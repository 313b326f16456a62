import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { v7 as uuidv7 } from 'uuid';
import type { Database } from 'better-sqlite3';
import type { FastifyInstance } from 'fastify';
import { buildCenterApp } from './app/build-center-app';
import type { CenterServices } from './app/center-services';
import { AuthService } from './auth/auth-service';
import { CatalogStore } from './catalog/catalog-store';
import { centerDefaults, windowDaysOf, type CenterOptions } from './center-options';
import { systemClock } from './clock';
import { openCenterDatabase } from './db/open-center-database';
import { seedFirstStart, type FirstStartReport } from './first-start/seed-first-start';
import { KbStore } from './kb/kb-store';
import { serverMetaOnce } from './store/server-meta-once';
import { TicketWriter } from './store/ticket-writer';
import { PokeHub } from './sync/poke-hub';
import { PullService } from './sync/pull-service';
import { PushService } from './sync/push-service';
import { UnitService } from './units/unit-service';

export interface Center {
  app: FastifyInstance;
  services: CenterServices;
  /** What the first start created (accounts with their passwords); null on later starts. */
  firstStart: FirstStartReport | null;
  /** Stops the app (event streams first) and closes the database. */
  close(): Promise<void>;
}

export const centerDatabaseFileName = 'center.sqlite';

/**
 * Opens (or, in a new data directory, creates and seeds) a center and
 * builds its HTTP app, not yet listening: tests use app.inject or listen
 * on port 0, the CLI listens on its port.
 */
export async function openCenter(options: CenterOptions): Promise<Center> {
  const clock = options.clock ?? systemClock;
  const windowDays = windowDaysOf(options);
  const db = openCenterDatabase(join(options.dataDir, centerDatabaseFileName));
  try {
    const catalogs = new CatalogStore(db);
    const kb = new KbStore(db);
    const isFirstStart = db.prepare('SELECT 1 FROM catalog LIMIT 1').get() === undefined;
    const firstStart = isFirstStart ? await seedFirstStart(db, { catalogs, kb }, options, clock()) : null;
    const writer = new TicketWriter(db);
    const pokes = new PokeHub({
      maxStreams: options.maxStreams ?? centerDefaults.maxStreams,
      heartbeatMs: options.heartbeatMs ?? centerDefaults.heartbeatMs,
      coalesceMs: options.pokeCoalesceMs ?? centerDefaults.pokeCoalesceMs,
      clock,
    });
    writer.onCommit((cursor) => pokes.changed(cursor));
    const services: CenterServices = {
      db,
      // Which center this is, whatever its URL: a seat synced with one center refuses to mix in another's tickets.
      centerId: serverMetaOnce(db, 'center_id', uuidv7),
      clock,
      auth: new AuthService(
        db,
        tokenSigningKey(db),
        {
          accessTokenTtlMs: options.accessTokenTtlMs ?? centerDefaults.accessTokenTtlMs,
          refreshTokenTtlMs: options.refreshTokenTtlMs ?? centerDefaults.refreshTokenTtlMs,
        },
        clock,
      ),
      catalogs,
      kb,
      writer,
      push: new PushService(writer, catalogs, clock, options.plantedBugs),
      pull: new PullService(writer, clock, windowDays, options.plantedBugs),
      pokes,
      units: new UnitService(writer, catalogs, clock),
    };
    const app = buildCenterApp(services, {
      logger: options.logger ?? false,
      validateResponses: options.validateResponses ?? false,
      serverVersion: options.serverVersion ?? centerDefaults.serverVersion,
    });
    app.addHook('onClose', async () => db.close());
    return { app, services, firstStart, close: () => app.close() };
  } catch (error) {
    db.close();
    throw error;
  }
}

/**
 * The key that signs access tokens, made once per center and kept in its
 * database: tokens survive a restart, and a copied token does not work on
 * another center.
 */
function tokenSigningKey(db: Database): Buffer {
  return Buffer.from(serverMetaOnce(db, 'token_key', () => randomBytes(32).toString('base64')), 'base64');
}
