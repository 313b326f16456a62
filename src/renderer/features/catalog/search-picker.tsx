import { CloseButton, Combobox, Group, ScrollArea, Text, TextInput, useCombobox } from '@mantine/core';
import { useEffect, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useT } from '../../i18n/use-t';

export interface PickerOption {
  value: string;
  label: string;
  /** Dimmed beside the label: the path above it, a unit's full name. */
  detail?: string;
  /** Enter opens the level below instead of choosing it. */
  drill?: boolean;
}

export interface PickerGroup {
  label: string;
  options: readonly PickerOption[];
}

export interface SearchPickerProps {
  /** The input's id, which the focus shortcuts (Alt+C, Alt+P, …) look for. */
  id: string;
  label: string;
  placeholder?: string;
  description?: ReactNode;
  error?: ReactNode;
  required?: boolean;
  disabled?: boolean;
  /** What the field shows while nobody types in it: the chosen entry. */
  valueLabel: string;
  /** Where browsing starts when the dropdown opens with no query (null: the top level). */
  startParent: string | null;
  groups: (query: string, parent: string | null) => readonly PickerGroup[];
  /** The level above a browsed parent, for Backspace; and its name, for the dropdown's header. */
  parentOf?: (parent: string) => string | null;
  parentLabel?: (parent: string) => string;
  onChoose: (value: string) => void;
  /** Offers a clear button while something is chosen (filters; a ticket's own fields are changed, not cleared). */
  onClear?: () => void;
  clearLabel?: string;
  /** A drill option can also be a choice on the way down (a district, before its street). */
  onDrill?: (value: string) => void;
}

/**
 * The searchable picker behind category, place and unit: type to filter
 * (names, keywords, pinyin, initials), ↑↓ to move, Enter to choose or to open
 * the level below, Backspace on an empty query to go back up, Esc to close.
 */
export function SearchPicker(props: SearchPickerProps) {
  const t = useT();
  const combobox = useCombobox({ onDropdownClose: () => combobox.resetSelectedOption() });
  const [query, setQuery] = useState('');
  const [parent, setParent] = useState<string | null>(null);
  const opened = combobox.dropdownOpened;
  const groups = opened ? props.groups(query, query === '' ? parent : null) : [];
  const optionCount = groups.reduce((sum, group) => sum + group.options.length, 0);

  // The best match is always the one Enter takes; the store only exposes this imperatively.
  useEffect(() => {
    if (opened) combobox.selectFirstOption();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the store object is new every render
  }, [opened, query, parent, optionCount]);

  function open() {
    setQuery('');
    setParent(props.startParent);
    combobox.openDropdown();
  }

  function submit(value: string) {
    const option = groups.flatMap((group) => group.options).find((candidate) => candidate.value === value);
    if (option?.drill) {
      props.onDrill?.(value);
      setParent(value);
      setQuery('');
      return;
    }
    props.onChoose(value);
    combobox.closeDropdown();
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'Backspace' && query === '' && parent !== null && props.parentOf) {
      event.preventDefault();
      setParent(props.parentOf(parent));
    }
  }

  return (
    <Combobox store={combobox} onOptionSubmit={submit} disabled={props.disabled}>
      <Combobox.Target>
        <TextInput
          id={props.id}
          label={props.label}
          description={props.description}
          error={props.error}
          withAsterisk={props.required}
          disabled={props.disabled}
          placeholder={opened ? props.valueLabel || props.placeholder : props.placeholder}
          value={opened ? query : props.valueLabel}
          onChange={(event) => {
            setQuery(event.currentTarget.value);
            combobox.openDropdown();
          }}
          onFocus={open}
          onClick={() => !opened && open()}
          onBlur={() => combobox.closeDropdown()}
          onKeyDown={onKeyDown}
          rightSection={
            props.onClear && props.valueLabel !== '' ? (
              <CloseButton size="sm" aria-label={props.clearLabel} onClick={props.onClear} />
            ) : undefined
          }
          autoComplete="off"
          spellCheck={false}
        />
      </Combobox.Target>
      <Combobox.Dropdown>
        {query === '' && parent !== null && props.parentLabel && (
          <Combobox.Header>
            <Text size="xs" c="dimmed">
              {props.parentLabel(parent)} · {t('picker.up')}
            </Text>
          </Combobox.Header>
        )}
        <Combobox.Options>
          <ScrollArea.Autosize mah={320} type="scroll">
            {groups.map((group) =>
              group.options.length === 0 ? null : (
                <Combobox.Group key={group.label} label={group.label}>
                  {group.options.map((option) => (
                    <Combobox.Option key={`${group.label}:${option.value}`} value={option.value}>
                      <Group gap="xs" wrap="nowrap" justify="space-between">
                        <Text size="sm" span>
                          {option.label}
                          {option.detail && (
                            <Text span size="xs" c="dimmed" ml={6}>
                              {option.detail}
                            </Text>
                          )}
                        </Text>
                        {option.drill && (
                          <Text span size="xs" c="dimmed" aria-label={t('picker.drill')}>
                            ›
                          </Text>
                        )}
                      </Group>
                    </Combobox.Option>
                  ))}
                </Combobox.Group>
              ),
            )}
            {optionCount === 0 && <Combobox.Empty>{t('picker.noMatch')}</Combobox.Empty>}
          </ScrollArea.Autosize>
        </Combobox.Options>
      </Combobox.Dropdown>
    </Combobox>
  );
}
