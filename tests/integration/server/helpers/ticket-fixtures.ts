import { v7 as uuidv7 } from 'uuid';
import type { SyncMutation } from '../../../../src/shared/sync/sync-mutation-schema';
import type { TicketContent } from '../../../../src/shared/sync/ticket-content-schema';
import type { TicketAction } from '../../../../src/shared/tickets/ticket-action';
import { centerEpoch } from './center-epoch';

/** Demo-catalog places and units that have demo unit accounts (see first-start/demo-accounts.ts). */
export const demo = {
  category: 'housing.property-rights.registration',
  districtCode: '110101',
  streetCode: '110101001',
  leadUnit: 'street-110101001',
  leadUnitAccount: 'unit-street-110101001',
  coUnit: 'city.housing',
  coUnitAccount: 'unit-city.housing',
  otherUnitAccount: 'unit-utility.water-group',
  catalogVersion: '2026.11-demo.1',
} as const;

export function ticketContent(overrides: Partial<TicketContent> = {}): TicketContent {
  return {
    channel: 'phone',
    appealType: 'help',
    callerPhone: '13812345678',
    callerName: '王女士',
    callerGender: 'female',
    anonymous: false,
    callbackConsent: true,
    callbackPhone: '',
    categoryId: demo.category,
    districtCode: demo.districtCode,
    streetCode: demo.streetCode,
    communityCode: '',
    address: '东华门大街 1 号',
    lat: null,
    lng: null,
    title: '咨询房本过户所需材料',
    description: '来电人想办理继承过户，不清楚需要哪些材料。',
    urgency: 'normal',
    kbDocumentIds: [],
    ...overrides,
  };
}

export function createMutation(clientSeq: number, ticketId = uuidv7(), overrides: Partial<TicketContent> = {}, receivedAt = centerEpoch): SyncMutation {
  return {
    clientSeq,
    name: 'ticket.create@1',
    args: { ticketId, receivedAt, catalogVersion: demo.catalogVersion, ticket: ticketContent(overrides) },
  };
}

export function requestMutation(clientSeq: number, ticketId: string, action: TicketAction, comment?: string): SyncMutation {
  return { clientSeq, name: 'ticket.request@1', args: { ticketId, action, ...(comment ? { comment } : {}) } };
}

export function noteMutation(clientSeq: number, ticketId: string, body: string, noteId = uuidv7()): SyncMutation {
  return { clientSeq, name: 'ticket.addNote@1', args: { ticketId, noteId, body } };
}

export function setFieldsMutation(
  clientSeq: number,
  ticketId: string,
  fields: Partial<TicketContent>,
  baseVersions: Record<string, number> = {},
): SyncMutation {
  return { clientSeq, name: 'ticket.setFields@1', args: { ticketId, fields, baseVersions } };
}

export const dispatchToDemoUnit: TicketAction = { type: 'dispatch', leadUnitId: demo.leadUnit };
