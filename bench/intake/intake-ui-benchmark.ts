import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { writeBenchReport } from '../lib/bench-report';
import { measureIntakeUi } from './chromium-paint';
import { generatedSeat, shippedCatalog } from './generated-seat';
import { seed, ticketCount } from './intake-benchmark';

const root = join(import.meta.dirname, '..', '..');

/**
 * `npm run bench -- intake-ui`: issue 3's two figures in Chromium, on the
 * same million-ticket seat file as the intake bench (made once, kept in
 * the temp directory; `--fresh` makes it again). Needs the build (out/).
 */
export async function intakeUiBenchmark(): Promise<void> {
  if (!existsSync(join(root, 'out', 'main', 'host.js'))) throw new Error('intake-ui bench needs the build: run `npm run build` first');
  const seat = generatedSeat(ticketCount, seed, shippedCatalog(), process.argv.includes('--fresh'));
  console.error('intake-ui bench: filter changes in 工单, then typing call notes in 受理 (Chromium) …');
  writeBenchReport('intake-ui', { tickets: ticketCount, ...(await measureIntakeUi(seat.path)) });
}
