/**
 * Query key factories: every cache entry is named here, so an event handler
 * and the hook that reads the same data can never disagree on the key.
 */
export const seatKeys = {
  all: ['seat'] as const,
  info: () => [...seatKeys.all, 'info'] as const,
  health: () => [...seatKeys.all, 'health'] as const,
};

export const settingsKeys = {
  all: ['settings'] as const,
  current: () => [...settingsKeys.all, 'current'] as const,
};

export const syncKeys = {
  all: ['sync'] as const,
  status: () => [...syncKeys.all, 'status'] as const,
};
