import { ContractError } from '../../shared/contract/contract-error';
import { signInRefusalPaths } from '../../shared/contract/sync/sync-method-schemas';
import type { SyncAccount } from '../../shared/contract/sync/sync-status-schema';
import type { SessionTokens } from '../../shared/sync/auth-schemas';
import { problemTypes } from '../../shared/sync/problem-types';
import type { SeatIdentity } from '../seat/seat-identity';
import type { CenterClient } from './center-client';
import { CenterProblemError } from './center-errors';
import { checkPasswordVerifier, makePasswordVerifier } from './password-verifier';
import type { createSignInCache } from './sign-in-cache';

/** Refresh this long before the access token expires, so a push never starts with a token about to lapse. */
const refreshMarginMs = 60_000;

/** The session cannot be renewed without the operator: their refresh token expired or was revoked. */
export class SessionExpiredError extends Error {
  constructor(detail: string) {
    super(`the sign-in session ended (${detail}); sign in again — local work keeps queueing meanwhile`);
    this.name = 'SessionExpiredError';
  }
}

export interface CenterSessionOptions {
  client: CenterClient;
  cache: ReturnType<typeof createSignInCache>;
  identity: SeatIdentity;
  seatId: string;
  now: () => number;
}

export const refuseSignIn = (path: (typeof signInRefusalPaths)[keyof typeof signInRefusalPaths], reason: string) =>
  new ContractError({ code: 'unauthorized', method: 'sync.signIn', message: `sync.signIn: ${reason}`, issues: [{ path, reason }] });

/**
 * The operator's session with the center. Tokens live only in this memory
 * (the seat core), never in the renderer. After an offline sign-in the
 * password stays in memory too, and only until the center answers: it is
 * what turns the offline session into a real one without asking again.
 */
export class CenterSession {
  account: SyncAccount | null = null;
  signedInOffline = false;
  private tokens: SessionTokens | null = null;
  private pendingPassword: string | null = null;
  private refreshing: Promise<string> | null = null;

  constructor(private readonly options: CenterSessionOptions) {}

  get signedIn(): boolean {
    return this.account !== null;
  }

  /** Online first; when the center cannot be reached, the cached verifier of an earlier online sign-in. */
  async signIn(username: string, password: string, isUnreachable: (error: unknown) => boolean): Promise<void> {
    try {
      await this.signInOnline(username, password);
    } catch (error) {
      if (error instanceof CenterProblemError && error.status === 401) throw refuseSignIn(signInRefusalPaths.wrongCredentials, 'wrong username or password');
      // Not "unreachable": the center answered, and an offline sign-in would sidestep its lock.
      if (error instanceof CenterProblemError && error.problem?.type === problemTypes.tooManySignIns) {
        throw refuseSignIn(signInRefusalPaths.tooManyAttempts, error.problem.detail);
      }
      if (!isUnreachable(error)) throw error;
      const cached = this.options.cache.find(username);
      if (!cached) throw refuseSignIn(signInRefusalPaths.centerNeeded, 'the center cannot be reached, and this operator has never signed in online on this seat: the first sign-in needs the center');
      if (!(await checkPasswordVerifier(password, cached.verifier))) throw refuseSignIn(signInRefusalPaths.wrongCredentials, 'wrong username or password');
      this.account = cached.account;
      this.signedInOffline = true;
      this.pendingPassword = password;
      this.tokens = null;
    }
  }

  signOut(): void {
    this.account = null;
    this.tokens = null;
    this.pendingPassword = null;
    this.signedInOffline = false;
  }

  /** A valid access token: refreshed near expiry, or obtained with the password kept from an offline sign-in. */
  accessToken(): Promise<string> {
    this.refreshing ??= this.freshToken().finally(() => {
      this.refreshing = null;
    });
    return this.refreshing;
  }

  /** The center said 401 to a token it issued: it was revoked or the center restarted with new keys. */
  invalidateAccessToken(): void {
    if (this.tokens) this.tokens = { ...this.tokens, accessTokenExpiresAt: 0 };
  }

  private async freshToken(): Promise<string> {
    const now = this.options.now();
    if (this.tokens && this.tokens.accessTokenExpiresAt - refreshMarginMs > now) return this.tokens.accessToken;
    if (this.pendingPassword !== null && this.account) {
      try {
        await this.signInOnline(this.account.username, this.pendingPassword);
      } catch (error) {
        if (error instanceof CenterProblemError && error.status === 401) {
          this.pendingPassword = null;
          throw new SessionExpiredError('the center no longer accepts the password used offline');
        }
        throw error;
      }
      return (this.tokens as SessionTokens | null)?.accessToken ?? '';
    }
    if (!this.tokens) throw new SessionExpiredError('not signed in with the center');
    try {
      this.tokens = await this.options.client.refresh(this.tokens.refreshToken);
      return this.tokens.accessToken;
    } catch (error) {
      if (error instanceof CenterProblemError && (error.status === 401 || error.status === 403)) {
        this.tokens = null;
        throw new SessionExpiredError(error.problem?.detail ?? `the center answered ${error.status}`);
      }
      throw error;
    }
  }

  private async signInOnline(username: string, password: string): Promise<void> {
    const tokens = await this.options.client.login({
      username,
      password,
      seatId: this.options.seatId,
      clientId: this.options.identity.clientId,
    });
    if (tokens.account.role === 'unit') throw refuseSignIn(signInRefusalPaths.unitAccount, 'a unit account signs in to the unit portal, not at a seat');
    const account: SyncAccount = { username: tokens.account.username, displayName: tokens.account.displayName, role: tokens.account.role };
    this.tokens = tokens;
    this.account = account;
    this.signedInOffline = false;
    this.pendingPassword = null;
    this.options.cache.remember(account, await makePasswordVerifier(password), this.options.now());
  }
}
