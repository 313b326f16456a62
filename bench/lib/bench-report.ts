import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';

export type Metrics = Record<string, number | string>;

export interface BenchReport {
  name: string;
  node: string;
  cpu: string;
  when: string;
  metrics: Metrics;
  peers: Record<string, Metrics>;
}

/** Prints a readable table and writes bench/out/<name>.json in the brief's shape. */
export function writeBenchReport(name: string, metrics: Metrics, peers: Record<string, Metrics> = {}): BenchReport {
  const report: BenchReport = {
    name,
    node: process.version,
    cpu: `${cpus()[0]?.model ?? 'unknown'} × ${cpus().length}`,
    when: new Date().toISOString(),
    metrics,
    peers,
  };
  console.log(`\n${name} — ${report.cpu}, Node ${report.node}`);
  console.table(metrics);
  for (const [peer, values] of Object.entries(peers)) {
    console.log(`peer: ${peer}`);
    console.table(values);
  }
  const dir = join(import.meta.dirname, '..', 'out');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `${name}.json`), `${JSON.stringify(report, null, 2)}\n`);
  return report;
}
