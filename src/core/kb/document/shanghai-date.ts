/**
 * Policy dates are calendar dates in Beijing. They are stored as the epoch
 * ms of 00:00 in Asia/Shanghai (UTC+8 all year, no daylight saving), so an
 * "effective from 2024-01-01" is already in force at midnight local time.
 */
const shanghaiOffsetMs = 8 * 60 * 60 * 1000;

export function shanghaiDateToEpochMs(year: number, month: number, day: number): number {
  return Date.UTC(year, month - 1, day) - shanghaiOffsetMs;
}

/** Parses `YYYY-MM-DD` (also `YYYY/MM/DD` and `YYYY.MM.DD`); null when it is not a real date. */
export function parseShanghaiDate(text: string): number | null {
  const match = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(text.trim());
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCFullYear() !== year || probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) return null;
  return shanghaiDateToEpochMs(year, month, day);
}

/** A JS Date from a YAML 1.1 timestamp is taken by its UTC calendar date. */
export function dateObjectToShanghaiEpochMs(date: Date): number | null {
  if (Number.isNaN(date.getTime())) return null;
  return shanghaiDateToEpochMs(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

export function formatShanghaiDate(epochMs: number): string {
  return new Date(epochMs + shanghaiOffsetMs).toISOString().slice(0, 10);
}
