/**
 * The center's endpoints the seat calls, in one place, so a renamed path
 * is a compile error on both sides rather than a 404 at run time.
 */
export const centerApiVersion = 1;

export const centerApiPaths = {
  health: '/v1/health',
  openapi: '/v1/openapi.json',
  login: '/v1/auth/login',
  refresh: '/v1/auth/refresh',
  logout: '/v1/auth/logout',
  catalog: '/v1/catalog',
  kbChanges: '/v1/kb/changes',
  push: '/v1/sync/push',
  pull: '/v1/sync/pull',
  open: '/v1/sync/open',
  events: '/v1/sync/events',
  tickets: '/v1/tickets',
} as const;
