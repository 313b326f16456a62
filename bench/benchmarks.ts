import { intakeBenchmark } from './intake/intake-benchmark';
import { kbBenchmark } from './kb/kb-benchmark';
import { startupBenchmark } from './startup/startup-benchmark';

/** Every benchmark by the name given to `npm run bench -- <name>`. */
export const benchmarks: Record<string, () => Promise<void>> = {
  startup: startupBenchmark,
  kb: kbBenchmark,
  intake: intakeBenchmark,
};
