const unitMs = { m: 60_000, h: 3_600_000, d: 86_400_000 } as const;

/** "2h" → 7 200 000. The sources say durations the way the standard does; the catalog stores milliseconds. */
export function parseDurationMs(text: string): number {
  const match = /^(\d+)(m|h|d)$/.exec(text);
  if (!match) throw new Error(`not a duration: "${text}" (expected e.g. 30m, 2h, 7d)`);
  return Number(match[1]) * unitMs[match[2] as keyof typeof unitMs];
}
