import { z } from 'zod';
import { catalogIdSchema } from '../catalog/catalog-primitives';
import type { Rating } from './rating';

/**
 * Everything that can happen to a ticket in the closed loop, each carrying
 * only what the state machine needs to judge it. Free text (a unit's reply,
 * a return reason, a callback note) travels beside the action in the
 * mutation and is stored on the event; it never changes what is legal.
 */
const unitIdSchema = catalogIdSchema;
const ticketIdSchema = z.string().min(1).max(64);

export const ticketActionSchema = z.discriminatedUnion('type', [
  /** Intake finished with a dispatch (一单到底), or the dispatch desk sending it on. */
  z.object({
    type: z.literal('dispatch'),
    leadUnitId: unitIdSchema,
    coUnitIds: z.array(unitIdSchema).max(30).optional(),
  }),
  /** Intake finished without dispatch: the center's dispatch desk takes it. */
  z.object({ type: z.literal('submit') }),
  /** 直接办结: answered on the call from the knowledge base. */
  z.object({ type: z.literal('direct_answer') }),
  /** A repeat of another open ticket, confirmed by the operator; never merged silently. */
  z.object({ type: z.literal('link_as_repeat'), parentTicketId: ticketIdSchema }),
  z.object({ type: z.literal('unlink') }),
  /** The lead unit: 签收, "not ours" (退单), 反馈. */
  z.object({ type: z.literal('sign_for') }),
  z.object({ type: z.literal('return_to_center') }),
  z.object({ type: z.literal('reply') }),
  /** 吹哨: more units join as co-units. */
  z.object({ type: z.literal('add_co_units'), unitIds: z.array(unitIdSchema).min(1).max(30) }),
  z.object({ type: z.literal('co_unit_sign_for'), unitId: unitIdSchema }),
  z.object({ type: z.literal('co_unit_reply'), unitId: unitIdSchema }),
  z.object({ type: z.literal('co_unit_return'), unitId: unitIdSchema }),
  /** 回访: the citizen was reached and said whether the problem is solved (the resolution rate). */
  z.object({ type: z.literal('record_callback'), solved: z.boolean() }),
  /** No callback possible: the citizen declined one, or could not be reached after the allowed attempts. */
  z.object({ type: z.literal('close_without_callback') }),
  /** 评价, one action per rating so the transition table stays plain data. */
  z.object({ type: z.literal('rate_satisfied') }),
  z.object({ type: z.literal('rate_basically_satisfied') }),
  z.object({ type: z.literal('rate_unsatisfied') }),
  /** 退回重办 and 督办. */
  z.object({ type: z.literal('return_for_rework') }),
  z.object({ type: z.literal('supervise') }),
  /** 结案 by the center: after review, for an invalid request, or with its parent ticket. */
  z.object({ type: z.literal('close') }),
  z.object({ type: z.literal('reopen') }),
]);
export type TicketAction = z.infer<typeof ticketActionSchema>;
export type TicketActionType = TicketAction['type'];

export const ticketActionTypes: readonly TicketActionType[] = ticketActionSchema.options.map((o) => o.shape.type.value);

const rateActions = {
  satisfied: 'rate_satisfied',
  basically_satisfied: 'rate_basically_satisfied',
  unsatisfied: 'rate_unsatisfied',
} as const satisfies Record<Rating, TicketActionType>;

/** The action that records a rating, for callers that hold a Rating value. */
export function rateAction(rating: Rating): TicketAction {
  return { type: rateActions[rating] };
}

export function ratingOfAction(type: TicketActionType): Rating | null {
  for (const [rating, action] of Object.entries(rateActions) as [Rating, TicketActionType][]) {
    if (action === type) return rating;
  }
  return null;
}
