import { useEffect } from 'react';
import { useSeatClient } from '../../api/seat-client-context';
import { notifyCallFailure } from '../../components/call-failure-notification';
import type { IntakeStore } from './intake-store';

/** After a start or a reload, every draft the core kept comes back, the newest on screen. */
export function useRestoreDrafts(store: IntakeStore): void {
  const client = useSeatClient();
  useEffect(() => {
    let cancelled = false;
    client.call('drafts.list', {}).then(
      (drafts) => {
        if (!cancelled) store.restore(drafts);
      },
      (error: unknown) => {
        if (!cancelled) notifyCallFailure(error);
      },
    );
    return () => {
      cancelled = true;
    };
  }, [store, client]);
}
