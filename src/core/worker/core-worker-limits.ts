import type { ResourceLimits } from 'node:worker_threads';

/**
 * V8 limits of the core worker. The young generation is capped: left to
 * V8's default (sized from the machine's memory) it grows to its maximum,
 * 120 MB on the development machine, under the allocation churn of
 * knowledge-base searches (every keystroke builds candidates, snippets and
 * highlights that die young) and is never given back. Capped at 12 MB
 * (4 MB semi-spaces; V8 sizes the young generation as three semi-spaces)
 * the same searches add ~100 MB less resident memory and stay within their
 * latency targets.
 * The kb bench runs every engine with the same cap (bench/kb/fresh-process.ts).
 */
export const coreWorkerYoungGenerationMb = 12;

export const coreWorkerResourceLimits: ResourceLimits = {
  maxYoungGenerationSizeMb: coreWorkerYoungGenerationMb,
};
