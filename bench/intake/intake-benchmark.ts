import { statSync } from 'node:fs';
import { v7 as uuidv7 } from 'uuid';
import { createDispatcher } from '../../src/core/contract/dispatcher';
import { createEventBus } from '../../src/core/contract/event-bus';
import { openSeatDatabase } from '../../src/core/db/open-seat-database';
import { readSeatIdentity } from '../../src/core/seat/seat-identity';
import { createIntakeHandlers } from '../../src/core/tickets/intake-handlers';
import { indexCatalog } from '../../src/shared/catalog/catalog-index';
import type { MethodInput, MethodName, MethodOutput } from '../../src/shared/contract/methods';
import { completeTicket } from '../../tests/helpers/complete-intake-ticket';
import { writeBenchReport, type Metrics } from '../lib/bench-report';
import { percentile, round } from '../lib/stats';
import { generatedSeat, shippedCatalog } from './generated-seat';
import { listFilters, samplePhones, sampleSimilarQueries } from './sample-inputs';

export const ticketCount = Number(process.env.INTAKE_BENCH_TICKETS ?? 1_000_000);
export const seed = 20261122;

/**
 * Issue 3's numbers at a million local tickets: caller history, "already
 * reported?", draft save (synchronous=FULL), the dispatch transaction, the
 * tickets list's filters, and the database size. Each call goes through
 * the core's dispatcher (input validation included) in this process, so
 * the figures are the core's own, without a transport.
 */
export async function intakeBenchmark(): Promise<void> {
  const catalog = shippedCatalog();
  const seat = generatedSeat(ticketCount, seed, catalog, process.argv.includes('--fresh'));
  const fileBytes = statSync(seat.path).size;

  const db = openSeatDatabase(seat.path);
  const author = readSeatIdentity(db).clientId;
  const catalogInForce = { catalog, index: indexCatalog(catalog) };
  const handlers = createIntakeHandlers({ db, author, catalog: () => catalogInForce, emit: createEventBus().emit });
  const invoke = createDispatcher(handlers);
  const call = async <M extends MethodName>(method: M, input: MethodInput<M>) => {
    const envelope = await invoke(method, input);
    if (!envelope.ok) throw new Error(`${method}: ${envelope.error.message}`);
    return envelope.value as MethodOutput<M>;
  };
  const time = async <M extends MethodName>(method: M, inputs: MethodInput<M>[]) => {
    const samples: number[] = [];
    for (const input of inputs) {
      const start = performance.now();
      await call(method, input);
      samples.push(performance.now() - start);
    }
    return samples;
  };
  const now = Date.now();

  // Warm the page cache and the statements once, as a seat that has been running would be.
  await time('caller.history', samplePhones(db, 200).map((phone) => ({ phone })));
  const history = await time('caller.history', samplePhones(db, 2000).map((phone) => ({ phone })));
  const similarQueries = sampleSimilarQueries(db, 600, now);
  await time('intake.similar', similarQueries.slice(0, 100));
  const similar = await time('intake.similar', similarQueries);
  const found = await Promise.all(similarQueries.slice(0, 100).map((q) => call('intake.similar', q)));
  const candidatesHit = found.filter((r) => r.results.length > 0).length;

  const draftId = uuidv7();
  let notes = '';
  const draftSaves = Array.from({ length: 1000 }, (_, i) => {
    notes += '来电人反映楼上漏水'.charAt(i % 9);
    return { id: draftId, fields: { title: '楼上漏水', description: notes, categoryId: 'housing.house-safety.leaks' } };
  });
  const drafts = await time('drafts.save', draftSaves);
  await call('drafts.discard', { id: draftId });

  const dispatches = await time('intake.dispatch', Array.from({ length: 300 }, (_, i) => dispatchInput(i)));

  const listMetrics: Metrics = {};
  for (const [name, filter] of Object.entries(listFilters(db))) {
    const samples = await time('tickets.list', Array.from({ length: 20 }, () => filter));
    const page = await call('tickets.list', filter);
    listMetrics[`tickets.list ${name}: median / p99 ms (total)`] =
      `${round(percentile(samples, 50))} / ${round(percentile(samples, 99))} (${page.total}${page.totalIsCapped ? '+' : ''})`;
  }
  db.close();

  writeBenchReport('intake', {
    tickets: ticketCount,
    'generate, s': seat.generateMs === null ? 'reused' : round(seat.generateMs / 1000, 1),
    'database size, MB per 1 M tickets': round((fileBytes / 1024 / 1024) * (1_000_000 / ticketCount), 0),
    'caller.history p50 / p99 ms (target p99 ≤ 5)': `${round(percentile(history, 50))} / ${round(percentile(history, 99))}`,
    'intake.similar p50 / p99 ms (target p99 ≤ 20)': `${round(percentile(similar, 50))} / ${round(percentile(similar, 99))}`,
    'intake.similar queries that found their near-duplicate': `${candidatesHit}/100`,
    'drafts.save p50 / p99 ms, synchronous=FULL (target p99 ≤ 10)': `${round(percentile(drafts, 50))} / ${round(percentile(drafts, 99))}`,
    'intake.dispatch p50 / p99 ms (target p99 ≤ 15)': `${round(percentile(dispatches, 50))} / ${round(percentile(dispatches, 99))}`,
    ...listMetrics,
  });
}

function dispatchInput(i: number): MethodInput<'intake.dispatch'> {
  return {
    draftId: uuidv7(),
    ticket: completeTicket({ callerPhone: `1391234${String(i).padStart(4, '0')}`, title: `多福巷社区5号楼至今未供暖 ${i}` }),
  };
}
