// npm run bench -- <name>: runs one benchmark (or all), never part of npm test.
import { benchmarks } from './benchmarks';

const requested = process.argv.slice(2).filter((arg) => !arg.startsWith('-'));
const names = requested.length > 0 ? requested : Object.keys(benchmarks);
for (const name of names) {
  const bench = benchmarks[name];
  if (!bench) {
    console.error(`unknown benchmark "${name}"; known: ${Object.keys(benchmarks).join(', ')}`);
    process.exit(2);
  }
  await bench();
}
// Child processes and browsers are closed by each bench; do not let a stray handle keep us alive.
process.exit(0);
