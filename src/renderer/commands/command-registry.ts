import type { PlainMessageKey } from '../../shared/i18n/message-key';
import { sectionPath, type SectionId } from '../app/sections';
import { intakeCommands } from '../features/intake/intake-commands';
import { knowledgeCommands } from '../features/knowledge/knowledge-commands';
import { syncCommands } from '../features/sync/sync-commands';
import { ticketsCommands } from '../features/tickets/tickets-commands';
import type { Command } from './command';
import type { KeyBinding } from './key-binding';

function goTo(section: SectionId, label: PlainMessageKey, keys: KeyBinding): Command {
  return { id: `navigate.${section}`, label, keys, run: (context) => context.navigate(sectionPath(section)) };
}

/**
 * Every command and every shortcut of the seat, in one list: the global key
 * handler, the command palette and the cheat sheet all read it. A feature
 * adds its commands here (e.g. ...intakeCommands), so a key can never be
 * bound twice without the registry test noticing.
 *
 * Keys: Ctrl+1…6 switch sections (Alt+1…6 pick the appeal type in the intake
 * form), Ctrl+K opens the palette, ? opens this list, Esc goes back; F9 syncs
 * now (sync-commands.ts).
 */
export const commands: readonly Command[] = [
  goTo('intake', 'command.goToIntake', 'mod+1'),
  goTo('tickets', 'command.goToTickets', 'mod+2'),
  goTo('knowledge', 'command.goToKnowledge', 'mod+3'),
  goTo('audit', 'command.goToAudit', 'mod+4'),
  goTo('dashboard', 'command.goToDashboard', 'mod+5'),
  goTo('settings', 'command.goToSettings', 'mod+6'),
  {
    id: 'palette.open',
    label: 'command.openPalette',
    keys: 'mod+k',
    hideFromPalette: true,
    run: (context) => context.openCommandPalette(),
  },
  { id: 'cheatSheet.open', label: 'command.openCheatSheet', keys: '?', run: (context) => context.openCheatSheet() },
  { id: 'locale.switch', label: 'command.switchLocale', run: (context) => context.switchLocale() },
  { id: 'theme.toggle', label: 'command.toggleTheme', run: (context) => context.toggleColorScheme() },
  { id: 'navigate.back', label: 'command.back', keys: 'escape', run: (context) => void context.runHandler('navigate.back') },
  ...intakeCommands,
  ...ticketsCommands,
  ...knowledgeCommands,
  ...syncCommands,
];

/** For the shell's own buttons and labels, which name commands that must exist. */
export function requireCommand(id: string): Command {
  const command = commands.find((candidate) => candidate.id === id);
  if (!command) throw new Error(`No command ${id} in the registry`);
  return command;
}
