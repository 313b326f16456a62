import { z } from 'zod';
import { catalogIdSchema } from '../catalog/catalog-primitives';

/**
 * 吹哨报到: a co-handling unit (协办) works on its own record of the ticket,
 * with its own sign-for and reply, while the lead unit (主办) owns the
 * ticket's status. A co-unit that says "not ours" leaves the loop without
 * blocking the lead.
 */
export const coUnitStatusSchema = z.enum(['dispatched', 'signed_for', 'replied', 'returned']);
export type CoUnitStatus = z.infer<typeof coUnitStatusSchema>;

export const coUnitRecordSchema = z.object({
  unitId: catalogIdSchema,
  status: coUnitStatusSchema,
});
export type CoUnitRecord = z.infer<typeof coUnitRecordSchema>;

export type CoUnitActionType = 'co_unit_sign_for' | 'co_unit_reply' | 'co_unit_return';

export interface CoUnitTransition {
  from: CoUnitStatus;
  action: CoUnitActionType;
  to: CoUnitStatus;
}

/** A co-unit's own little loop, as data like the ticket's. */
export const coUnitTransitions: readonly CoUnitTransition[] = [
  { from: 'dispatched', action: 'co_unit_sign_for', to: 'signed_for' },
  { from: 'signed_for', action: 'co_unit_reply', to: 'replied' },
  { from: 'dispatched', action: 'co_unit_return', to: 'returned' },
  { from: 'signed_for', action: 'co_unit_return', to: 'returned' },
];

export function nextCoUnitStatus(from: CoUnitStatus, action: CoUnitActionType): CoUnitStatus | null {
  return coUnitTransitions.find((t) => t.from === from && t.action === action)?.to ?? null;
}

/** The lead may reply only once every co-unit has replied or stepped out. */
export function isCoUnitDone(record: CoUnitRecord): boolean {
  return record.status === 'replied' || record.status === 'returned';
}
