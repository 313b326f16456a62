import type { AppealType } from '../../../shared/tickets/appeal-type';
import { useCommandHandler } from '../../commands/command-handlers';
import { focusIntakeElement } from './intake-element-ids';
import { useIntakeStore } from './intake-session-context';
import { useFinishIntake } from './use-finish-intake';

/** What the intake screen does for the registry's intake commands while it is on display. */
export function useIntakeCommands({ openDiscard }: { openDiscard: () => void }): void {
  const store = useIntakeStore();
  const finish = useFinishIntake();
  useCommandHandler('intake.dispatch', () => void finish('dispatch'));
  useCommandHandler('intake.directAnswer', () => void finish('directAnswer'));
  useCommandHandler('intake.discardDraft', openDiscard);
  useCommandHandler('intake.focusCategory', () => focusIntakeElement('category'));
  useCommandHandler('intake.focusPlace', () => focusIntakeElement('place'));
  useCommandHandler('intake.focusTitle', () => focusIntakeElement('title'));
  useCommandHandler('intake.focusDescription', () => focusIntakeElement('description'));
  useCommandHandler('intake.focusUnit', () => focusIntakeElement('leadUnit'));
  useCommandHandler('intake.focusHistory', () => focusIntakeElement('history'));
  useCommandHandler('intake.focusSimilar', () => focusIntakeElement('similar'));
  const appealType = (type: AppealType) => () => store.edit({ appealType: type });
  useCommandHandler('intake.appealType.consultation', appealType('consultation'));
  useCommandHandler('intake.appealType.help', appealType('help'));
  useCommandHandler('intake.appealType.complaint', appealType('complaint'));
  useCommandHandler('intake.appealType.report', appealType('report'));
  useCommandHandler('intake.appealType.suggestion', appealType('suggestion'));
  useCommandHandler('intake.appealType.praise', appealType('praise'));
}
