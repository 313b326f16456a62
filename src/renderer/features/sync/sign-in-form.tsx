import { Button, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useT } from '../../i18n/use-t';
import type { PlainMessageKey } from '../../../shared/i18n/message-key';
import { signInFailure, type SignInFailure, type SignInField } from './sign-in-failure';
import { useSignIn } from './use-sign-in';

const passwordInputId = 'sync-sign-in-password';

/** Failures about the sign-in as a whole rather than one field, said below both fields. */
const formFailureMessage: Record<Extract<SignInFailure, { detail: string }>['kind'], PlainMessageKey> = {
  center_needed: 'sync.signIn.centerNeeded',
  unit_account: 'sync.signIn.unitAccount',
  not_configured: 'sync.signIn.notConfigured',
  too_many_attempts: 'sync.signIn.tooManyAttempts',
  other: 'sync.signIn.failed',
};

/**
 * Username, password, Enter. Each failure is said under the field it is
 * about; after a wrong password the password is selected, so the operator
 * just types it again without reaching for the mouse.
 *
 * `signedInAs` is the account the sync status names. sync.signIn answers
 * after the first exchange with the center, which on an empty seat pulls
 * up to 100,000 tickets; the status names the new account as soon as the
 * password is accepted, and the form is done then: the status bar shows
 * the first pull's progress while the operator already works.
 */
export function SignInForm({ onSignedIn, signedInAs }: { onSignedIn: () => void; signedInAs: string | null }) {
  const t = useT();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [missing, setMissing] = useState<ReadonlySet<SignInField>>(new Set());
  const passwordRef = useRef<HTMLInputElement>(null);
  const signIn = useSignIn();
  // The account named when the pending sign-in was sent; undefined while none is pending.
  const accountAtSubmit = useRef<string | null | undefined>(undefined);
  useEffect(() => {
    if (!signIn.isPending) accountAtSubmit.current = undefined;
    else if (accountAtSubmit.current !== undefined && signedInAs !== null && signedInAs !== accountAtSubmit.current) onSignedIn();
  }, [signIn.isPending, signedInAs, onSignedIn]);
  const failure = signIn.error ? signInFailure(signIn.error) : null;
  const passwordError = fieldError('password');

  function fieldError(field: SignInField): string | undefined {
    if (missing.has(field)) return t('sync.signIn.required');
    if (failure?.kind === 'field' && failure.field === field) return failure.reason;
    if (field === 'password' && failure?.kind === 'wrong_credentials') return t('sync.signIn.wrongPassword');
    return undefined;
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    if (signIn.isPending) return;
    // Checked here, in the operator's language, rather than sent to come back as an English issue.
    const empty = new Set<SignInField>();
    if (username.trim() === '') empty.add('username');
    if (password === '') empty.add('password');
    setMissing(empty);
    if (empty.size > 0) return;
    accountAtSubmit.current = signedInAs;
    signIn.mutate(
      { username: username.trim(), password },
      {
        onSuccess: onSignedIn,
        onError: (error) => {
          if (signInFailure(error).kind === 'wrong_credentials') passwordRef.current?.select();
        },
      },
    );
  }

  // An edit makes the last answer stale.
  function edited(setValue: (value: string) => void, field: SignInField) {
    return (event: React.ChangeEvent<HTMLInputElement>) => {
      setValue(event.currentTarget.value);
      if (missing.has(field)) setMissing(new Set([...missing].filter((other) => other !== field)));
      signIn.reset();
    };
  }

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <TextInput
          label={t('sync.signIn.username')}
          value={username}
          onChange={edited(setUsername, 'username')}
          error={fieldError('username')}
          autoComplete="username"
          spellCheck={false}
          data-autofocus
        />
        <PasswordInput
          ref={passwordRef}
          id={passwordInputId}
          label={t('sync.signIn.password')}
          value={password}
          onChange={edited(setPassword, 'password')}
          error={passwordError}
          // Mantine ties a PasswordInput's error to the input for sight only; a screen reader needs these.
          aria-invalid={passwordError !== undefined}
          aria-describedby={passwordError !== undefined ? `${passwordInputId}-error` : undefined}
          autoComplete="current-password"
        />
        {failure && 'detail' in failure && (
          <Stack gap={2} role="alert">
            <Text size="sm" c="red">
              {t(formFailureMessage[failure.kind])}
            </Text>
            {/* The core's English sentence, for whoever the operator calls for help. */}
            <Text size="xs" c="dimmed">
              {failure.detail}
            </Text>
          </Stack>
        )}
        <Button type="submit" loading={signIn.isPending}>
          {t('sync.signIn.submit')}
        </Button>
      </Stack>
    </form>
  );
}
