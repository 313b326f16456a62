import type { ReactNode } from 'react';
import { useCategoryUsage } from '../../api/use-category-usage';
import { useT } from '../../i18n/use-t';
import { useCatalogLookups, type CatalogLookups } from './catalog-lookups';
import { searchPickerEntries, type PickerEntry } from './picker-entry';
import { SearchPicker, type PickerGroup, type PickerOption } from './search-picker';

export interface CategoryPickerProps {
  id: string;
  label: string;
  value: string;
  onChange: (categoryId: string) => void;
  /** Intake files tickets under leaves only; a list filter takes any node, meaning its subtree. */
  mode: 'leaf' | 'subtree';
  placeholder?: string;
  error?: ReactNode;
  required?: boolean;
  onClear?: () => void;
  clearLabel?: string;
}

const shortcutListSize = 6;
const resultLimit = 50;

function option(entry: PickerEntry, mode: CategoryPickerProps['mode'], showPath: boolean): PickerOption {
  return {
    value: entry.id,
    label: entry.name,
    detail: showPath ? entry.path.slice(0, -1).join(' / ') : undefined,
    drill: mode === 'leaf' && !entry.leaf,
  };
}

function childrenOf(lookups: CatalogLookups, parent: string | null): PickerEntry[] {
  const ids =
    parent === null
      ? lookups.categories.filter((entry) => entry.parentId === null).map((entry) => entry.id)
      : (lookups.index.childCategoryIds.get(parent) ?? []);
  return ids.flatMap((id) => lookups.categoryEntry.get(id) ?? []);
}

/**
 * The 派单目录 as a searchable tree. With nothing typed it offers this seat's
 * recent and frequent categories first, then the tree to browse.
 */
export function CategoryPicker(props: CategoryPickerProps) {
  const t = useT();
  const lookups = useCatalogLookups();
  const { data: usage } = useCategoryUsage();
  const selected = lookups?.categoryEntry.get(props.value);

  function groups(query: string, parent: string | null): PickerGroup[] {
    if (!lookups) return [];
    const recent = new Set(usage?.recent ?? []);
    const frequent = new Set(usage?.frequent ?? []);
    if (query.trim() !== '') {
      const found = searchPickerEntries(lookups.categories, query, {
        limit: resultLimit,
        boost: (entry) => (recent.has(entry.id) ? 10 : 0) + (frequent.has(entry.id) ? 5 : 0),
      });
      return [{ label: t('picker.results'), options: found.map((entry) => option(entry, props.mode, true)) }];
    }
    const browse = {
      label: t('picker.browse'),
      options: childrenOf(lookups, parent).map((entry) => option(entry, props.mode, false)),
    };
    if (parent !== null) return [browse];
    const known = (ids: Iterable<string>) => [...ids].flatMap((id) => lookups.categoryEntry.get(id) ?? []);
    const recentEntries = known(recent).slice(0, shortcutListSize);
    const frequentEntries = known(frequent)
      .filter((entry) => !recent.has(entry.id))
      .slice(0, shortcutListSize);
    return [
      { label: t('picker.recent'), options: recentEntries.map((entry) => option(entry, props.mode, true)) },
      { label: t('picker.frequent'), options: frequentEntries.map((entry) => option(entry, props.mode, true)) },
      browse,
    ];
  }

  return (
    <SearchPicker
      id={props.id}
      label={props.label}
      placeholder={lookups ? props.placeholder : t('picker.unavailable')}
      description={selected && selected.path.length > 1 ? selected.path.join(' / ') : undefined}
      error={props.error}
      required={props.required}
      disabled={!lookups}
      valueLabel={selected?.name ?? props.value}
      startParent={selected && props.mode === 'leaf' ? selected.parentId : null}
      groups={groups}
      parentOf={(parent) => lookups?.categoryEntry.get(parent)?.parentId ?? null}
      parentLabel={(parent) => lookups?.categoryEntry.get(parent)?.path.join(' / ') ?? parent}
      onChoose={props.onChange}
      onClear={props.onClear}
      clearLabel={props.clearLabel}
    />
  );
}
