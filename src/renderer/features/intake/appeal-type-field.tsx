import { Input, SegmentedControl } from '@mantine/core';
import { appealTypesInShortcutOrder, shortcutDigitForAppealType } from '../../../shared/tickets/appeal-type';
import { useT } from '../../i18n/use-t';
import { FieldErrorText } from './field-error-text';
import { intakeElementIds } from './intake-element-ids';
import { useDraftField, useFieldError } from './intake-session-context';

/** 诉求类型, each with the Alt+digit that picks it from anywhere in the form. */
export function AppealTypeField() {
  const t = useT();
  const [appealType, setAppealType] = useDraftField('appealType');
  const error = useFieldError('appealType');
  const labelId = `${intakeElementIds.appealType}-label`;
  return (
    <Input.Wrapper
      label={t('intake.field.appealType')}
      labelProps={{ id: labelId }}
      withAsterisk
      error={error && <FieldErrorText reason={error} />}
    >
      <SegmentedControl
        id={intakeElementIds.appealType}
        aria-labelledby={labelId}
        fullWidth
        size="xs"
        value={appealType}
        onChange={setAppealType}
        data={appealTypesInShortcutOrder.map((type) => ({
          value: type,
          label: `${t(`appealType.${type}`)} ${shortcutDigitForAppealType(type)}`,
        }))}
      />
    </Input.Wrapper>
  );
}
