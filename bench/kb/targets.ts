/**
 * Issue 4's numbers ("Numbers (`npm run bench -- kb`)"), each checked
 * against one measured value. The verdict goes into the report as text so
 * the JSON says plainly what was met on the machine that ran it.
 */
export interface Target {
  label: string;
  limit: number;
  unit: string;
  measured: number;
}

export function targetVerdicts(targets: readonly Target[]): Record<string, string> {
  return Object.fromEntries(
    targets.map((target) => [
      `target: ${target.label} ≤ ${target.limit} ${target.unit}`,
      `${target.measured <= target.limit ? 'met' : 'NOT met'} (${target.measured} ${target.unit})`,
    ]),
  );
}
