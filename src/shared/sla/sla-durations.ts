/** Milliseconds per unit: the SLA table is written in these, so a typo like 7 * 24 * 60 * 1000 stands out. */
export const MINUTE_MS = 60_000;
export const HOUR_MS = 60 * MINUTE_MS;
export const DAY_MS = 24 * HOUR_MS;
