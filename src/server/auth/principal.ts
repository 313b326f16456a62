import type { AccountRole } from '../../shared/sync/auth-schemas';

/** Who is calling, as the access token says: checked once per request, then trusted by the handlers. */
export interface Principal {
  accountId: number;
  username: string;
  role: AccountRole;
  /** The unit a `unit` account acts for; null otherwise. */
  unitId: string | null;
  seatId: string;
  /** The seat database's sync identity, when the sign-in named one. */
  clientId: string | null;
  sessionId: string;
  expiresAt: number;
}
