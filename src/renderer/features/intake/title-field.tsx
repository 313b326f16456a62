import { TextInput } from '@mantine/core';
import { draftTextLimit } from '../../../shared/contract/intake/text-limits';
import { useT } from '../../i18n/use-t';
import { FieldErrorText } from './field-error-text';
import { intakeElementIds } from './intake-element-ids';
import { useDraftField, useFieldError } from './intake-session-context';

export function TitleField() {
  const t = useT();
  const [title, setTitle] = useDraftField('title');
  const error = useFieldError('title');
  return (
    <TextInput
      id={intakeElementIds.title}
      label={t('intake.field.title')}
      placeholder={t('intake.field.title.placeholder')}
      withAsterisk
      value={title}
      onChange={(event) => setTitle(event.currentTarget.value)}
      error={error && <FieldErrorText reason={error} />}
      maxLength={draftTextLimit}
      autoComplete="off"
    />
  );
}
