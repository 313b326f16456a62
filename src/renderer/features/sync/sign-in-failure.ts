import { ContractError } from '../../../shared/contract/contract-error';
import { signInRefusalPaths } from '../../../shared/contract/sync/sync-method-schemas';

export type SignInField = 'username' | 'password';

/** What the sign-in form says about a failed sync.signIn, and where. */
export type SignInFailure =
  /** The center (or the cached verifier) said no: under the password. */
  | { kind: 'wrong_credentials' }
  /** No center to ask and nothing cached to check against: the first sign-in on a seat needs the center. */
  | { kind: 'center_needed'; detail: string }
  /** A handling unit's clerk account: right password, wrong place. */
  | { kind: 'unit_account'; detail: string }
  /** This seat has no center URL at all. */
  | { kind: 'not_configured'; detail: string }
  /** The center locked this username for a while after too many wrong passwords. */
  | { kind: 'too_many_attempts'; detail: string }
  /** The core refused a field's value (too long): under that field, in the core's words. */
  | { kind: 'field'; field: SignInField; reason: string }
  /** Anything else (the core itself not answering): shown with the core's message. */
  | { kind: 'other'; detail: string };

/**
 * The core names why it refused in the path of its one issue
 * (signInRefusalPaths), so an operator is never told "wrong password" when
 * the center was down or the account is a unit clerk's, and would retype
 * a right password forever.
 */
export function signInFailure(error: unknown): SignInFailure {
  if (!(error instanceof ContractError)) return { kind: 'other', detail: String(error) };
  const issue = error.issues[0];
  if (error.code === 'unauthorized' && issue) {
    switch (issue.path) {
      case signInRefusalPaths.wrongCredentials:
        return { kind: 'wrong_credentials' };
      case signInRefusalPaths.unitAccount:
        return { kind: 'unit_account', detail: issue.reason };
      case signInRefusalPaths.centerNeeded:
        return { kind: 'center_needed', detail: issue.reason };
      case signInRefusalPaths.notConfigured:
        return { kind: 'not_configured', detail: issue.reason };
      case signInRefusalPaths.tooManyAttempts:
        return { kind: 'too_many_attempts', detail: issue.reason };
    }
  }
  if (error.code === 'invalid_input') {
    const field = error.issues.find((candidate) => candidate.path === 'username' || candidate.path === 'password');
    if (field) return { kind: 'field', field: field.path as SignInField, reason: field.reason };
  }
  return { kind: 'other', detail: error.message };
}
