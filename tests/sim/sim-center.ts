import { copyFileSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PlantedCenterBugs } from '../../src/server/center-options';
import { centerDatabaseFileName, openCenter, type Center } from '../../src/server/open-center';
import { UnitSimulator } from '../../src/server/simulator/unit-simulator';

export const repoResourcesDir = fileURLToPath(new URL('../../resources', import.meta.url));

let template: Promise<{ dir: string; passwords: Map<string, string> }> | null = null;

/** The center's first start (scrypt for every demo account, the KB) costs seconds: once per process, then copied. */
function firstStartTemplate() {
  template ??= (async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sim-center-template-'));
    const center = await openCenter({ dataDir: dir, resourcesDir: repoResourcesDir });
    const passwords = new Map((center.firstStart?.accounts ?? []).map((account) => [account.username, account.password]));
    await center.close();
    return { dir, passwords };
  })();
  return template;
}

/** The real center on a fixed loopback port, restartable on the same database and port, with the units played by its simulator. */
export class SimCenter {
  private center: Center | null = null;
  private units: UnitSimulator | null = null;
  port = 0;
  restarts = 0;

  private constructor(
    readonly dataDir: string,
    readonly passwords: Map<string, string>,
    private readonly plantedBugs: PlantedCenterBugs,
    private readonly seed: number,
  ) {}

  static async create(root: string, seed: number, plantedBugs: PlantedCenterBugs): Promise<SimCenter> {
    const seeded = await firstStartTemplate();
    const dataDir = join(root, 'center');
    mkdirSync(dataDir, { recursive: true });
    copyFileSync(join(seeded.dir, centerDatabaseFileName), join(dataDir, centerDatabaseFileName));
    const sim = new SimCenter(dataDir, seeded.passwords, plantedBugs, seed);
    await sim.start();
    return sim;
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  get services() {
    if (!this.center) throw new Error('the center is down');
    return this.center.services;
  }

  async start(): Promise<void> {
    this.center = await openCenter({ dataDir: this.dataDir, resourcesDir: repoResourcesDir, pokeCoalesceMs: 5, plantedBugs: this.plantedBugs });
    await this.center.app.listen({ host: '127.0.0.1', port: this.port });
    const address = this.center.app.server.address();
    this.port = typeof address === 'object' && address ? address.port : this.port;
    // Fast enough that units sign for and reply within the run.
    this.units = new UnitSimulator(this.center.services.writer, this.center.services.catalogs, {
      speed: 50_000,
      seed: this.seed,
      maxActionsPerStep: 4,
      scanLimit: 50,
      tickMs: 100,
      onError: () => undefined,
    });
  }

  /** One round of the units' work (sign for, reply, callbacks…), through the same lifecycle engine. */
  unitsStep(): void {
    this.units?.step(Date.now());
  }

  async restart(): Promise<void> {
    await this.stop();
    await this.start();
    this.restarts += 1;
  }

  async stop(): Promise<void> {
    const center = this.center;
    this.center = null;
    this.units = null;
    await center?.close();
  }
}
