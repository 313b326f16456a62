import { Input, SegmentedControl } from '@mantine/core';
import { urgencySchema } from '../../../shared/catalog/urgency';
import { useT } from '../../i18n/use-t';
import { FieldErrorText } from './field-error-text';
import { intakeElementIds } from './intake-element-ids';
import { useDraftField, useFieldError } from './intake-session-context';

const urgencyColor = { normal: 'gray', urgent: 'orange', emergency: 'red' } as const;

/** Starts at the category's default; the deadlines it implies show in the side panel as it changes. */
export function UrgencyField() {
  const t = useT();
  const [urgency, setUrgency] = useDraftField('urgency');
  const error = useFieldError('urgency');
  const labelId = `${intakeElementIds.urgency}-label`;
  const color = urgencySchema.safeParse(urgency).success ? urgencyColor[urgency as keyof typeof urgencyColor] : undefined;
  return (
    <Input.Wrapper
      label={t('intake.field.urgency')}
      labelProps={{ id: labelId }}
      withAsterisk
      error={error && <FieldErrorText reason={error} />}
    >
      <SegmentedControl
        id={intakeElementIds.urgency}
        aria-labelledby={labelId}
        size="xs"
        color={color}
        value={urgency}
        onChange={setUrgency}
        data={urgencySchema.options.map((value) => ({ value, label: t(`urgency.${value}`) }))}
      />
    </Input.Wrapper>
  );
}
