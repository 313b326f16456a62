import { NativeSelect } from '@mantine/core';
import { channelSchema } from '../../../shared/tickets/channel';
import { useT } from '../../i18n/use-t';
import { FieldErrorText } from './field-error-text';
import { intakeElementIds } from './intake-element-ids';
import { useDraftField, useFieldError } from './intake-session-context';

export function ChannelField() {
  const t = useT();
  const [channel, setChannel] = useDraftField('channel');
  const error = useFieldError('channel');
  return (
    <NativeSelect
      id={intakeElementIds.channel}
      label={t('intake.field.channel')}
      withAsterisk
      value={channel}
      onChange={(event) => setChannel(event.currentTarget.value)}
      data={channelSchema.options.map((value) => ({ value, label: t(`channel.${value}`) }))}
      error={error && <FieldErrorText reason={error} />}
    />
  );
}
