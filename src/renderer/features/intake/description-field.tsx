import { Textarea } from '@mantine/core';
import { draftTextLimit, ticketTextLimits } from '../../../shared/contract/intake/text-limits';
import { useT } from '../../i18n/use-t';
import { FieldErrorText } from './field-error-text';
import { intakeElementIds } from './intake-element-ids';
import { useDraftField, useFieldError } from './intake-session-context';

/**
 * The call notes. A fixed height, not autosize: measuring a 100 kB text on
 * every keystroke is what would make typing lag. The draft keeps up to
 * draftTextLimit characters; the ticket's own limit is reported when it is
 * finished, so a long paste is never cut.
 */
export function DescriptionField() {
  const t = useT();
  const [description, setDescription] = useDraftField('description');
  const error = useFieldError('description');
  const over = description.length > ticketTextLimits.description;
  return (
    <Textarea
      id={intakeElementIds.description}
      label={t('intake.field.description')}
      placeholder={t('intake.field.description.placeholder')}
      withAsterisk
      value={description}
      onChange={(event) => setDescription(event.currentTarget.value)}
      description={t('intake.field.description.length', { count: description.length })}
      inputWrapperOrder={['label', 'input', 'description', 'error']}
      descriptionProps={{ c: over ? 'red' : undefined }}
      error={error && <FieldErrorText reason={error} />}
      rows={7}
      resize="vertical"
      maxLength={draftTextLimit}
    />
  );
}
