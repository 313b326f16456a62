import type { Command } from '../../commands/command';

/** Carried out by SyncPanels, which the shell always mounts (see command-handlers). */
export const syncCommandIds = {
  now: 'sync.now',
  rejections: 'sync.rejections',
  signIn: 'sync.signIn',
  signOut: 'sync.signOut',
} as const;

/**
 * F9 is Send/Receive in the mail clients many operators know; Shift+F9 opens
 * what sending refused. Function keys type nothing, so both work from inside
 * the call notes. Ctrl+Shift+L (log in) switches operator; sign-out has no
 * key, so a stray chord cannot end a session mid-shift.
 */
export const syncCommands: readonly Command[] = [
  { id: syncCommandIds.now, label: 'sync.command.now', keys: 'f9', run: (context) => void context.runHandler(syncCommandIds.now) },
  {
    id: syncCommandIds.rejections,
    label: 'sync.command.rejections',
    keys: 'shift+f9',
    run: (context) => void context.runHandler(syncCommandIds.rejections),
  },
  {
    id: syncCommandIds.signIn,
    label: 'sync.command.signIn',
    keys: 'mod+shift+l',
    run: (context) => void context.runHandler(syncCommandIds.signIn),
  },
  { id: syncCommandIds.signOut, label: 'sync.command.signOut', run: (context) => void context.runHandler(syncCommandIds.signOut) },
];
