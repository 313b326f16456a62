import type { PlainMessageKey } from '../../shared/i18n/message-key';
import type { KeyBinding } from './key-binding';

/** What a command may do to the shell; features widen this when their commands need more. */
export interface CommandContext {
  navigate: (path: string) => void;
  openCommandPalette: () => void;
  openCheatSheet: () => void;
  switchLocale: () => void;
  toggleColorScheme: () => void;
  /** Runs the handler the screen on display offers for a command id (see command-handlers); false when none does. */
  runHandler: (commandId: string) => boolean;
}

/** One thing the operator can do by keyboard, from the palette, or both. */
export interface Command {
  id: string;
  label: PlainMessageKey;
  keys?: KeyBinding;
  /** For commands that make no sense from inside the palette, such as opening it. */
  hideFromPalette?: boolean;
  run: (context: CommandContext) => void;
}
