import type { SyncRejection } from '../../../../src/shared/contract/sync/sync-method-schemas';
import { notConfiguredSyncStatus, type SyncStatus } from '../../../../src/shared/contract/sync/sync-status-schema';

/** A whole SyncStatus from the fields a test cares about. */
export function syncStatus(fields: Partial<SyncStatus>): SyncStatus {
  return { ...notConfiguredSyncStatus, ...fields };
}

export const operatorZhang: NonNullable<SyncStatus['account']> = { username: 'zhang', displayName: '张晓明', role: 'operator' };

/** 2026-01-02 11:04:05 in Beijing. */
export const beijingMorning = Date.UTC(2026, 0, 2, 3, 4, 5);

export function rejection(fields: Partial<SyncRejection> & Pick<SyncRejection, 'clientSeq'>): SyncRejection {
  return {
    mutation: 'ticket.request@1',
    ticketId: '01900000-0000-7000-8000-0000000000a1',
    ticketTitle: '3号楼暖气不热',
    outcome: 'rejected',
    reasonCode: 'unit_already_involved',
    message: 'unit street-110108011 is already the lead unit',
    path: 'action.coUnitIds',
    conflicts: [],
    at: beijingMorning,
    ...fields,
  };
}
