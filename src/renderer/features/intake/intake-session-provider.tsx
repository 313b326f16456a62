import { useState, type ReactNode } from 'react';
import { useLocation } from 'wouter';
import { v7 as uuidv7 } from 'uuid';
import { useCommandHandler } from '../../commands/command-handlers';
import { focusIntakeElement } from './intake-element-ids';
import { IntakeStoreContext } from './intake-session-context';
import { createIntakeStore } from './intake-store';
import { useDraftAutosave } from './use-draft-autosave';
import { useIncomingCalls } from './use-incoming-calls';
import { useRestoreDrafts } from './use-restore-drafts';

/**
 * The intake session lives above the sections: drafts keep saving, calls
 * keep arriving and F2 works while the operator is on another screen (the
 * knowledge base, the ticket list). The intake screen only shows it.
 */
export function IntakeSessionProvider({ intakePath, children }: { intakePath: string; children: ReactNode }) {
  const [store] = useState(() => createIntakeStore({ newId: () => uuidv7(), now: () => Date.now() }));
  const [, navigate] = useLocation();
  useDraftAutosave(store);
  useRestoreDrafts(store);
  useIncomingCalls(store, intakePath);
  useCommandHandler('intake.new', () => {
    store.startNew();
    navigate(intakePath);
    focusIntakeElement('callerPhone');
  });
  useCommandHandler('intake.nextDraft', () => {
    store.selectNext();
    navigate(intakePath);
  });
  return <IntakeStoreContext.Provider value={store}>{children}</IntakeStoreContext.Provider>;
}
