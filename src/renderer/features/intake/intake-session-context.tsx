import { createContext, useCallback, useContext, useSyncExternalStore } from 'react';
import type { DraftFieldName, DraftFields } from './draft-fields';
import type { IntakeStore } from './intake-store';
import type { OpenDraft } from './open-draft';

export const IntakeStoreContext = createContext<IntakeStore | null>(null);

export function useIntakeStore(): IntakeStore {
  const store = useContext(IntakeStoreContext);
  if (!store) throw new Error('useIntakeStore must be used inside <IntakeSessionProvider>');
  return store;
}

/** Re-renders only when the selected value changes; select a field, not the whole draft, where possible. */
export function useIntakeSelector<T>(select: (store: IntakeStore) => T): T {
  const store = useIntakeStore();
  return useSyncExternalStore(store.subscribe, () => select(store));
}

export function useCurrentDraft(): OpenDraft {
  return useIntakeSelector((store) => store.current());
}

/** One field of the draft on screen, and its setter: what each form control binds to. */
export function useDraftField<K extends DraftFieldName>(name: K): [DraftFields[K], (value: DraftFields[K]) => void] {
  const store = useIntakeStore();
  const value = useIntakeSelector((current) => current.current().fields[name]);
  const setValue = useCallback(
    (next: DraftFields[K]) => store.edit({ [name]: next } as Partial<DraftFields>),
    [store, name],
  );
  return [value, setValue];
}

export function useFieldError(name: DraftFieldName): string | undefined {
  return useIntakeSelector((store) => store.current().errors[name]);
}
