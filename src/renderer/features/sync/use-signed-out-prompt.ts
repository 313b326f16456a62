import { useState } from 'react';
import type { SyncConnection } from '../../../shared/contract/sync/sync-status-schema';

/**
 * Calls `prompt` when the connection turns signed_out (at start, after a
 * sign-out): once per turn, not on every render, so an operator who closed
 * the sign-in to finish a call is not asked again until something changes.
 * Runs during render (React's "adjust state when a value changes"), so
 * `prompt` may only set state of the component calling this hook.
 */
export function useSignedOutPrompt(connection: SyncConnection | undefined, prompt: () => void): void {
  const [seen, setSeen] = useState<SyncConnection | undefined>(undefined);
  if (connection !== seen) {
    setSeen(connection);
    if (connection === 'signed_out') prompt();
  }
}
