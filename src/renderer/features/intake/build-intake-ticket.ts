import type { IntakeTicket } from '../../../shared/contract/intake/intake-ticket-schema';
import type { DraftFields } from './draft-fields';

/**
 * The ticket a finished draft becomes. The lead unit follows the routing
 * suggestion unless the operator picked one, so a changed category or place
 * re-routes a ticket nobody overrode. The result is what the operator typed,
 * not yet validated: the schema (here and in the core) judges it.
 */
export function buildIntakeTicket(fields: DraftFields, suggestedLeadUnitId: string | null): IntakeTicket {
  return {
    ...fields,
    channel: fields.channel as IntakeTicket['channel'],
    appealType: fields.appealType as IntakeTicket['appealType'],
    callerGender: fields.callerGender as IntakeTicket['callerGender'],
    urgency: fields.urgency as IntakeTicket['urgency'],
    leadUnitId: fields.leadUnitId || suggestedLeadUnitId || '',
  };
}
