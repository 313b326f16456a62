import { Badge, Button, Group, Stack, Text } from '@mantine/core';
import { useRouteSuggestion } from '../../api/use-route-suggestion';
import { requireCommand } from '../../commands/command-registry';
import { KeyCaps } from '../../components/key-caps';
import { Panel } from '../../components/panel';
import { useT } from '../../i18n/use-t';
import { useCatalogLabels } from '../catalog/use-catalog-labels';
import { UnitPicker } from '../catalog/unit-picker';
import { CoUnitsField } from './co-units-field';
import { FieldErrorText } from './field-error-text';
import { intakeElementIds } from './intake-element-ids';
import { useFieldError, useIntakeSelector, useIntakeStore } from './intake-session-context';

/**
 * 派单: the lead unit the routing rules suggest, with the reason they give;
 * the operator may pick another (the draft then keeps that choice), and add
 * co-units (吹哨). Without an override the ticket follows the suggestion.
 */
export function RoutingPanel() {
  const t = useT();
  const store = useIntakeStore();
  const labels = useCatalogLabels();
  const categoryId = useIntakeSelector((current) => current.current().fields.categoryId);
  const districtCode = useIntakeSelector((current) => current.current().fields.districtCode);
  const placeCode = useIntakeSelector(
    (current) => current.current().fields.communityCode || current.current().fields.streetCode || districtCode,
  );
  const override = useIntakeSelector((current) => current.current().fields.leadUnitId);
  const leadError = useFieldError('leadUnitId');
  const { data: suggestion, isFetching } = useRouteSuggestion(categoryId, placeCode);
  const suggestedLead = categoryId && placeCode ? (suggestion?.lead ?? null) : null;
  const keys = requireCommand('intake.focusUnit').keys;

  let status;
  if (override) {
    status = (
      <Group gap="xs">
        <Badge size="sm" color="orange" variant="light" tt="none">
          {t('intake.routing.overridden')}
        </Badge>
        {suggestedLead && (
          <Button size="compact-xs" variant="subtle" onClick={() => store.edit({ leadUnitId: '' })}>
            {t('intake.routing.useSuggestion')}
          </Button>
        )}
      </Group>
    );
  } else if (suggestedLead) {
    status = (
      <Text size="xs" c="dimmed">
        {t('intake.routing.suggested')} · {suggestedLead.reason}
      </Text>
    );
  } else {
    status = (
      <Text size="xs" c="dimmed">
        {categoryId && placeCode && !isFetching ? t('intake.routing.noRule') : t('intake.routing.needsInput')}
      </Text>
    );
  }

  return (
    <Panel title={t('intake.routing.title')} actions={keys && <KeyCaps binding={keys} />}>
      <Stack gap="sm">
        <Stack gap={4}>
          <UnitPicker
            id={intakeElementIds.leadUnit}
            label={t('intake.field.leadUnitId')}
            placeholder={t('intake.routing.unitPlaceholder')}
            value={override || suggestedLead?.unitId || ''}
            onChoose={(unitId) => store.edit({ leadUnitId: unitId === suggestedLead?.unitId ? '' : unitId })}
            suggestedUnitIds={[suggestedLead?.unitId, ...(suggestion?.coUnits.map((unit) => unit.unitId) ?? [])].filter(
              (id): id is string => Boolean(id),
            )}
            districtCode={districtCode}
            error={leadError && <FieldErrorText reason={leadError} />}
          />
          {status}
        </Stack>
        <CoUnitsField suggested={categoryId && placeCode ? (suggestion?.coUnits ?? []) : []} unitName={labels.unit} />
      </Stack>
    </Panel>
  );
}
