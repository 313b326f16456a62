import type { Database } from 'better-sqlite3';
import type { FastifyRequest } from 'fastify';
import type { AccountRole, LoginRequest, SessionTokens } from '../../shared/sync/auth-schemas';
import { problemTypes } from '../../shared/sync/problem-types';
import type { Clock } from '../clock';
import { ProblemError } from '../http/problem-error';
import { registerSyncClient } from '../sync/sync-client-store';
import { checkAccessToken, issueAccessToken } from './access-token';
import { findAccount, findAccountById, type AccountRecord } from './account-store';
import { decoyPasswordHash, verifyPassword } from './password-hash';
import type { Principal } from './principal';
import { SignInThrottle } from './sign-in-throttle';
import { createSession, revokeSession, rotateSession, type SessionRecord } from './session-store';

export interface AuthSettings {
  accessTokenTtlMs: number;
  refreshTokenTtlMs: number;
}

const unauthenticated = (detail: string) => new ProblemError(401, problemTypes.unauthenticated, 'Not signed in', detail);

/** Sign-in, refresh, sign-out and the per-request token check. */
export class AuthService {
  constructor(
    private readonly db: Database,
    private readonly tokenKey: Buffer,
    private readonly settings: AuthSettings,
    private readonly clock: Clock,
    private readonly throttle: SignInThrottle = new SignInThrottle(clock),
  ) {}

  login(request: LoginRequest): Promise<SessionTokens> {
    return this.throttle.inTurn(request.username, () => this.checkedLogin(request));
  }

  private async checkedLogin(request: LoginRequest): Promise<SessionTokens> {
    const waitMs = this.throttle.retryAfterMs(request.username);
    if (waitMs > 0) {
      const retryAfterSeconds = Math.ceil(waitMs / 1000);
      throw new ProblemError(
        429,
        problemTypes.tooManySignIns,
        'Too many failed sign-ins',
        `Too many wrong passwords for this username; try again in ${Math.ceil(retryAfterSeconds / 60)} min.`,
        { retryAfterSeconds },
      );
    }
    this.throttle.attempted(request.username);
    const account = findAccount(this.db, request.username);
    // Always pay for one scrypt check, so an unknown username answers as slowly as a wrong password.
    const passwordOk = await verifyPassword(request.password, account?.passwordHash ?? (await decoyPasswordHash()));
    if (!account || !passwordOk || account.disabled) throw unauthenticated('Wrong username or password.');
    this.throttle.succeeded(request.username);
    const now = this.clock();
    const clientId = request.clientId ?? null;
    const created = this.db
      .transaction(() => {
        if (clientId !== null) registerSyncClient(this.db, clientId, request.seatId, now);
        const expiresAt = now + this.settings.refreshTokenTtlMs;
        return createSession(this.db, { accountId: account.id, seatId: request.seatId, clientId, expiresAt }, now);
      })
      .immediate();
    return this.tokensFor(account, created.session, created.refreshToken, now);
  }

  refresh(refreshToken: string): SessionTokens {
    const now = this.clock();
    const rotated = this.db.transaction(() => rotateSession(this.db, refreshToken, now + this.settings.refreshTokenTtlMs, now)).immediate();
    const account = rotated ? findAccountById(this.db, rotated.session.accountId) : null;
    if (!rotated || !account || account.disabled) {
      throw unauthenticated('The refresh token is unknown, already used, expired or revoked; sign in again.');
    }
    return this.tokensFor(account, rotated.session, rotated.refreshToken, now);
  }

  logout(principal: Principal): void {
    revokeSession(this.db, principal.sessionId, this.clock());
  }

  /** The caller of a route open to `roles`, or a 401/403 problem. */
  authenticate(request: FastifyRequest, roles: readonly AccountRole[]): Principal {
    const header = request.headers.authorization;
    const token = header?.match(/^Bearer ([A-Za-z0-9._-]+)$/)?.[1];
    if (!token) throw unauthenticated('Send the access token as "Authorization: Bearer <token>".');
    const check = checkAccessToken(token, this.tokenKey, this.clock());
    if (!check.ok) throw unauthenticated(`Invalid access token: ${check.reason}.`);
    if (!roles.includes(check.principal.role)) {
      throw new ProblemError(
        403,
        problemTypes.forbidden,
        'Role not allowed',
        `This endpoint is for ${roles.join(', ')}; you are signed in as ${check.principal.role}.`,
      );
    }
    return check.principal;
  }

  private tokensFor(account: AccountRecord, session: SessionRecord, refreshToken: string, now: number): SessionTokens {
    const principal: Principal = {
      accountId: account.id,
      username: account.username,
      role: account.role,
      unitId: account.unitId,
      seatId: session.seatId,
      clientId: session.clientId,
      sessionId: session.id,
      expiresAt: now + this.settings.accessTokenTtlMs,
    };
    return {
      accessToken: issueAccessToken(principal, this.tokenKey),
      accessTokenExpiresAt: principal.expiresAt,
      refreshToken,
      refreshTokenExpiresAt: session.expiresAt,
      account: { username: account.username, displayName: account.displayName, role: account.role, unitId: account.unitId },
      seatId: session.seatId,
      clientId: session.clientId,
    };
  }
}
