/**
 * Delays in whole milliseconds, counted in 1 ms buckets up to a minute (the
 * last bucket takes everything longer): millions of (commit, stream) pairs
 * fit in a fixed 240 kB, and percentiles are exact at that resolution.
 */
export class MsHistogram {
  private readonly counts = new Uint32Array(60_001);
  count = 0;
  max = 0;

  add(ms: number): void {
    const bucket = Math.min(this.counts.length - 1, Math.max(0, Math.round(ms)));
    this.counts[bucket]! += 1;
    this.count += 1;
    this.max = Math.max(this.max, ms);
  }

  /** Nearest-rank percentile (p in 0..100), NaN when empty. */
  percentile(p: number): number {
    if (this.count === 0) return Number.NaN;
    const rank = Math.max(1, Math.ceil((p / 100) * this.count));
    let seen = 0;
    for (let ms = 0; ms < this.counts.length; ms += 1) {
      seen += this.counts[ms]!;
      if (seen >= rank) return ms;
    }
    return this.counts.length - 1;
  }
}
