import { Button, Group, Pill, Stack, Text } from '@mantine/core';
import { useT } from '../../i18n/use-t';
import { UnitPicker } from '../catalog/unit-picker';
import { FieldErrorText } from './field-error-text';
import { useFieldError, useIntakeSelector, useIntakeStore } from './intake-session-context';

export interface CoUnitsFieldProps {
  /** Co-units the routing rules offer (the competent bureau of an `authority` rule), with their reason. */
  suggested: readonly { unitId: string; reason: string }[];
  unitName: (unitId: string) => string;
}

/** 吹哨: units that handle the ticket beside the lead, each signing for its own part. */
export function CoUnitsField({ suggested, unitName }: CoUnitsFieldProps) {
  const t = useT();
  const store = useIntakeStore();
  const coUnitIds = useIntakeSelector((current) => current.current().fields.coUnitIds);
  const districtCode = useIntakeSelector((current) => current.current().fields.districtCode);
  const error = useFieldError('coUnitIds');
  const add = (unitId: string) => {
    const current = store.current().fields.coUnitIds;
    if (!current.includes(unitId)) store.edit({ coUnitIds: [...current, unitId] });
  };
  const remove = (unitId: string) =>
    store.edit({ coUnitIds: store.current().fields.coUnitIds.filter((id) => id !== unitId) });
  const offered = suggested.filter((unit) => !coUnitIds.includes(unit.unitId));
  return (
    <Stack gap={6}>
      {coUnitIds.length > 0 && (
        <Group gap={6}>
          {coUnitIds.map((unitId) => (
            <Pill
              key={unitId}
              size="md"
              withRemoveButton
              onRemove={() => remove(unitId)}
              removeButtonProps={{ 'aria-label': t('intake.routing.removeCoUnit', { name: unitName(unitId) }) }}
            >
              {unitName(unitId)}
            </Pill>
          ))}
        </Group>
      )}
      {offered.map((unit) => (
        <Group key={unit.unitId} gap="xs" wrap="nowrap">
          <Button size="compact-xs" variant="light" onClick={() => add(unit.unitId)}>
            {t('intake.routing.suggestedCoUnit', { name: unitName(unit.unitId) })}
          </Button>
          <Text size="xs" c="dimmed" lineClamp={1}>
            {unit.reason}
          </Text>
        </Group>
      ))}
      <UnitPicker
        id="intake-co-unit"
        label={t('intake.field.coUnitIds')}
        placeholder={t('intake.routing.addCoUnit')}
        value=""
        onChoose={add}
        suggestedUnitIds={offered.map((unit) => unit.unitId)}
        districtCode={districtCode}
        error={error && <FieldErrorText reason={error} />}
      />
    </Stack>
  );
}
