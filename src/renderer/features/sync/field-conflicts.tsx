import { List } from '@mantine/core';
import type { FieldConflict } from '../../../shared/sync/mutation-receipt-schema';
import type { RiskyTicketField } from '../../../shared/sync/ticket-content-schema';
import type { PlainMessageKey } from '../../../shared/i18n/message-key';
import { urgencySchema } from '../../../shared/catalog/urgency';
import { useCatalogLabels, type CatalogLabels } from '../catalog/use-catalog-labels';
import { useT, type Translator } from '../../i18n/use-t';

const fieldLabel: Readonly<Record<RiskyTicketField, PlainMessageKey>> = {
  urgency: 'sync.field.urgency',
  categoryId: 'sync.field.categoryId',
  districtCode: 'sync.field.districtCode',
  streetCode: 'sync.field.streetCode',
  communityCode: 'sync.field.communityCode',
};

/** The center's value as the operator knows it: a category's path, a place's name, an urgency's word. */
function valueText(conflict: FieldConflict, t: Translator, labels: CatalogLabels): string {
  const value = conflict.currentValue;
  if (value === null || value === undefined || value === '') return t('sync.rejections.emptyValue');
  if (typeof value !== 'string') return JSON.stringify(value);
  if (conflict.field === 'urgency') {
    const urgency = urgencySchema.safeParse(value);
    return urgency.success ? t(`urgency.${urgency.data}`) : value;
  }
  if (conflict.field === 'categoryId') return labels.category(value);
  return labels.place(value);
}

/** Each risky field someone else changed first, with what the center holds now. */
export function FieldConflicts({ conflicts }: { conflicts: readonly FieldConflict[] }) {
  const t = useT();
  const labels = useCatalogLabels();
  return (
    <List size="sm" spacing={2}>
      {conflicts.map((conflict) => (
        <List.Item key={conflict.field}>
          {t('sync.rejections.conflictValue', { field: t(fieldLabel[conflict.field]), value: valueText(conflict, t, labels) })}
        </List.Item>
      ))}
    </List>
  );
}
