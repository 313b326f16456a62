// npm run -s sim -- --seeds N [--from S] [--actions A] [--json]: runs N seeded simulations and totals them.
import { parseArgs } from 'node:util';
import { runSimulation, type SimulationResult } from './run-simulation';

const { values } = parseArgs({
  options: {
    seeds: { type: 'string', default: '5' },
    from: { type: 'string', default: '1' },
    actions: { type: 'string', default: '40' },
    json: { type: 'boolean', default: false },
  },
});
const seeds = Number(values.seeds);
const from = Number(values.from);
const actions = Number(values.actions);
for (const [name, value] of [['--seeds', seeds], ['--from', from], ['--actions', actions]] as const) {
  if (!Number.isInteger(value) || value < 1) {
    console.error(`${name} must be a whole number of at least 1, got "${String(value)}"`);
    process.exit(2);
  }
}

const results: SimulationResult[] = [];
for (let seed = from; seed < from + seeds; seed += 1) {
  const result = await runSimulation({ seed, actions });
  results.push(result);
  const verdict = result.violations.length === 0 ? 'ok' : `${result.violations.length} VIOLATIONS`;
  const line = `seed ${seed}: ${result.mutations} mutations, ${result.faults} faults, ${result.kills} kills, ${result.centerRestarts} center restarts — ${verdict}`;
  console.error(line);
  for (const violation of result.violations) console.error(`  (${violation.invariant}) ${violation.detail}`);
}
const sum = (pick: (result: SimulationResult) => number) => results.reduce((total, result) => total + pick(result), 0);
const totals = {
  seeds,
  mutations: sum((r) => r.mutations),
  faults: sum((r) => r.faults),
  kills: sum((r) => r.kills),
  lost: sum((r) => r.lost),
  duplicated: sum((r) => r.duplicated),
  violations: results.flatMap((r) => r.violations.map((v) => ({ seed: r.seed, ...v }))),
};
if (values.json) console.log(JSON.stringify(totals));
else console.log(`${seeds} seeds: ${totals.mutations} mutations, ${totals.faults} faults, ${totals.kills} kills, lost ${totals.lost}, duplicated ${totals.duplicated}, ${totals.violations.length} violations`);
process.exit(totals.violations.length === 0 ? 0 : 1);
