import type { TicketAction } from '../../shared/tickets/ticket-action';
import type { TicketLifecycle } from '../../shared/tickets/ticket-lifecycle';

/** What a unit clerk can do to a ticket through the unit API. */
export type UnitStep = 'sign_for' | 'reply' | 'return';

/**
 * The unit API speaks of signing for, replying and returning; the state
 * machine distinguishes the lead unit's actions from a co-unit's, which
 * work on the co-unit's own record. This picks the right one for the
 * calling unit, or null when the unit has no part in the ticket.
 */
export function unitActionFor(lifecycle: TicketLifecycle, unitId: string, step: UnitStep): TicketAction | null {
  if (lifecycle.leadUnitId === unitId) {
    if (step === 'sign_for') return { type: 'sign_for' };
    if (step === 'reply') return { type: 'reply' };
    return { type: 'return_to_center' };
  }
  if (lifecycle.coUnits.some((record) => record.unitId === unitId)) {
    if (step === 'sign_for') return { type: 'co_unit_sign_for', unitId };
    if (step === 'reply') return { type: 'co_unit_reply', unitId };
    return { type: 'co_unit_return', unitId };
  }
  return null;
}

export function involvesUnit(lifecycle: TicketLifecycle, unitId: string): boolean {
  return lifecycle.leadUnitId === unitId || lifecycle.coUnits.some((record) => record.unitId === unitId);
}
