import type { z } from 'zod';
import type { pushRequestSchema } from '../../shared/sync/push-schemas';

const ticketId = '0196f5a8-7d2e-7c41-9a3b-5f0e8d1c2b3a';

/**
 * A seat's first push after a call: the intake, its dispatch and a note, as
 * the OpenAPI document shows it (a test checks it validates). The catalog
 * codes are from the demo catalog.
 */
export const examplePush: z.input<typeof pushRequestSchema> = {
  clientId: '0196f5a0-1111-7abc-8def-0123456789ab',
  incarnation: 1,
  mutations: [
    {
      clientSeq: 1,
      name: 'ticket.create@1',
      args: {
        ticketId,
        receivedAt: 1795310400000,
        catalogVersion: '2026.11-demo.1',
        ticket: {
          channel: 'phone',
          appealType: 'help',
          callerPhone: '13812345678',
          callerName: '王女士',
          callerGender: 'female',
          anonymous: false,
          callbackConsent: true,
          callbackPhone: '',
          categoryId: 'housing.property-rights.registration',
          districtCode: '110108',
          streetCode: '110108010',
          communityCode: '',
          address: '中关村大街 1 号院',
          lat: null,
          lng: null,
          title: '咨询房本过户所需材料',
          description: '来电人称其父亲去世，想办理继承过户，不清楚需要哪些材料和去哪里办理。',
          urgency: 'normal',
          kbDocumentIds: [],
        },
      },
    },
    { clientSeq: 2, name: 'ticket.request@1', args: { ticketId, action: { type: 'dispatch', leadUnitId: 'street-110108010' } } },
    {
      clientSeq: 3,
      name: 'ticket.addNote@1',
      args: { ticketId, noteId: '0196f5a8-9abc-7def-8123-456789abcdef', body: '来电人希望尽快回电，工作日白天方便接听。' },
    },
  ],
};
