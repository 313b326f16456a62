import { useIntakeSelector } from '../intake/intake-session-context';
import { KbSuggestions } from './kb-suggestions';

/** KbSuggestions fed by the call notes of the intake on screen; only this re-renders as they are typed. */
export function IntakeKbSuggestions() {
  const description = useIntakeSelector((store) => store.current().fields.description);
  return <KbSuggestions text={description} />;
}
