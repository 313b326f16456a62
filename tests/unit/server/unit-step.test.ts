import { describe, expect, it } from 'vitest';
import { initialTicketLifecycle } from '../../../src/shared/tickets/ticket-lifecycle';
import { involvesUnit, unitActionFor } from '../../../src/server/units/unit-step';

const lifecycle = { ...initialTicketLifecycle(), status: 'signed_for' as const, leadUnitId: 'lead', coUnits: [{ unitId: 'co', status: 'dispatched' as const }] };

describe('unit API steps', () => {
  it('maps a step to the lead unit’s action or to a co-unit’s action on its own record', () => {
    expect(unitActionFor(lifecycle, 'lead', 'sign_for')).toEqual({ type: 'sign_for' });
    expect(unitActionFor(lifecycle, 'lead', 'reply')).toEqual({ type: 'reply' });
    expect(unitActionFor(lifecycle, 'lead', 'return')).toEqual({ type: 'return_to_center' });
    expect(unitActionFor(lifecycle, 'co', 'sign_for')).toEqual({ type: 'co_unit_sign_for', unitId: 'co' });
    expect(unitActionFor(lifecycle, 'co', 'reply')).toEqual({ type: 'co_unit_reply', unitId: 'co' });
    expect(unitActionFor(lifecycle, 'co', 'return')).toEqual({ type: 'co_unit_return', unitId: 'co' });
  });

  it('gives nothing to a unit with no part in the ticket', () => {
    expect(unitActionFor(lifecycle, 'stranger', 'sign_for')).toBeNull();
    expect(involvesUnit(lifecycle, 'stranger')).toBe(false);
    expect(involvesUnit(lifecycle, 'co')).toBe(true);
  });
});
