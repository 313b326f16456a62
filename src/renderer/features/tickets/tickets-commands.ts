import { sectionPath } from '../../app/sections';
import type { Command } from '../../commands/command';

/**
 * j / k move through the ticket list (single letters, so never while a field
 * has focus); ↑↓ and Enter work inside the list itself. / jumps to the search.
 */
export const ticketsCommands: readonly Command[] = [
  {
    id: 'tickets.next',
    label: 'command.tickets.next',
    keys: 'j',
    run: (context) => void context.runHandler('tickets.next'),
  },
  {
    id: 'tickets.previous',
    label: 'command.tickets.previous',
    keys: 'k',
    run: (context) => void context.runHandler('tickets.previous'),
  },
  {
    id: 'tickets.focusSearch',
    label: 'command.tickets.focusSearch',
    keys: '/',
    run: (context) => {
      if (!context.runHandler('tickets.focusSearch')) context.navigate(sectionPath('tickets'));
    },
  },
];
