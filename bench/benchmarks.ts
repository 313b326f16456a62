import { intakeBenchmark } from './intake/intake-benchmark';
import { intakeUiBenchmark } from './intake/intake-ui-benchmark';
import { kbBenchmark } from './kb/kb-benchmark';
import { kbUiBenchmark } from './kb/kb-ui-benchmark';
import { startupBenchmark } from './startup/startup-benchmark';
import { syncBenchmark } from './sync/sync-benchmark';

/** Every benchmark by the name given to `npm run bench -- <name>`. */
export const benchmarks: Record<string, () => Promise<void>> = {
  startup: startupBenchmark,
  kb: kbBenchmark,
  intake: intakeBenchmark,
  // The browser figures of issues 3 and 4, in Chromium against the built seat (npm run build first).
  'intake-ui': intakeUiBenchmark,
  'kb-ui': kbUiBenchmark,
  sync: syncBenchmark,
};
