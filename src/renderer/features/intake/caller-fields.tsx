import { Checkbox, Group, NativeSelect, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useMemo } from 'react';
import { draftTextLimit } from '../../../shared/contract/intake/text-limits';
import { normalizePhone } from '../../../shared/phone/normalize-phone';
import { useT } from '../../i18n/use-t';
import { ChannelField } from './channel-field';
import { FieldErrorText } from './field-error-text';
import { intakeElementIds } from './intake-element-ids';
import { useDraftField, useFieldError, useIntakeSelector } from './intake-session-context';
import { PhoneStatus } from './phone-status';

const genders = ['unspecified', 'female', 'male'] as const;

/** How the request came in, who made it, and whether (and where) they may be called back. */
export function CallerFields() {
  const t = useT();
  const [callerPhone, setCallerPhone] = useDraftField('callerPhone');
  const [callerName, setCallerName] = useDraftField('callerName');
  const [callerGender, setCallerGender] = useDraftField('callerGender');
  const [anonymous, setAnonymous] = useDraftField('anonymous');
  const [callbackConsent, setCallbackConsent] = useDraftField('callbackConsent');
  const [callbackPhone, setCallbackPhone] = useDraftField('callbackPhone');
  const phoneError = useFieldError('callerPhone');
  const nameError = useFieldError('callerName');
  const callbackError = useFieldError('callbackPhone');
  const openedByCall = useIntakeSelector((store) => store.current().callId !== null);
  // An empty number on a typed intake is not news; on a call it means the number was withheld.
  const phone = useMemo(
    () => (callerPhone.trim() || openedByCall ? normalizePhone(callerPhone) : null),
    [callerPhone, openedByCall],
  );
  const callback = useMemo(() => (callbackPhone.trim() ? normalizePhone(callbackPhone) : null), [callbackPhone]);
  return (
    <Stack gap="xs">
      <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm" verticalSpacing="xs">
        <ChannelField />
        <TextInput
          id={intakeElementIds.callerPhone}
          label={t('intake.field.callerPhone')}
          value={callerPhone}
          onChange={(event) => setCallerPhone(event.currentTarget.value)}
          description={phone && <PhoneStatus phone={phone} />}
          inputWrapperOrder={['label', 'input', 'description', 'error']}
          error={phoneError && <FieldErrorText reason={phoneError} />}
          maxLength={draftTextLimit}
          inputMode="tel"
          autoComplete="off"
        />
        <TextInput
          id={intakeElementIds.callerName}
          label={t('intake.field.callerName')}
          value={callerName}
          onChange={(event) => setCallerName(event.currentTarget.value)}
          error={nameError && <FieldErrorText reason={nameError} />}
          maxLength={draftTextLimit}
          autoComplete="off"
        />
        <NativeSelect
          label={t('intake.field.callerGender')}
          value={callerGender}
          onChange={(event) => setCallerGender(event.currentTarget.value)}
          data={genders.map((value) => ({ value, label: t(`gender.${value}`) }))}
        />
      </SimpleGrid>
      <Group gap="lg" align="flex-start" wrap="nowrap">
        <Checkbox
          mt={28}
          label={t('intake.field.anonymous')}
          checked={anonymous}
          onChange={(event) => setAnonymous(event.currentTarget.checked)}
        />
        <Checkbox
          mt={28}
          label={t('intake.field.callbackConsent')}
          checked={callbackConsent}
          onChange={(event) => setCallbackConsent(event.currentTarget.checked)}
        />
        <TextInput
          id={intakeElementIds.callbackPhone}
          style={{ flex: 1 }}
          label={t('intake.field.callbackPhone')}
          placeholder={t('intake.field.callbackPhone.placeholder')}
          disabled={!callbackConsent}
          value={callbackPhone}
          onChange={(event) => setCallbackPhone(event.currentTarget.value)}
          description={callback && <PhoneStatus phone={callback} />}
          inputWrapperOrder={['label', 'input', 'description', 'error']}
          error={callbackError && <FieldErrorText reason={callbackError} />}
          maxLength={draftTextLimit}
          inputMode="tel"
          autoComplete="off"
        />
      </Group>
    </Stack>
  );
}
