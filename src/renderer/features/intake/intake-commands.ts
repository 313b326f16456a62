import { sectionPath } from '../../app/sections';
import type { Command } from '../../commands/command';
import type { KeyBinding } from '../../commands/key-binding';
import type { PlainMessageKey } from '../../../shared/i18n/message-key';
import { appealTypesInShortcutOrder, shortcutDigitForAppealType } from '../../../shared/tickets/appeal-type';

/**
 * A command the intake carries out (see command-handlers). From another
 * section it takes the operator to the intake instead of acting unseen:
 * nothing is dispatched from a screen that does not show it. F2 and Alt+O
 * are handled by the intake session, which is always mounted.
 */
function onIntake(id: string, label: PlainMessageKey, keys?: KeyBinding): Command {
  return {
    id,
    label,
    keys,
    run: (context) => {
      if (!context.runHandler(id)) context.navigate(sectionPath('intake'));
    },
  };
}

/**
 * Alt+letter focus shortcuts work from inside any field; the letters name
 * the target (C category, P place, T title, N notes, U unit, H history,
 * S similar, L link, O other intake).
 */
export const intakeCommands: readonly Command[] = [
  onIntake('intake.new', 'command.intake.new', 'f2'),
  onIntake('intake.dispatch', 'command.intake.dispatch', 'mod+enter'),
  onIntake('intake.directAnswer', 'command.intake.directAnswer', 'mod+d'),
  ...appealTypesInShortcutOrder.map((type) =>
    onIntake(`intake.appealType.${type}`, `command.intake.appealType.${type}`, `alt+${shortcutDigitForAppealType(type)}`),
  ),
  onIntake('intake.focusCategory', 'command.intake.focusCategory', 'alt+c'),
  onIntake('intake.focusPlace', 'command.intake.focusPlace', 'alt+p'),
  onIntake('intake.focusTitle', 'command.intake.focusTitle', 'alt+t'),
  onIntake('intake.focusDescription', 'command.intake.focusDescription', 'alt+n'),
  onIntake('intake.focusUnit', 'command.intake.focusUnit', 'alt+u'),
  onIntake('intake.focusHistory', 'command.intake.focusHistory', 'alt+h'),
  onIntake('intake.focusSimilar', 'command.intake.focusSimilar', 'alt+s'),
  onIntake('intake.linkRepeat', 'command.intake.linkRepeat', 'alt+l'),
  onIntake('intake.nextDraft', 'command.intake.nextDraft', 'alt+o'),
  onIntake('intake.discardDraft', 'command.intake.discardDraft'),
];
