import type { ReactNode } from 'react';
import { useT } from '../../i18n/use-t';
import { useCatalogLookups } from './catalog-lookups';
import { searchPickerEntries } from './picker-entry';
import { SearchPicker, type PickerGroup, type PickerOption } from './search-picker';

export interface UnitPickerProps {
  id: string;
  label: string;
  /** The unit shown in the field (empty: none). */
  value: string;
  onChoose: (unitId: string) => void;
  /** Offered first with nothing typed: the routing suggestion, then the units of the caller's district. */
  suggestedUnitIds: readonly string[];
  districtCode: string;
  placeholder?: string;
  error?: ReactNode;
}

const resultLimit = 50;

/** Any of the ~400 units, by name, short name, keyword or pinyin. */
export function UnitPicker(props: UnitPickerProps) {
  const t = useT();
  const lookups = useCatalogLookups();

  function groups(query: string): PickerGroup[] {
    if (!lookups) return [];
    const toOption = (unitId: string): PickerOption[] => {
      const unit = lookups.index.unitById.get(unitId);
      if (!unit) return [];
      return [{ value: unit.id, label: unit.shortName, detail: unit.name === unit.shortName ? undefined : unit.name }];
    };
    if (query.trim() !== '') {
      const found = searchPickerEntries(lookups.units, query, {
        limit: resultLimit,
        boost: (entry) => (lookups.index.unitById.get(entry.id)?.districtCode === props.districtCode ? 10 : 0),
      });
      return [{ label: t('picker.results'), options: found.flatMap((entry) => toOption(entry.id)) }];
    }
    const suggested = new Set(props.suggestedUnitIds);
    const local = lookups.view.catalog.units
      .filter((unit) => props.districtCode !== '' && unit.districtCode === props.districtCode && !suggested.has(unit.id))
      .map((unit) => unit.id);
    return [
      { label: t('intake.routing.suggested'), options: [...suggested].flatMap(toOption) },
      { label: t('picker.browse'), options: local.flatMap(toOption) },
    ];
  }

  const unit = lookups?.index.unitById.get(props.value);
  return (
    <SearchPicker
      id={props.id}
      label={props.label}
      placeholder={lookups ? props.placeholder : t('picker.unavailable')}
      error={props.error}
      disabled={!lookups}
      valueLabel={unit?.shortName ?? props.value}
      startParent={null}
      groups={(query) => groups(query)}
      onChoose={props.onChoose}
    />
  );
}
