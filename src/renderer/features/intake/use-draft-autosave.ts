import { useEffect } from 'react';
import { useSeatClient } from '../../api/seat-client-context';
import { startDraftAutosave } from './draft-autosave';
import type { IntakeStore } from './intake-store';

/** Keeps every open draft saved in the core; saves at once when the window is hidden or closed. */
export function useDraftAutosave(store: IntakeStore): void {
  const client = useSeatClient();
  useEffect(() => {
    const autosave = startDraftAutosave(store, (input) => client.call('drafts.save', input));
    const flushWhenHidden = () => {
      if (document.visibilityState === 'hidden') autosave.flush();
    };
    const flush = () => autosave.flush();
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', flushWhenHidden);
    return () => {
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', flushWhenHidden);
      autosave.stop();
    };
  }, [store, client]);
}
