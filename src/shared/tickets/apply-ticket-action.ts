import { isCoUnitDone, nextCoUnitStatus, type CoUnitRecord } from './co-unit-record';
import type { TicketAction } from './ticket-action';
import type { TicketActor } from './ticket-actor';
import type { TicketLifecycle } from './ticket-lifecycle';
import type { TicketRejection, TicketRejectionCode } from './ticket-rejection';
import { findTransition } from './ticket-transitions';

export type ApplyActionResult = { ok: true; state: TicketLifecycle } | { ok: false; rejection: TicketRejection };

/**
 * Judges one requested change against the transition table and the rules
 * the table cannot express (which unit is the lead, how far the co-units
 * have got), and returns the new lifecycle or the reason it was refused.
 * Pure: the center calls it inside the transaction that records the event,
 * the seat to lay a pending request over the server state.
 */
export function applyAction(state: TicketLifecycle, action: TicketAction, actor: TicketActor): ApplyActionResult {
  const reject = (code: TicketRejectionCode, detail: string): ApplyActionResult => ({
    ok: false,
    rejection: { code, action: action.type, status: state.status, role: actor.role, detail },
  });

  const transition = findTransition(state.status, action.type);
  if (!transition) {
    return reject('illegal_in_status', `"${action.type}" is not possible while the ticket is ${state.status}`);
  }
  if (!transition.roles.includes(actor.role)) {
    return reject('role_not_allowed', `"${action.type}" is for ${transition.roles.join(', ')}, not ${actor.role}`);
  }
  const next: TicketLifecycle = { ...state, status: transition.to };

  switch (action.type) {
    case 'dispatch': {
      const coUnitIds = action.coUnitIds ?? [];
      const repeated = firstRepeated([action.leadUnitId, ...coUnitIds]);
      if (repeated !== null) return reject('unit_already_involved', `unit ${repeated} is named more than once`);
      // A new dispatch starts a new round of handling: earlier units' records belong to the history.
      return ok({ ...next, leadUnitId: action.leadUnitId, coUnits: coUnitIds.map((unitId) => dispatchedCoUnit(unitId)) });
    }
    case 'sign_for':
    case 'return_to_center':
    case 'reply': {
      if (actor.role === 'unit' && actor.unitId !== state.leadUnitId) {
        const leadUnit = state.leadUnitId ?? '(none)';
        return reject('not_lead_unit', `only the lead unit ${leadUnit} may do this, not ${actor.unitId ?? '(no unit)'}`);
      }
      if (action.type === 'reply') {
        const pending = state.coUnits.filter((record) => !isCoUnitDone(record)).map((record) => record.unitId);
        if (pending.length > 0) return reject('co_units_pending', `co-units have not replied yet: ${pending.join(', ')}`);
      }
      // Handed back as "not ours": no unit owns it until the desk dispatches it again.
      if (action.type === 'return_to_center') return ok({ ...next, leadUnitId: null, coUnits: [] });
      return ok(next);
    }
    case 'add_co_units': {
      if (actor.role === 'unit' && actor.unitId !== state.leadUnitId) {
        return reject('not_lead_unit', `only the lead unit may call in co-units, not ${actor.unitId ?? '(no unit)'}`);
      }
      const involved = [state.leadUnitId, ...state.coUnits.map((record) => record.unitId)];
      const repeated = firstRepeated([...involved, ...action.unitIds]);
      if (repeated !== null) return reject('unit_already_involved', `unit ${repeated} is already on the ticket`);
      return ok({ ...next, coUnits: [...state.coUnits, ...action.unitIds.map((unitId) => dispatchedCoUnit(unitId))] });
    }
    case 'co_unit_sign_for':
    case 'co_unit_reply':
    case 'co_unit_return': {
      if (actor.role === 'unit' && actor.unitId !== action.unitId) {
        return reject('not_that_unit', `unit ${actor.unitId ?? '(no unit)'} may not act on the record of ${action.unitId}`);
      }
      const index = state.coUnits.findIndex((record) => record.unitId === action.unitId);
      const record = state.coUnits[index];
      if (!record) return reject('not_a_co_unit', `unit ${action.unitId} is not a co-unit of this ticket`);
      const status = nextCoUnitStatus(record.status, action.type);
      if (status === null) {
        const detail = `"${action.type}" is not possible while co-unit ${action.unitId} is ${record.status}`;
        return reject('illegal_for_co_unit', detail);
      }
      const coUnits = state.coUnits.map((r, i) => (i === index ? { ...r, status } : r));
      return ok({ ...next, coUnits });
    }
    case 'supervise': {
      // In the unit's hands supervision only raises a flag; raising it twice would be an event that changes nothing.
      if (state.status !== 'unsatisfied' && state.supervised) {
        return reject('already_supervised', 'the ticket is already under supervision');
      }
      const rework = state.status === 'unsatisfied';
      return ok({ ...next, supervised: true, reworkCount: state.reworkCount + (rework ? 1 : 0) });
    }
    case 'return_for_rework':
      return ok({ ...next, reworkCount: state.reworkCount + 1 });
    case 'record_callback':
      return ok({ ...next, solvedAtCallback: action.solved });
    case 'rate_satisfied':
      return ok({ ...next, rating: 'satisfied' });
    case 'rate_basically_satisfied':
      return ok({ ...next, rating: 'basically_satisfied' });
    case 'rate_unsatisfied':
      return ok({ ...next, rating: 'unsatisfied' });
    case 'link_as_repeat':
      return ok({ ...next, repeatOfTicketId: action.parentTicketId });
    case 'unlink':
      return ok({ ...next, repeatOfTicketId: null });
    case 'reopen':
      // A reopened ticket is a new round: a new dispatch, callback and rating; the old ones stay in the history.
      return ok({
        ...next,
        leadUnitId: null,
        coUnits: [],
        supervised: false,
        solvedAtCallback: null,
        rating: null,
        reopenCount: state.reopenCount + 1,
      });
    case 'submit':
    case 'direct_answer':
    case 'close_without_callback':
    case 'close':
      return ok(next);
  }
}

function ok(state: TicketLifecycle): ApplyActionResult {
  return { ok: true, state };
}

function dispatchedCoUnit(unitId: string): CoUnitRecord {
  return { unitId, status: 'dispatched' };
}

function firstRepeated(ids: readonly (string | null)[]): string | null {
  const seen = new Set<string>();
  for (const id of ids) {
    if (id === null) continue;
    if (seen.has(id)) return id;
    seen.add(id);
  }
  return null;
}
