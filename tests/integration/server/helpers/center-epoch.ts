/** 2026-11-22 10:00 in Beijing: tests start on a known Beijing day. */
export const centerEpoch = Date.UTC(2026, 10, 22, 2, 0, 0);
