import type { AccountRole } from '../../shared/sync/auth-schemas';

/**
 * Which sign-in roles each group of routes serves. Admins manage the
 * system and, like the state machine says, have no say over a citizen's
 * ticket, so they do not sync tickets; unit clerks work through the unit API.
 */
export const routeRoles = {
  /** Anyone signed in. */
  anyone: ['operator', 'callback', 'supervisor', 'admin', 'unit'],
  /** The hall's staff, who read the knowledge base. */
  staff: ['operator', 'callback', 'supervisor', 'admin'],
  /** Seats that hold tickets and sync them. */
  seats: ['operator', 'callback', 'supervisor'],
  units: ['unit'],
  admins: ['admin'],
} as const satisfies Record<string, readonly AccountRole[]>;
