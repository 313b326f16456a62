import { Button, Checkbox, Group, MultiSelect, NativeSelect, SegmentedControl, TextInput } from '@mantine/core';
import { memo } from 'react';
import { appealTypeSchema, type AppealType } from '../../../shared/tickets/appeal-type';
import { ticketStatusSchema, type TicketStatus } from '../../../shared/tickets/ticket-status';
import { useT } from '../../i18n/use-t';
import { useCatalogLookups } from '../catalog/catalog-lookups';
import { CategoryPicker } from '../catalog/category-picker';
import { emptyTicketFilter, type TicketFilterState } from './ticket-filter';

export const ticketSearchInputId = 'tickets-search';

export interface TicketFilterBarProps {
  value: TicketFilterState;
  onChange: (next: TicketFilterState) => void;
}

/**
 * Every filter of the list in one dense row; each change asks tickets.list
 * again from the top. Memoized: the bar renders when a filter changes, not
 * again when the list's answer arrives.
 */
function TicketFilterBarView({ value, onChange }: TicketFilterBarProps) {
  const t = useT();
  const lookups = useCatalogLookups();
  const set = <K extends keyof TicketFilterState>(key: K, next: TicketFilterState[K]) =>
    onChange({ ...value, [key]: next });
  const districts = lookups?.view.catalog.places.filter((place) => place.level === 'district') ?? [];
  return (
    <Group gap="sm" align="flex-end" wrap="wrap" role="search" aria-label={t('tickets.filters')}>
      <TextInput
        id={ticketSearchInputId}
        label={t('tickets.search')}
        placeholder={t('tickets.search.placeholder')}
        value={value.text}
        onChange={(event) => set('text', event.currentTarget.value)}
        maxLength={200}
        w={240}
      />
      <MultiSelect
        label={t('tickets.status')}
        placeholder={value.statuses.length === 0 ? t('tickets.any') : undefined}
        data={ticketStatusSchema.options.map((status) => ({ value: status, label: t(`ticketStatus.${status}`) }))}
        value={value.statuses}
        onChange={(next) => set('statuses', next as TicketStatus[])}
        w={200}
        searchable
        clearable
      />
      <MultiSelect
        label={t('tickets.appealType')}
        placeholder={value.appealTypes.length === 0 ? t('tickets.any') : undefined}
        data={appealTypeSchema.options.map((type) => ({ value: type, label: t(`appealType.${type}`) }))}
        value={value.appealTypes}
        onChange={(next) => set('appealTypes', next as AppealType[])}
        w={180}
        searchable
        clearable
      />
      <div style={{ width: 220 }}>
        <CategoryPicker
          id="tickets-category"
          label={t('tickets.category')}
          placeholder={t('tickets.any')}
          value={value.categoryId}
          onChange={(categoryId) => set('categoryId', categoryId)}
          mode="subtree"
          onClear={() => set('categoryId', '')}
          clearLabel={t('tickets.clearFilters')}
        />
      </div>
      <NativeSelect
        label={t('tickets.district')}
        value={value.districtCode}
        onChange={(event) => set('districtCode', event.currentTarget.value)}
        data={[
          { value: '', label: t('tickets.any') },
          ...districts.map((district) => ({ value: district.code, label: district.name })),
        ]}
        w={120}
      />
      <TextInput
        type="date"
        label={t('tickets.receivedFrom')}
        value={value.receivedFrom}
        onChange={(event) => set('receivedFrom', event.currentTarget.value)}
        w={150}
      />
      <TextInput
        type="date"
        label={t('tickets.receivedTo')}
        value={value.receivedTo}
        onChange={(event) => set('receivedTo', event.currentTarget.value)}
        w={150}
      />
      <SegmentedControl
        aria-label={t('tickets.scope')}
        value={value.scope}
        onChange={(scope) => set('scope', scope as TicketFilterState['scope'])}
        data={[
          { value: 'all', label: t('tickets.scope.all') },
          { value: 'mine', label: t('tickets.scope.mine') },
        ]}
      />
      <Checkbox
        label={t('tickets.overdueOnly')}
        checked={value.overdueOnly}
        onChange={(event) => set('overdueOnly', event.currentTarget.checked)}
        mb={8}
      />
      <Button variant="subtle" size="sm" onClick={() => onChange(emptyTicketFilter)}>
        {t('tickets.clearFilters')}
      </Button>
    </Group>
  );
}

export const TicketFilterBar = memo(TicketFilterBarView);
