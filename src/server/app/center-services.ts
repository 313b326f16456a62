import type { Database } from 'better-sqlite3';
import type { AuthService } from '../auth/auth-service';
import type { CatalogStore } from '../catalog/catalog-store';
import type { Clock } from '../clock';
import type { KbStore } from '../kb/kb-store';
import type { TicketWriter } from '../store/ticket-writer';
import type { PokeHub } from '../sync/poke-hub';
import type { PullService } from '../sync/pull-service';
import type { PushService } from '../sync/push-service';
import type { UnitService } from '../units/unit-service';

/** Everything the routes call, made once per center by openCenter(). */
export interface CenterServices {
  db: Database;
  /** Made at the first start (server_meta); /v1/health tells seats which center they speak to. */
  centerId: string;
  clock: Clock;
  auth: AuthService;
  catalogs: CatalogStore;
  kb: KbStore;
  writer: TicketWriter;
  push: PushService;
  pull: PullService;
  pokes: PokeHub;
  units: UnitService;
}
