import type { TicketAction } from '../../shared/tickets/ticket-action';
import type { TicketActorRole } from '../../shared/tickets/ticket-actor';
import { routeTicket } from '../../shared/routing/route-ticket';
import type { PublishedCatalog } from '../catalog/catalog-store';
import type { TicketRecord } from '../tickets/ticket-record';
import { seededFraction } from './seeded-fraction';
import { pickWords, simulatedWords } from './simulated-words';
import { delayWithin, simulatorOdds, simulatorPace, type DelayRange } from './simulator-pace';

export interface SimulatedStep {
  actor: { role: TicketActorRole; unitId: string | null };
  action: TicketAction;
  comment: string | undefined;
  /** How long after the ticket's last lifecycle action this step happens, at speed 1. */
  delayMs: number;
}

type Dice = (purpose: string) => number;

/**
 * What happens next to a ticket in the simulated world, and when: the lead
 * unit signs for it (or says "not ours"), co-units sign and reply, the lead
 * replies, a callback agent calls the citizen and records the rating, and
 * the center's desk sends unsatisfied tickets back, supervises a second
 * failure and closes a third. Tickets waiting for the desk (submitted,
 * returned, reopened) are dispatched by the catalog's routing. Pure: the
 * same ticket and seed always give the same step.
 */
export function nextSimulatedStep(ticket: TicketRecord, catalog: PublishedCatalog, seed: number): SimulatedStep | null {
  const dice: Dice = (purpose) => seededFraction(seed, ticket.id, ticket.version, purpose);
  const { lifecycle } = ticket;
  const urgency = ticket.content.urgency;
  const step = (role: TicketActorRole, unitId: string | null, action: TicketAction, delay: DelayRange, comment?: string): SimulatedStep => ({
    actor: { role, unitId },
    action,
    comment,
    delayMs: delayWithin(delay, dice('delay')),
  });
  const lead = lifecycle.leadUnitId;

  switch (lifecycle.status) {
    case 'dispatched': {
      if (lead === null) return null;
      const fallbackOwner = catalog.index.unitById.get(lead)?.kind === 'district_government';
      if (!fallbackOwner && dice('return') < simulatorOdds.returnToCenter) {
        const reason = pickWords(simulatedWords.returnReason, dice('words'));
        return step('unit', lead, { type: 'return_to_center' }, simulatorPace.returnToCenter, reason);
      }
      return step('unit', lead, { type: 'sign_for' }, simulatorPace.signFor[urgency]);
    }
    case 'rework':
      return lead === null ? null : step('unit', lead, { type: 'sign_for' }, simulatorPace.signFor[urgency]);
    case 'signed_for': {
      const waiting = lifecycle.coUnits.find((record) => record.status === 'dispatched');
      if (waiting) return step('unit', waiting.unitId, { type: 'co_unit_sign_for', unitId: waiting.unitId }, simulatorPace.signFor[urgency]);
      const working = lifecycle.coUnits.find((record) => record.status === 'signed_for');
      if (working) {
        const words = pickWords(simulatedWords.coUnitReply, dice('words'));
        return step('unit', working.unitId, { type: 'co_unit_reply', unitId: working.unitId }, simulatorPace.reply[urgency], words);
      }
      if (lead === null) return null;
      return step('unit', lead, { type: 'reply' }, simulatorPace.reply[urgency], pickWords(simulatedWords.leadReply, dice('words')));
    }
    case 'replied': {
      if (!ticket.content.callbackConsent) {
        return step('callback', null, { type: 'close_without_callback' }, simulatorPace.callback, simulatedWords.noCallback[0]);
      }
      const solved = dice('solved') < simulatorOdds.solvedAtCallback;
      const words = solved ? simulatedWords.callbackSolved[0] : simulatedWords.callbackUnsolved[0];
      return step('callback', null, { type: 'record_callback', solved }, simulatorPace.callback, words);
    }
    case 'callback_done':
      return step('callback', null, ratingAction(lifecycle.solvedAtCallback === true, dice), simulatorPace.rating);
    case 'unsatisfied':
      if (lifecycle.reworkCount === 0) return step('center', null, { type: 'return_for_rework' }, simulatorPace.deskReview, simulatedWords.rework[0]);
      if (lifecycle.reworkCount === 1) return step('center', null, { type: 'supervise' }, simulatorPace.deskReview, simulatedWords.supervise[0]);
      return step('center', null, { type: 'close' }, simulatorPace.deskReview, simulatedWords.closeAfterReview[0]);
    case 'received':
    case 'reopened':
    case 'returned': {
      const action = deskDispatch(ticket, catalog);
      return action ? step('center', null, action, simulatorPace.deskDispatch, simulatedWords.deskDispatch[0]) : null;
    }
    default:
      return null;
  }
}

function ratingAction(solved: boolean, dice: Dice): TicketAction {
  const roll = dice('rating');
  if (solved) return { type: roll < simulatorOdds.satisfiedWhenSolved ? 'rate_satisfied' : 'rate_basically_satisfied' };
  return { type: roll < simulatorOdds.unsatisfiedWhenUnsolved ? 'rate_unsatisfied' : 'rate_basically_satisfied' };
}

/**
 * The desk routes a waiting ticket by the catalog; a ticket a unit has
 * returned goes to its district government instead (ownership unclear),
 * which never returns it, so the loop always ends.
 */
function deskDispatch(ticket: TicketRecord, catalog: PublishedCatalog): TicketAction | null {
  const government = catalog.routing.districtGovernments.get(ticket.content.districtCode);
  if (ticket.lifecycle.status === 'returned') return government ? { type: 'dispatch', leadUnitId: government } : null;
  const { categoryId, communityCode, streetCode } = ticket.content;
  const place = catalog.index.placeByCode.has(communityCode) ? communityCode : streetCode;
  const routed = routeTicket(catalog.routing, categoryId, place);
  const leadUnitId = (routed.ok ? routed.suggestion.lead?.unitId : undefined) ?? government;
  if (leadUnitId === undefined) return null;
  const coUnitIds = routed.ok ? routed.suggestion.coUnits.map((unit) => unit.unitId).filter((id) => id !== leadUnitId) : [];
  return coUnitIds.length > 0 ? { type: 'dispatch', leadUnitId, coUnitIds } : { type: 'dispatch', leadUnitId };
}
