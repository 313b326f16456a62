import type { KbSearchInput } from '../../shared/contract/kb/kb-search-schemas';

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
  /** Refetched when the status's rejection count changes (see write-sync-status). */
  rejections: () => [...syncKeys.all, 'rejections'] as const,
};

export const kbKeys = {
  all: ['kb'] as const,
  search: (input: KbSearchInput) => [...kbKeys.all, 'search', input] as const,
  document: (id: string, query: string) => [...kbKeys.all, 'document', id, query] as const,
  status: () => [...kbKeys.all, 'status'] as const,
  zeroResults: (limit: number) => [...kbKeys.all, 'zeroResults', limit] as const,
};

export const catalogKeys = {
  all: ['catalog'] as const,
  view: () => [...catalogKeys.all, 'view'] as const,
  usage: () => [...catalogKeys.all, 'usage'] as const,
};

/** Everything derived from tickets: lists, details, caller history, similar tickets; tickets.changed refetches it all. */
export const ticketKeys = {
  all: ['tickets'] as const,
  lists: () => [...ticketKeys.all, 'list'] as const,
  list: (filter: object) => [...ticketKeys.lists(), filter] as const,
  detail: (id: string) => [...ticketKeys.all, 'detail', id] as const,
  callerHistory: (phone: string) => [...ticketKeys.all, 'caller-history', phone] as const,
  similar: (input: object) => [...ticketKeys.all, 'similar', input] as const,
};

export const routingKeys = {
  all: ['routing'] as const,
  suggestion: (categoryId: string, placeCode: string) => [...routingKeys.all, categoryId, placeCode] as const,
};
