import type { ReactNode } from 'react';
import { useT } from '../../i18n/use-t';
import { useCatalogLookups, type CatalogLookups } from './catalog-lookups';
import { searchPickerEntries, type PickerEntry } from './picker-entry';
import { SearchPicker, type PickerGroup, type PickerOption } from './search-picker';

/** The three levels of a place; empty strings where nothing is chosen. */
export interface PlaceCodes {
  districtCode: string;
  streetCode: string;
  communityCode: string;
}

export interface PlacePickerProps {
  id: string;
  label: string;
  value: PlaceCodes;
  onChange: (codes: PlaceCodes) => void;
  placeholder?: string;
  error?: ReactNode;
  required?: boolean;
}

const resultLimit = 50;

/** A code's whole chain: a community sets its street and district too. */
export function placeCodesFor(lookups: CatalogLookups, code: string): PlaceCodes {
  const codes: PlaceCodes = { districtCode: '', streetCode: '', communityCode: '' };
  let current = lookups.index.placeByCode.get(code);
  while (current) {
    if (current.level === 'district') codes.districtCode = current.code;
    else if (current.level === 'street') codes.streetCode = current.code;
    else codes.communityCode = current.code;
    current = current.parentCode === null ? undefined : lookups.index.placeByCode.get(current.parentCode);
  }
  return codes;
}

/** The deepest code chosen, which routing and labels use. */
export function deepestPlaceCode(codes: PlaceCodes): string {
  return codes.communityCode || codes.streetCode || codes.districtCode;
}

function option(entry: PickerEntry, showPath: boolean): PickerOption {
  // A district is only a step on the way: tickets need a street, so Enter opens its streets.
  return {
    value: entry.id,
    label: entry.name,
    detail: showPath ? entry.path.slice(0, -1).join(' / ') : undefined,
    drill: entry.parentId === null,
  };
}

/**
 * District → street/township → community, searchable by name, keyword,
 * pinyin and code. Enter on a district chooses it and lists its streets;
 * with a district or street chosen, opening the picker shows the level below.
 */
export function PlacePicker(props: PlacePickerProps) {
  const t = useT();
  const lookups = useCatalogLookups();
  const deepest = deepestPlaceCode(props.value);
  const selected = lookups?.placeEntry.get(deepest);

  function groups(query: string, parent: string | null): PickerGroup[] {
    if (!lookups) return [];
    if (query.trim() !== '') {
      const district = props.value.districtCode;
      const found = searchPickerEntries(lookups.places, query, {
        limit: resultLimit,
        // The caller's district is the likelier reading of an ambiguous name (many districts have a 东关).
        boost: (entry) => (district && entry.id.startsWith(district) ? 10 : 0),
      });
      return [{ label: t('picker.results'), options: found.map((entry) => option(entry, true)) }];
    }
    const children =
      parent === null
        ? lookups.places.filter((entry) => entry.parentId === null)
        : (lookups.index.childPlaceCodes.get(parent) ?? []).flatMap((code) => lookups.placeEntry.get(code) ?? []);
    return [{ label: t('picker.browse'), options: children.map((entry) => option(entry, false)) }];
  }

  const choose = (code: string) => lookups && props.onChange(placeCodesFor(lookups, code));

  return (
    <SearchPicker
      id={props.id}
      label={props.label}
      placeholder={lookups ? props.placeholder : t('picker.unavailable')}
      error={props.error}
      required={props.required}
      disabled={!lookups}
      valueLabel={selected?.path.join(' / ') ?? deepest}
      startParent={props.value.communityCode ? props.value.streetCode : deepest || null}
      groups={groups}
      parentOf={(parent) => lookups?.placeEntry.get(parent)?.parentId ?? null}
      parentLabel={(parent) => lookups?.placeEntry.get(parent)?.path.join(' / ') ?? parent}
      onChoose={choose}
      onDrill={choose}
    />
  );
}
