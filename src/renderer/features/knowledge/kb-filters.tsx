import { Group, NativeSelect } from '@mantine/core';
import { memo } from 'react';
import type { KbSearchResponse } from '../../../shared/contract/kb/kb-search-schemas';
import type { KbStatusValue } from '../../../shared/contract/kb/kb-value-schemas';
import type { PlainMessageKey } from '../../../shared/i18n/message-key';
import { useT } from '../../i18n/use-t';

export interface KbFilterValues {
  status: KbStatusValue | '';
  district: string;
  category: string;
}

export const noKbFilters: KbFilterValues = { status: '', district: '', category: '' };

const statusLabels: Record<KbStatusValue, PlainMessageKey> = {
  current: 'kb.status.current',
  expired: 'kb.status.expired',
  abolished: 'kb.status.abolished',
};

/**
 * Status, district and category, each option with its count among the
 * matches. A chosen value stays listed even when the query no longer
 * matches any of it, so the operator can see and undo it.
 */
function KbFiltersView({
  facets,
  values,
  onChange,
}: {
  facets: KbSearchResponse['facets'] | undefined;
  values: KbFilterValues;
  onChange: (values: KbFilterValues) => void;
}) {
  const t = useT();
  const options = (counts: readonly { value: string; count: number }[], chosen: string, label: (value: string) => string) => {
    const listed = counts.some((facet) => facet.value === chosen) || chosen === '' ? counts : [...counts, { value: chosen, count: 0 }];
    return [
      { value: '', label: t('kb.filter.any') },
      ...listed.map((facet) => ({ value: facet.value, label: t('kb.filter.option', { value: label(facet.value), count: facet.count }) })),
    ];
  };
  const statusLabel = (value: string) => (value in statusLabels ? t(statusLabels[value as KbStatusValue]) : value);
  return (
    <Group gap="xs" grow>
      <NativeSelect
        size="xs"
        label={t('kb.filter.status')}
        value={values.status}
        data={options(facets?.status ?? [], values.status, statusLabel)}
        onChange={(event) => onChange({ ...values, status: event.currentTarget.value as KbFilterValues['status'] })}
      />
      <NativeSelect
        size="xs"
        label={t('kb.filter.district')}
        value={values.district}
        data={options(facets?.district ?? [], values.district, (value) => value)}
        onChange={(event) => onChange({ ...values, district: event.currentTarget.value })}
      />
      <NativeSelect
        size="xs"
        label={t('kb.filter.category')}
        value={values.category}
        data={options(facets?.category ?? [], values.category, (value) => value)}
        onChange={(event) => onChange({ ...values, category: event.currentTarget.value })}
      />
    </Group>
  );
}

/** Rendered again only when the counts or the choices changed: type-ahead often keeps the same facets. */
export const KbFilters = memo(
  KbFiltersView,
  (before, after) =>
    before.values === after.values && before.onChange === after.onChange && JSON.stringify(before.facets) === JSON.stringify(after.facets),
);
