import { describe, expect, it } from 'vitest';
import { ContractError, type ContractErrorCode } from '../../../../src/shared/contract/contract-error';
import { signInRefusalPaths } from '../../../../src/shared/contract/sync/sync-method-schemas';
import { refuseSignIn } from '../../../../src/core/sync/center-session';
import { signInFailure } from '../../../../src/renderer/features/sync/sign-in-failure';

const failed = (code: ContractErrorCode, message: string, issues: ContractError['issues'] = []) =>
  new ContractError({ code, method: 'sync.signIn', message, issues });

describe('signInFailure', () => {
  it('reads each refusal of the core by its issue path, not by its wording', () => {
    expect(signInFailure(refuseSignIn(signInRefusalPaths.wrongCredentials, 'wrong username or password'))).toEqual({ kind: 'wrong_credentials' });
    expect(signInFailure(refuseSignIn(signInRefusalPaths.centerNeeded, 'needs the center'))).toEqual({ kind: 'center_needed', detail: 'needs the center' });
    expect(signInFailure(refuseSignIn(signInRefusalPaths.unitAccount, 'unit portal'))).toEqual({ kind: 'unit_account', detail: 'unit portal' });
    expect(signInFailure(refuseSignIn(signInRefusalPaths.notConfigured, 'no center'))).toEqual({ kind: 'not_configured', detail: 'no center' });
    expect(signInFailure(refuseSignIn(signInRefusalPaths.tooManyAttempts, 'try again in 15 min'))).toEqual({ kind: 'too_many_attempts', detail: 'try again in 15 min' });
  });

  it('puts a field issue under its field, and anything else with the core’s words', () => {
    expect(
      signInFailure(failed('invalid_input', 'sync.signIn: username: too long', [{ path: 'username', reason: 'too long' }])),
    ).toEqual({ kind: 'field', field: 'username', reason: 'too long' });
    expect(signInFailure(failed('transport_failed', 'sync.signIn: the seat host did not answer (fetch failed)'))).toEqual({
      kind: 'other',
      detail: 'sync.signIn: the seat host did not answer (fetch failed)',
    });
    expect(signInFailure(new Error('boom'))).toEqual({ kind: 'other', detail: 'Error: boom' });
  });
});
