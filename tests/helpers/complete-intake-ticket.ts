import type { IntakeTicket } from '../../src/shared/contract/intake/intake-ticket-schema';

/** A complete, valid intake in 东城区 东华门街道: heating off, dispatched to the street office. */
export function completeTicket(overrides: Partial<IntakeTicket> = {}): IntakeTicket {
  return {
    channel: 'phone',
    appealType: 'complaint',
    callerPhone: '13812345678',
    callerName: '王女士',
    callerGender: 'female',
    anonymous: false,
    callbackConsent: true,
    callbackPhone: '',
    categoryId: 'heating.home.no-heat',
    districtCode: '110101',
    streetCode: '110101001',
    communityCode: '110101001001',
    address: '多福巷5号楼2单元',
    lat: null,
    lng: null,
    title: '多福巷社区5号楼至今未供暖',
    description: '来电人反映多福巷社区5号楼自11月15日起一直没有暖气，室内只有12度，家中有老人，物业称等待热力公司处理，希望尽快恢复供暖。',
    urgency: 'urgent',
    leadUnitId: 'street-110101001',
    coUnitIds: [],
    repeatOfTicketId: null,
    kbDocumentIds: [],
    ...overrides,
  };
}
